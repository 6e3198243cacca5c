/** Polish (polski). */
import type { Translation } from '../core/i18n.js';

const translation: Translation = {
  lang: 'pl',
  credit: 'Źródło:',
  counter: (n, total) => `Zdjęcie ${n} z ${total}`,
  previous: 'Poprzednie zdjęcie',
  next: 'Następne zdjęcie',
  close: 'Zamknij',
  source: 'Źródło',
  imageError: (alt) => `Nie udało się wczytać zdjęcia${alt ? ` „${alt}”` : ''}.`,
  retry: 'Spróbuj ponownie',
  fullscreen: 'Pełny ekran',
  thumbnails: 'Wszystkie zdjęcia',
  quotes: ['„', '”'],
};

export default translation;
