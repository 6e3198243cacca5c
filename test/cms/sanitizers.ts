/**
 * The sanitizers that run in the browser under test, each as `(html) => sanitized html`: CKEditor 5 (npm
 * `ckeditor5`, the editor of Drupal 10/11 and TYPO3 12/13) configured as Drupal 11 and TYPO3 13 configure it,
 * with and without the `$customElement` recipe, and DOMPurify with and without the guide's additions.
 *
 * Where the configurations come from (read in their sources, 2026-12):
 * - Drupal 11.4 `core/profiles/standard/config/install/editor.editor.basic_html.yml` (toolbar, headings h2–h6,
 *   `ckeditor5_sourceEditing.allowed_tags`) and `filter.format.basic_html.yml`; GHS rules are what
 *   `HTMLRestrictions::toGeneralHtmlSupportConfig()` makes of the "Manually editable HTML tags"
 *   (`{ name, attributes: [{ key, value: true }], classes }`); Full HTML adds `ckeditor5_arbitraryHtmlSupport`
 *   (`{ name: /.*\/, attributes: true, classes: true, styles: true }`, from `ckeditor5.ckeditor5.yml`).
 *   Drupal's own `drupalImage` plugin (which stores `<img data-caption>`) is not on npm: CKEditor's Image and
 *   ImageCaption stand in for it.
 * - TYPO3 13 `EXT:rte_ckeditor/Configuration/RTE/Default.yaml` (+ `Editor/Base.yaml`, `Editor/Plugins.yaml`) and
 *   the plugin list of `Resources/Public/JavaScript/ckeditor5.js`: no Image plugin, headings paragraph/h2/h3/pre,
 *   Style definitions `p.lead`, `small`, `span.text-muted`, Typo3Link's GHS rule `{ name: 'a', classes: true }`,
 *   and no `htmlSupport.allow` of its own.
 * - The `$customElement` recipe: GHS keeps a custom element only with `{ name: '$customElement' }` (a rule
 *   naming the tag does not: ckeditor/ckeditor5#13343), plus the attributes to keep.
 */
import type * as CK from 'ckeditor5';
import type { EditorConfig, MatcherObjectPattern } from 'ckeditor5';
import DOMPurify from 'dompurify';
import allowlists from './allowlists.json';

export type Sanitize = (html: string) => string;

/**
 * CKEditor's own browser build (one self-contained ES module). The package's main build imports CommonJS
 * dependencies (fuzzysort) that the test server does not convert, and the package's `exports` hide this file
 * from bare imports, hence the path.
 */
const CKEDITOR_URL = '/node_modules/ckeditor5/dist/browser/ckeditor5.js';
let loaded: typeof CK | undefined;
export async function loadCkeditor(): Promise<typeof CK> {
  loaded ??= (await import(/* @vite-ignore */ CKEDITOR_URL)) as typeof CK;
  return loaded;
}

/** The five tags and the attributes the guide allows on them. */
export const TAGS = allowlists.tags;
export const ATTRIBUTES = allowlists.attributes;

// ---------------------------------------------------------------- Drupal's "Allowed HTML tags" → GHS

/**
 * What Drupal's HTMLRestrictions::toGeneralHtmlSupportConfig() makes of a list like `<a hreflang> <h2 id>`:
 * one rule per tag, `class` as `classes`, every other attribute as `{ key, value: true }`.
 */
export function drupalGhs(
  allowedTags: string,
): { name: string; attributes?: { key: string; value: true }[]; classes?: true }[] {
  return [...allowedTags.matchAll(/<([a-z][\w-]*)([^>]*)>/g)].map(([, name, attrs]) => {
    const list = attrs!.trim().split(/\s+/).filter(Boolean);
    const rule: { name: string; attributes?: { key: string; value: true }[]; classes?: true } = { name: name! };
    if (list.includes('class')) rule.classes = true;
    const others = list.filter((a) => a !== 'class');
    if (others.length) rule.attributes = others.map((key) => ({ key, value: true }));
    return rule;
  });
}

