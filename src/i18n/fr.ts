/** French (français): narrow no-break spaces inside « … », a no-break space before the colon. */
import type { Translation } from '../core/i18n.js';

const translation: Translation = {
  lang: 'fr',
  credit: 'Crédit\u00a0:',
  counter: (n, total) => `Image ${n} sur ${total}`,
  previous: 'Image précédente',
  next: 'Image suivante',
  close: 'Fermer',
  source: 'Source',
  imageError: (alt) =>
    alt ? `L’image «\u202f${alt}\u202f» n’a pas pu être chargée.` : 'L’image n’a pas pu être chargée.',
  retry: 'Réessayer',
  fullscreen: 'Plein écran',
  thumbnails: 'Toutes les images',
  quotes: ['«\u202f', '\u202f»'],
};

export default translation;
