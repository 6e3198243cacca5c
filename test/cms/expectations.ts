/**
 * What each way of writing must give in each sanitizer context: the expectations test/cms/survival.test.ts
 * asserts. One string per way, one letter per element in the order article, teaser, quote, gallery,
 * infobox: S survives exactly, D damaged, L lost, - not applicable.
 *
 * Where the cause is the sanitizer, the letter records what it does (and the matrix says how); where the
 * cause would be ours, the letter says what the elements must do.
 *
 * Depends on the lead's work in src/ (issue 12 items 1–2): every S or D in the columns data-report (item 1:
 * the `data-report` attribute) and markup, class, wp-block (item 2: plain-markup enhancement). Also the S of
 * quote/class and quote/wp-block in the CKEditor columns marked ★: CKEditor 5 writes the attribution of a
 * blockquote as `<p><cite>…</cite></p>` (a blockquote holds only blocks there), and that paragraph must not
 * become part of the quote's text.
 *
 * Measured traps behind the letters (details in docs/cms-survival.md):
 * - WordPress kses removes the five tags for Authors (no unfiltered_html) unless cms/wordpress/allowlist.php is
 *   active; `data` is not allowed by it (kses would treat it as a URL), `data-report` and `src` are. `<script>`
 *   children are removed for Authors and their JSON is shown as text; `<time>` is not in WordPress's post
 *   allowlist (the allowlist adds `time[datetime]`).
 * - wptexturize (every page, every role) curls straight quotes in text: plain markup with "…" is damaged;
 *   and a raw `>` inside an attribute value (single-quoted JSON, or JSON with only `&` and `"` escaped, as
 *   the old guide said) ends the tag for wptexturize, which then treats the rest as text and curls the
 *   attribute's closing quote (`"` → `&#8221;`, `'` → `&#8217;`): the attribute never closes and the element
 *   is lost (even for Administrators). `data-report` (fully HTML-escaped) is untouched.
 * - wpautop (classic content, not blocks) wraps the tag in `<p>` and closes it before the block markup inside:
 *   the element is left empty (the Custom HTML block avoids it).
 * - CKEditor 5 keeps a custom element only with GHS `{ name: '$customElement' }`, and its attributes only
 *   with a rule that names the tag; a rule naming the tag alone does not keep it (ckeditor/ckeditor5#13343).
 *   It always empties `<template>`; Drupal's Full HTML (`/.*\/`) keeps the tag but removes `<script>`.
 * - TYPO3's html-sanitizer encodes unknown tags as visible text and drops `blockquote[cite]` and
 *   `time[datetime]` unless the builder adds them.
 */
export type Expected = 'survives' | 'damaged' | 'lost';

/** The ways of writing, in the order of the strings below (the ids of test/cms/snippets.mjs). */
export const WAY_ORDER = [
  'data-raw',
  'data-escaped',
  'data-report',
  'src',
  'script',
  'template',
  'markup',
  'class',
  'wp-block',
];
const ELEMENT_ORDER = ['article', 'teaser', 'quote', 'gallery', 'infobox'];

/** Ways whose survival depends on issue 12 items 1–2 (src/, the lead's work). */
export const NEEDS_LEAD = ['data-report', 'markup', 'class', 'wp-block'];

