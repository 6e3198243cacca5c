/** Ukrainian (українська). */
import type { Translation } from '../core/i18n.js';

const translation: Translation = {
  lang: 'uk',
  credit: 'Джерело:',
  counter: (n, total) => `Зображення ${n} з ${total}`,
  previous: 'Попереднє зображення',
  next: 'Наступне зображення',
  close: 'Закрити',
  source: 'Джерело',
  imageError: (alt) => `Не вдалося завантажити зображення${alt ? ` «${alt}»` : ''}.`,
  retry: 'Спробувати ще раз',
  fullscreen: 'На весь екран',
  thumbnails: 'Усі зображення',
  quotes: ['«', '»'],
};

export default translation;
