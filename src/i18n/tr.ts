/** Turkish (Türkçe). */
import type { Translation } from '../core/i18n.js';

const translation: Translation = {
  lang: 'tr',
  credit: 'Kaynak:',
  counter: (n, total) => `Görsel ${n} / ${total}`,
  previous: 'Önceki görsel',
  next: 'Sonraki görsel',
  close: 'Kapat',
  source: 'Kaynak',
  imageError: (alt) => (alt ? `“${alt}” görseli yüklenemedi.` : 'Görsel yüklenemedi.'),
  retry: 'Tekrar deneyin',
  fullscreen: 'Tam ekran',
  thumbnails: 'Tüm görseller',
  quotes: ['“', '”'],
};

export default translation;