// prettier-ignore
const EXPECTED: Record<string, string[]> = {
  //                                    data-raw  data-esc  data-rep  src       script    template  markup    class     wp-block
  'raw':                              ['SSSSS', 'SSSSS', 'SSSSS', 'SSSSS', 'SSSSS', 'LLLLL', 'SSSSS', '--SSS', '--SS-'],
  'wp-author-saved':                  ['LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', '--SSS', '--SS-'],
  'wp-author-front-block':            ['LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', '--DDS', '--DD-'],
  'wp-author-front-classic':          ['LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', '--DDS', '--DD-'],
  'wp-author-allowlist-saved':        ['LLLLL', 'LLLLL', 'SSSSS', 'SSSSS', 'LLLLL', 'LLLLL', 'SSSSS', '--SSS', '--SS-'],
  'wp-author-allowlist-front-block':  ['LLLLL', 'LLLLL', 'SSSSS', 'SSSSS', 'LLLLL', 'LLLLL', 'DDDDS', '--DDS', '--DD-'],
  'wp-author-allowlist-front-classic':['LLLLL', 'LLLLL', 'SSSSS', 'SSSSS', 'LLLLL', 'LLLLL', 'LLLLL', '--DDS', '--DD-'],
  'wp-admin-saved':                   ['SSSSS', 'SSSSS', 'SSSSS', 'SSSSS', 'SSSSS', 'LLLLL', 'SSSSS', '--SSS', '--SS-'],
  'wp-admin-front-block':             ['LLLSS', 'SLLSS', 'SSSSS', 'SSSSS', 'SSSSS', 'LLLLL', 'DDDDS', '--DDS', '--DD-'],
  'wp-admin-front-classic':           ['LLLSS', 'SLLSS', 'SSSSS', 'SSSSS', 'SSSSS', 'LLLLL', 'LLLLL', '--DDS', '--DD-'],
  'ck-drupal-basic':                  ['LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', '--LLL', '--LL-'],
  'ck-drupal-basic-tags':             ['LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', '--SSS', '--SS-'], // ★
  'ck-drupal-basic-custom':           ['LLLLL', 'LLLLL', 'SSSSS', 'SSSSS', 'SSSSS', 'LLLLL', 'SSSSS', '--SSS', '--SS-'], // ★
  'ck-drupal-full':                   ['SSSSS', 'SSSSS', 'SSSSS', 'SSSSS', 'LLLLL', 'LLLLL', 'SSSSS', '--SSS', '--SS-'], // ★
  'ck-typo3-default':                 ['LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', '--LLL', '--LL-'],
  'ck-typo3-custom':                  ['LLLLL', 'LLLLL', 'SSSSS', 'SSSSS', 'SSSSS', 'LLLLL', 'SSSSS', '--SSS', '--SS-'], // ★
  'dompurify-default':                ['LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', '--SSS', '--SS-'],
  'dompurify-custom':                 ['LLLLL', 'LLLLL', 'SSSSS', 'SSSSS', 'LLLLL', 'LLLLL', 'SSSSS', '--SSS', '--SS-'],
  'drupal-xss-admin':                 ['LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', '--SSS', '--SS-'],
  'drupal-filter-html-basic':         ['LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', '--LLL', '--LL-'],
  'drupal-filter-html-allowlist':     ['LLLLL', 'LLLLL', 'SSSSS', 'SSSSS', 'LLLLL', 'LLLLL', 'SSSSS', '--SSS', '--SS-'],
  'typo3-sanitizer-default':          ['LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', 'LLLLL', '--DSS', '--SS-'],
  'typo3-sanitizer-allowlist':        ['LLLLL', 'LLLLL', 'SSSSS', 'SSSSS', 'LLLLL', 'LLLLL', 'SSSSS', '--SSS', '--SS-'],
};

const LETTER: Record<string, Expected | undefined> = { S: 'survives', D: 'damaged', L: 'lost' };

/** Cells marked ★ above: what the elements must do there. */
const STARRED = /^ck-(drupal-basic-tags|drupal-basic-custom|drupal-full|typo3-custom)$/;
export function noteFor(column: string, element: string, way: string): string | undefined {
  if (STARRED.test(column) && element === 'quote' && (way === 'class' || way === 'wp-block'))
    return '★ needs src/: CKEditor writes the attribution as <p><cite>…</cite></p> inside the blockquote; that paragraph must not become quote text';
  if (NEEDS_LEAD.includes(way) && expectationFor(column, element, way) !== 'lost')
    return 'needs issue 12 items 1–2 in src/';
  return undefined;
}

/** The expected verdict, or undefined where the way does not apply (or the column has no expectations). */
export function expectationFor(column: string, element: string, way: string): Expected | undefined {
  return LETTER[EXPECTED[column]?.[WAY_ORDER.indexOf(way)]?.[ELEMENT_ORDER.indexOf(element)] ?? '-'];
}
