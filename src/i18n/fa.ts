/**
 * Persian (فارسی), right to left: the page sets `dir="rtl"`, the elements mirror with it. Content such as an
 * alt text is isolated (U+2068 … U+2069), so that a left-to-right name keeps its place in the sentence.
 */
import type { Translation } from '../core/i18n.js';

const translation: Translation = {
  lang: 'fa',
  credit: 'منبع:',
  counter: (n, total) => `تصویر ${n} از ${total}`,
  previous: 'تصویر قبلی',
  next: 'تصویر بعدی',
  close: 'بستن',
  source: 'منبع',
  imageError: (alt) => `تصویر${alt ? ` «\u2068${alt}\u2069»` : ''} بارگذاری نشد.`,
  retry: 'تلاش دوباره',
  fullscreen: 'تمام‌صفحه',
  thumbnails: 'همهٔ تصاویر',
  quotes: ['«', '»'],
};

export default translation;
