/**
 * Arabic (العربية), right to left: the page sets `dir="rtl"`, the elements mirror with it. Content such as an
 * alt text is isolated (U+2068 … U+2069), so that a left-to-right name keeps its place in the sentence.
 */
import type { Translation } from '../core/i18n.js';

const translation: Translation = {
  lang: 'ar',
  credit: 'المصدر:',
  counter: (n, total) => `الصورة ${n} من ${total}`,
  previous: 'الصورة السابقة',
  next: 'الصورة التالية',
  close: 'إغلاق',
  source: 'المصدر',
  imageError: (alt) => `تعذّر تحميل الصورة${alt ? ` «\u2068${alt}\u2069»` : ''}.`,
  retry: 'إعادة المحاولة',
  fullscreen: 'ملء الشاشة',
  thumbnails: 'جميع الصور',
  quotes: ['«', '»'],
};

export default translation;
