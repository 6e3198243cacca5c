/** German (Deutsch). Swiss and Liechtenstein German (de-CH, de-LI) differ only in their quotation marks «…». */
import type { Translation } from '../core/i18n.js';

const translation: Translation = {
  lang: 'de',
  credit: 'Quelle:',
  counter: (n, total) => `Bild ${n} von ${total}`,
  previous: 'Vorheriges Bild',
  next: 'Nächstes Bild',
  close: 'Schließen',
  source: 'Quelle',
  imageError: (alt) => `Das Bild${alt ? ` „${alt}“` : ''} konnte nicht geladen werden.`,
  retry: 'Erneut versuchen',
  fullscreen: 'Vollbild',
  thumbnails: 'Alle Bilder',
  quotes: ['„', '“'],
};

export default translation;
