/**
 * The translation registry: UI strings and quotation marks per language, and the `Intl` formatters for numbers
 * and dates. German and English are built in; every other language is a module of its own
 * (`report-elements/i18n/<lang>`), loaded on demand or registered up front.
 * No DOM here: `localize.ts` finds the languages in the page and re-renders the elements.
 */
import de from '../i18n/de.js';
import en from '../i18n/en.js';

/**
 * The UI strings of one language, written as a native public-sector UI would say them (short, polite).
 * Functions receive numbers already formatted for the language (`Intl.NumberFormat`: Arabic-Indic digits in
 * Persian, for example) and content (such as an image's alt text) as it is.
 */
export interface Translation {
  /** BCP 47 tag of the language, e.g. `uk` or `de-CH`. */
  lang: string;
  /** Label before a photo credit: "Quelle:", "Credit:". */
  credit: string;
  /** The viewer's counter and the name of an image without alt text: "Bild 3 von 9". */
  counter: (n: string, total: string) => string;
  /** The viewer's previous-image button. */
  previous: string;
  /** The viewer's next-image button. */
  next: string;
  /** The viewer's close button. */
  close: string;
  /** The link to a quote's source. */
  source: string;
  /** The viewer's message for an image that failed to load (`alt` may be empty). */
  imageError: (alt: string) => string;
  /** The button that loads a failed image again. */
  retry: string;
  /** The viewer's full-screen button. */
  fullscreen: string;
  /** Name of the viewer's thumbnail strip: "Alle Bilder". */
  thumbnails: string;
  /** Opening and closing quotation marks, for quotes in this language. */
  quotes: readonly [string, string];
}

/** A language to add, or single strings to change in one (merged over what is registered for it). */
export type TranslationInput = Partial<Translation> & Pick<Translation, 'lang'>;

/** The elements to re-render when a translation is registered or arrives (`localize.ts` adds and removes them). */
export const hosts = new Set<{ requestUpdate(): void }>();

/** Re-renders every connected element. */
export const updateAll = (): void => hosts.forEach((host) => host.requestUpdate());

// Swiss and Liechtenstein German quote with guillemets.
const guillemets = ['«', '»'] as const;

/**
 * What is registered, by lower-case tag: languages, regional variants and single strings alike. English is the
 * base every lookup starts from, so it needs no entry.
 */
const registry: Record<string, Partial<Translation>> = {
  de,
  'de-ch': { quotes: guillemets },
  'de-li': { quotes: guillemets },
};

/**
 * The other built-in languages, each a module of its own (`i18n/<lang>.js`), loaded the first time a page or
 * content asks for it. The standalone bundle finds them beside itself; bundlers (Vite, webpack) make them chunks.
 */
const MODULES = /^(ar|es|fa|fr|it|pl|ro|ru|tr|uk)$/;

/** Languages whose module has been asked for (loaded, failed or in flight): each is loaded once per page. */
const requested = new Set<string>();

/**
 * Adds languages, or overrides single strings of a language; elements on the page re-render.
 * A partial translation is merged over what is registered for its tag; at lookup, a tag falls back to its
 * primary subtag and then to English, string by string.
 *
 * ```js
 * import uk from 'report-elements/i18n/uk';
 * registerTranslation(uk);
 * registerTranslation({ lang: 'de', close: 'Zumachen' });
 * ```
 */
export function registerTranslation(translation: TranslationInput): void {
  const key = translation.lang.toLowerCase();
  registry[key] = { ...registry[key], ...translation };
  updateAll();
}

/**
 * The translation for a language tag: the tag's own strings, else its primary subtag's, else English
 * (a malformed or empty tag gets English). The first time a built-in language is asked for, its module starts
 * loading: English until it arrives, then the elements re-render.
 */
export function translation(lang: string): Translation {
  const key = lang.toLowerCase();
  const primary = key.split('-')[0]!;
  if (MODULES.test(primary) && !requested.has(primary)) {
    requested.add(primary);
    // `../i18n/` from src/core/ and dist/core/; the standalone build rewrites it to `./i18n/` (rollup.config.mjs).
    import(`../i18n/${primary}.js`)
      // Under any single strings registered for the language before it arrived.
      .then((m: { default: Translation }) => registerTranslation({ ...m.default, ...registry[primary] }))
      // Offline, blocked or missing: English stays, and the browser's reason goes to the console.
      .catch(console.warn);
  }
  return { ...en, ...registry[primary], ...registry[key], lang };
}

// ------------------------------------------------------------------------------------------------ Intl

type Formats = [Intl.DateTimeFormat, Intl.NumberFormat];

const makeFormats = (lang: string): Formats => [
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }),
  new Intl.NumberFormat(lang),
];

// One pair of formatters per language for the whole page: Intl objects are costly to create.
const formats = new Map<string, Formats>();

function formatsFor(lang: string): Formats {
  let f = formats.get(lang);
  if (!f) {
    try {
      f = makeFormats(lang);
    } catch {
      // A malformed (or empty) `lang` must not break rendering.
      f = makeFormats('en');
    }
    formats.set(lang, f);
  }
  return f;
}

/** Formats `YYYY-MM-DD` as a long date in `lang` ("19. Dezember 2023", "December 19, 2023"). */
export function formatDate(iso: string, lang: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d); // not Date.UTC, which reads the years 0–99 as 1900–1999
  return formatsFor(lang)[0].format(date);
}

/** Formats a number in `lang` (digits and grouping of the language). */
export const formatNumber = (n: number, lang: string): string => formatsFor(lang)[1].format(n);
