/** Romanian (română), with comma-below ș and ț. */
import type { Translation } from '../core/i18n.js';

const translation: Translation = {
  lang: 'ro',
  credit: 'Sursa:',
  counter: (n, total) => `Imaginea ${n} din ${total}`,
  previous: 'Imaginea anterioară',
  next: 'Imaginea următoare',
  close: 'Închide',
  source: 'Sursa',
  imageError: (alt) => `Imaginea${alt ? ` „${alt}”` : ''} nu a putut fi încărcată.`,
  retry: 'Încercați din nou',
  fullscreen: 'Ecran complet',
  thumbnails: 'Toate imaginile',
  quotes: ['„', '”'],
};

export default translation;