/** Drupal 11 standard profile, Basic HTML: "Manually editable HTML tags" (ckeditor5_sourceEditing.allowed_tags). */
export const DRUPAL_BASIC_SOURCE_TAGS = allowlists.drupalBasicSourceTags;

/**
 * The report tags and the plain markup of the issue-12 contract, as a site owner would add them to Basic HTML's
 * "Manually editable HTML tags" (and to "Allowed HTML tags" of filter_html: scripts/cms/drupal.php uses the same).
 */
export const DRUPAL_REPORT_TAGS = `${TAGS.map((t) => `<${t} ${ATTRIBUTES.join(' ')}>`).join(' ')} ${allowlists.markupTags}`;

export interface CkConfig {
  label: string;
  config: EditorConfig;
}

/** The CKEditor configurations, by matrix column id. */
export function ckeditorConfigs(ck: typeof CK): Record<string, CkConfig> {
  const {
    Alignment,
    BlockQuote,
    Bold,
    Code,
    Essentials,
    GeneralHtmlSupport,
    Heading,
    HorizontalLine,
    Image,
    ImageCaption,
    Italic,
    Link,
    List,
    Paragraph,
    RemoveFormat,
    SourceEditing,
    Style,
    Subscript,
    Superscript,
    Table,
  } = ck;
  const DRUPAL_PLUGINS = [
    Essentials,
    Paragraph,
    Heading,
    Bold,
    Italic,
    Link,
    List,
    BlockQuote,
    Code,
    Image,
    ImageCaption,
    SourceEditing,
    GeneralHtmlSupport,
  ];
  const DRUPAL_HEADINGS = {
    options: [
      { model: 'paragraph', title: 'Paragraph', class: '' },
      ...[2, 3, 4, 5, 6].map((n) => ({ model: `heading${n}`, view: `h${n}`, title: `Heading ${n}`, class: '' })),
    ],
  } as EditorConfig['heading'];

  /**
   * `{ name: '$customElement' }`: the one GHS rule that keeps a custom element. It keeps no attributes by
   * itself (measured: attributes listed on this rule are dropped); a rule naming the tags must allow them.
   */
  const CUSTOM_ELEMENT_RULE: MatcherObjectPattern = { name: '$customElement' };

  const TYPO3_PLUGINS = [
    Essentials,
    Paragraph,
    Heading,
    Bold,
    Italic,
    Subscript,
    Superscript,
    Link,
    List,
    BlockQuote,
    Alignment,
    RemoveFormat,
    Table,
    HorizontalLine,
    Style,
    SourceEditing,
    GeneralHtmlSupport,
  ];
  const TYPO3_BASE: EditorConfig = {
    heading: {
      options: [
        { model: 'paragraph', title: 'Paragraph', class: '' },
        { model: 'heading2', view: 'h2', title: 'Heading 2', class: '' },
        { model: 'heading3', view: 'h3', title: 'Heading 3', class: '' },
        { model: 'formatted', view: 'pre', title: 'Pre-Formatted Text', class: '' } as never,
      ],
    },
    style: {
      definitions: [
        { name: 'Lead', element: 'p', classes: ['lead'] },
        { name: 'Small', element: 'small', classes: [] },
        { name: 'Muted', element: 'span', classes: ['text-muted'] },
      ],
    },
    alignment: {
      options: [
        { name: 'left', className: 'text-start' },
        { name: 'center', className: 'text-center' },
        { name: 'right', className: 'text-end' },
        { name: 'justify', className: 'text-justify' },
      ],
    },
  };
  /** Typo3Link's own GHS rule. */
  const TYPO3_LINK_RULE: MatcherObjectPattern = { name: 'a', classes: true };

  /**
   * The TYPO3 recipe: `$customElement` in `editor.config.htmlSupport.allow`, the Image plugin (importModules) and
   * GHS rules for the plain markup of the contract.
   */
  const TYPO3_RECIPE_RULES: MatcherObjectPattern[] = [
    CUSTOM_ELEMENT_RULE,
    // In the YAML: `name: { pattern: '^(report-article|…)$' }` (TYPO3 turns it into a RegExp).
    {
      name: new RegExp(`^(${TAGS.join('|')})$`),
      attributes: ATTRIBUTES.filter((a) => a !== 'class').map((key) => ({ key, value: true as const })),
      classes: true,
    },
    {
      name: /^(aside|section|figure|figcaption|time|small|span|p|h1|h2|h3|h4|cite|blockquote|img)$/,
      attributes: true,
      classes: true,
    },
  ];

  return {
    'ck-drupal-basic': {
      label: 'Drupal 11 Basic HTML (as installed)',
      config: {
        plugins: DRUPAL_PLUGINS,
        heading: DRUPAL_HEADINGS,
        htmlSupport: { allow: drupalGhs(DRUPAL_BASIC_SOURCE_TAGS) },
      },
    },
    'ck-drupal-basic-tags': {
      label: 'Drupal 11 Basic HTML + the tags in "Manually editable HTML tags"',
      config: {
        plugins: DRUPAL_PLUGINS,
        heading: DRUPAL_HEADINGS,
        htmlSupport: { allow: drupalGhs(`${DRUPAL_BASIC_SOURCE_TAGS} ${DRUPAL_REPORT_TAGS}`) },
      },
    },
    'ck-drupal-basic-custom': {
      label: 'Drupal 11 Basic HTML + the tags + `$customElement` rule (small module)',
      config: {
        plugins: DRUPAL_PLUGINS,
        heading: DRUPAL_HEADINGS,
        htmlSupport: {
          allow: [...drupalGhs(`${DRUPAL_BASIC_SOURCE_TAGS} ${DRUPAL_REPORT_TAGS}`), CUSTOM_ELEMENT_RULE],
        },
      },
    },
    'ck-drupal-full': {
      label: 'Drupal 11 Full HTML (arbitrary HTML support)',
      config: {
        plugins: DRUPAL_PLUGINS,
        heading: DRUPAL_HEADINGS,
        htmlSupport: { allow: [{ name: /.*/, attributes: true, classes: true, styles: true }] },
      },
    },
    'ck-typo3-default': {
      label: 'TYPO3 13 RTE Default preset',
      config: { plugins: TYPO3_PLUGINS, ...TYPO3_BASE, htmlSupport: { allow: [TYPO3_LINK_RULE] } },
    },
    'ck-typo3-custom': {
      label: 'TYPO3 13 RTE Default + `$customElement` recipe (+ Image)',
      config: {
        plugins: [...TYPO3_PLUGINS, Image, ImageCaption],
        ...TYPO3_BASE,
        htmlSupport: {
          allow: [TYPO3_LINK_RULE, ...TYPO3_RECIPE_RULES],
        },
      },
    },
  };
}

/** One editor per configuration: `setData(html)` then `getData()`, as an editor's load and save do. */
export async function ckeditor(config: EditorConfig): Promise<{ sanitize: Sanitize; destroy: () => Promise<void> }> {
  const host = document.createElement('div');
  document.body.append(host);
  const editor = await (await loadCkeditor()).ClassicEditor.create(host, { licenseKey: 'GPL', ...config });
  return {
    sanitize: (html) => {
      editor.setData(html);
      return editor.getData();
    },
    destroy: async () => {
      await editor.destroy();
      host.remove();
    },
  };
}

/** DOMPurify's defaults. */
export const dompurifyDefault: Sanitize = (html) => DOMPurify.sanitize(html);

/** DOMPurify with the guide's additions: the five tags and their attributes. */
export const dompurifyCustom: Sanitize = (html) =>
  DOMPurify.sanitize(html, {
    ADD_TAGS: TAGS,
    ADD_ATTR: ATTRIBUTES,
    CUSTOM_ELEMENT_HANDLING: {
      tagNameCheck: /^report-(article|teaser|quote|gallery|infobox)$/,
      attributeNameCheck: new RegExp(`^(${ATTRIBUTES.join('|')})$`),
      allowCustomizedBuiltInElements: false,
    },
  });
