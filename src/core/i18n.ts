/**
 * UI strings, quotation marks and dates in the language of the nearest `lang`.
 * German first, English as the fallback for every other language.
 */

/** The UI strings of one language. */
export interface Strings {
  /** BCP 47 tag used for `Intl` (the resolved `lang`, or `en`). */
  lang: string;
  credit: string;
  counter: (n: number, total: number) => string;
  previous: string;
  next: string;
  close: string;
  source: string;
  /** The viewer's message for an image that failed to load (`alt` may be empty). */
  imageError: (alt: string) => string;
  retry: string;
  fullscreen: string;
  /** Name of the viewer's thumbnail strip. */
  thumbnails: string;
  /** Opening and closing quotation marks. */
  quotes: readonly [string, string];
}

const en: Omit<Strings, 'lang'> = {
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

const de: Omit<Strings, 'lang'> = {
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

/** The `lang` of the nearest ancestor, crossing shadow roots (the host's language applies inside). */
export function nearestLang(node: Node): string {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    const lang = (n as Element).getAttribute?.('lang');
    if (lang != null) return lang;
  }
  return '';
}

/** The strings for a language tag: German for `de-*`, English otherwise. */
export function stringsFor(lang: string): Strings {
  const base = /^de\b/i.test(lang) ? de : en;
  // Swiss and Liechtenstein German quote with guillemets.
  const quotes = /^de-(ch|li)\b/i.test(lang) ? (['«', '»'] as const) : base.quotes;
  return { ...base, quotes, lang: lang || 'en' };
}

// One formatter per language for the whole page: Intl objects are costly to create.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formats `YYYY-MM-DD` as a long date in `lang` ("19. Dezember 2023", "December 19, 2023"). */
export function formatDate(iso: string, lang: string): string {
  let f = formatters.get(lang);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
    } catch {
      // A malformed `lang` attribute must not break rendering.
      f = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
    }
    formatters.set(lang, f);
  }
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d); // not Date.UTC, which reads the years 0–99 as 1900–1999
  return f.format(date);
}
