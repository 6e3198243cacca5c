/** Russian (русский). */
import type { Translation } from '../core/i18n.js';

const translation: Translation = {
  lang: 'ru',
  credit: 'Источник:',
  counter: (n, total) => `Изображение ${n} из ${total}`,
  previous: 'Предыдущее изображение',
  next: 'Следующее изображение',
  close: 'Закрыть',
  source: 'Источник',
  imageError: (alt) => `Не удалось загрузить изображение${alt ? ` «${alt}»` : ''}.`,
  retry: 'Повторить попытку',
  fullscreen: 'Во весь экран',
  thumbnails: 'Все изображения',
  quotes: ['«', '»'],
};

export default translation;
