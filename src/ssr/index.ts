/**
 * Server-side rendering (Node): turns `(tag, data)` into HTML with declarative shadow DOM, so a report is
 * visible before and without JavaScript. When the bundle loads, each element renders the same content again
 * into its shadow root in the same frame (no flash, no layout shift) and takes over.
 *
 * ```js
 * import { renderToString } from 'report-elements/ssr';
 * const { html, errors, styleHashes } = await renderToString('report-quote', { text: '…', author: '…' });
 * ```
 *
 * Needs Node ≥ 20.19 and `@lit-labs/ssr`, an optional peer dependency: install it beside this package to use
 * this module (see docs/ssr.md). Nothing here runs in the browser.
 * @module
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { article } from '../article/article.schema.js';
import '../article/report-article.js';
import { registerTranslation } from '../core/i18n.js';
import { excerpt, type Check, type ReportIssue } from '../core/validate.js';
import { gallery } from '../gallery/gallery.schema.js';
import '../gallery/report-gallery.js';
import { infobox } from '../infobox/infobox.schema.js';
import '../infobox/report-infobox.js';
import { quote } from '../quote/quote.schema.js';
import '../quote/report-quote.js';
import { teaser } from '../teaser/teaser.schema.js';
import '../teaser/report-teaser.js';
import translations from '../i18n/all.js';

// On the server every language is at hand, so the HTML is in the page's language from the start.
translations.forEach((t) => registerTranslation(t));

export type { ReportIssue } from '../core/validate.js';

/** The tags that can be rendered. */
export type ReportTag = 'report-article' | 'report-gallery' | 'report-infobox' | 'report-quote' | 'report-teaser';

/** Attributes of the rendered element besides `data`. */
export interface RenderOptions {
  /** `heading-level` (1–6). */
  headingLevel?: number;
  /** `lang` of the element (UI strings, quotation marks, dates); give it when the page's `lang` differs. */
  lang?: string;
  /** `id` of the element (a gallery's deep links need one). */
  id?: string;
  /** `<report-gallery>`: the `deep-link` attribute (needs `id`). */
  deepLink?: boolean;
  /** `<report-gallery>`: the `thumbnails` attribute (a strip in the viewer). */
  thumbnails?: boolean;
  /** `<report-gallery>`: the `fullscreen` attribute. */
  fullscreen?: boolean;
  /** `<report-teaser>`: the `priority` attribute (the image loads eagerly with high priority). */
  priority?: boolean;
}

/** What {@link renderToString} returns. */
export interface RenderResult {
  /** The element with its `data` attribute and its declarative shadow root. */
  html: string;
  /** Problems in the data, with JSON paths (the same the element reports in the browser); `[]` when valid. */
  errors: ReportIssue[];
  /**
   * CSP sources (`'sha256-…'`) for the `<style>` elements inside the declarative shadow roots: add them to
   * `style-src` so that a strict policy lets the server-rendered HTML be styled before the script loads.
   */
  styleHashes: string[];
}

const checks: Record<ReportTag, Check<unknown>> = {
  'report-article': article,
  'report-gallery': gallery,
  'report-infobox': infobox,
  'report-quote': quote,
  'report-teaser': teaser,
};

// One template for every tag: the tag names are static literals (`literal`, never text from input). A boolean
// attribute is written only for the tags whose class declares it, read from the classes themselves.
const TAGS: Record<ReportTag, StaticValue> = {
  'report-article': literal`report-article`,
  'report-gallery': literal`report-gallery`,
  'report-infobox': literal`report-infobox`,
  'report-quote': literal`report-quote`,
  'report-teaser': literal`report-teaser`,
};
type Flag = 'deepLink' | 'thumbnails' | 'fullscreen' | 'priority';
const declares = (tag: ReportTag, flag: Flag) =>
  (customElements.get(tag) as typeof ReactiveElement | undefined)?.elementProperties.get(flag)?.type === Boolean;

function host(tag: ReportTag, data: string | undefined, o: RenderOptions): TemplateResult {
  const on = (flag: Flag) => declares(tag, flag) && !!o[flag];
  // One line: the attributes come out exactly as the element's own would be written, without line breaks.
  return staticHtml`<${TAGS[tag]} data=${data ?? nothing} heading-level=${o.headingLevel ?? nothing} lang=${o.lang ?? nothing} id=${o.id ?? nothing} ?deep-link=${on('deepLink')} ?thumbnails=${on('thumbnails')} ?fullscreen=${on('fullscreen')} ?priority=${on('priority')}></${TAGS[tag]}>`;
}

/** Whether `tag` is one of the elements {@link renderToString} can render. */
export const isReportTag = (tag: string): tag is ReportTag => Object.hasOwn(checks, tag);

/**
 * Renders `<tag data="…">` with its declarative shadow root. `data` is an object (or JSON text), validated
 * exactly as in the browser: invalid parts are listed in `errors` and left out of the HTML, as the element
 * would leave them out. The HTML's `data` attribute is the JSON text the problems were found in, so the
 * browser reports the same ones. Throws only for an unknown tag; data that cannot be turned into JSON (a
 * cycle, a BigInt, a throwing getter) is an error in `errors`.
 */
export async function renderToString(
  tag: ReportTag,
  data: unknown,
  options: RenderOptions = {},
): Promise<RenderResult> {
  if (!isReportTag(tag))
    throw new TypeError(`unknown element <${String(tag)}> (expected one of ${Object.keys(checks).join(', ')})`);
  const errors: ReportIssue[] = [];
  let text: string | undefined;
  try {
    text = typeof data === 'string' ? data : JSON.stringify(data);
    // Validate what the browser will read: the JSON text, not the object it came from (dates, undefined, …).
    if (text !== undefined) checks[tag](JSON.parse(text), '', errors);
  } catch (e) {
    errors.push({
      path: '',
      message: `${text === undefined ? 'not JSON-serialisable' : 'invalid JSON'}: ${e instanceof Error ? e.message : excerpt(e)}`,
    });
  }
  const markup = await collectResult(render(host(tag, text, options)));
  return { html: markup, errors, styleHashes: await styleHashes(markup) };
}

/** `'sha256-…'` of every distinct `<style>` element's text, as CSP hashes them (Web Crypto: Node ≥ 20). */
export async function styleHashes(markup: string): Promise<string[]> {
  const css = new Set([...markup.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!));
  const hash = async (text: string) => {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
    return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
  };
  return Promise.all([...css].map(hash));
}
