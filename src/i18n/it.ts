/** Italian (italiano). */
import type { Translation } from '../core/i18n.js';

const translation: Translation = {
  lang: 'it',
  credit: 'Fonte:',
  counter: (n, total) => `Immagine ${n} di ${total}`,
  previous: 'Immagine precedente',
  next: 'Immagine successiva',
  close: 'Chiudi',
  source: 'Fonte',
  imageError: (alt) => `Impossibile caricare l’immagine${alt ? ` «${alt}»` : ''}.`,
  retry: 'Riprova',
  fullscreen: 'Schermo intero',
  thumbnails: 'Tutte le immagini',
  quotes: ['«', '»'],
};

export default translation;
