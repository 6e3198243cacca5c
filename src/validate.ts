/**
 * `report-elements/validate`: the elements' own checks as functions for an app that reads report JSON and
 * wants a typed value or the reasons it has none, instead of an unchecked `as Article`:
 *
 * ```ts
 * import { parseArticle } from 'report-elements/validate';
 *
 * const result = parseArticle(await response.json());
 * if (result.ok) render(result.value); // typed as Article
 * else for (const { path, message } of result.errors) console.warn(`${path}: ${message}`); // "images[3].alt: …"
 * ```
 *
 * One function per data type (not one `parse(kind, value)`): each imports only its own check, so a bundler keeps
 * just the ones an app calls, and the result is typed without a table of kinds. Registers no element and is not
 * part of the standalone bundle.
 */
import { article, type Article } from './article/article.schema.js';
import { image, type Image } from './core/schema.js';
import type { Check, ReportIssue } from './core/validate.js';
import { gallery, type Gallery } from './gallery/gallery.schema.js';
import { infobox, type Infobox } from './infobox/infobox.schema.js';
import { quote, type Quote } from './quote/quote.schema.js';
import { teaser, type Teaser } from './teaser/teaser.schema.js';

/**
 * What a `parse…` function returns: the value as the element would use it (URLs that pass the allowlist, no
 * unknown keys), or every problem found, each located by a JSON path (`images[3].alt`; `""` is the value itself).
 */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: ReportIssue[] };

/**
 * A parse function from an element's check. Valid only without a single issue: the elements render what is
 * valid and report the rest, but a value that would be reported is not a `T` an app should trust.
 */
const parser =
  <T>(check: Check<T>) =>
  (value: unknown): ParseResult<T> => {
    const errors: ReportIssue[] = [];
    const checked = check(value, '', errors);
    return checked !== undefined && !errors.length ? { ok: true, value: checked } : { ok: false, errors };
  };

/** Checks content for `<report-teaser>` (a parsed JSON value, not JSON text). */
export const parseTeaser: (value: unknown) => ParseResult<Teaser> = parser(teaser);

/** Checks content for `<report-quote>` (a parsed JSON value, not JSON text). */
export const parseQuote: (value: unknown) => ParseResult<Quote> = parser(quote);

/** Checks content for `<report-gallery>` (a parsed JSON value, not JSON text). */
export const parseGallery: (value: unknown) => ParseResult<Gallery> = parser(gallery);

/** Checks content for `<report-infobox>` (a parsed JSON value, not JSON text). */
export const parseInfobox: (value: unknown) => ParseResult<Infobox> = parser(infobox);

/** Checks content for `<report-article>`, a whole report (a parsed JSON value, not JSON text). */
export const parseArticle: (value: unknown) => ParseResult<Article> = parser(article);

/** Checks one image (as in a gallery's `images` or a teaser's `image`). */
export const parseImage: (value: unknown) => ParseResult<Image> = parser(image);

/** Whether `value` is valid content for `<report-teaser>`; {@link parseTeaser} says why not. */
export const isTeaser = (value: unknown): value is Teaser => parseTeaser(value).ok;

/** Whether `value` is valid content for `<report-quote>`; {@link parseQuote} says why not. */
export const isQuote = (value: unknown): value is Quote => parseQuote(value).ok;

/** Whether `value` is valid content for `<report-gallery>`; {@link parseGallery} says why not. */
export const isGallery = (value: unknown): value is Gallery => parseGallery(value).ok;

/** Whether `value` is valid content for `<report-infobox>`; {@link parseInfobox} says why not. */
export const isInfobox = (value: unknown): value is Infobox => parseInfobox(value).ok;

/** Whether `value` is a valid report for `<report-article>`; {@link parseArticle} says why not. */
export const isArticle = (value: unknown): value is Article => parseArticle(value).ok;
