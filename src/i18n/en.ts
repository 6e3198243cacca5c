/** English: the fallback for every language without a translation. */
import type { Translation } from '../core/i18n.js';

const translation: Translation = {
  lang: 'en',
  credit: 'Credit:',
  counter: (n, total) => `Image ${n} of ${total}`,
  previous: 'Previous image',
  next: 'Next image',
  close: 'Close',
  source: 'Source',
  imageError: (alt) => `The image${alt ? ` “${alt}”` : ''} could not be loaded.`,
  retry: 'Try again',
  fullscreen: 'Full screen',
  thumbnails: 'All images',
  quotes: ['“', '”'],
};

export default translation;
