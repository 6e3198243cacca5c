/**
 * Render helpers shared by the elements. Content is only ever bound as text or attribute values, never as
 * HTML, so markup in the JSON shows up as literal text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { reportIssues } from './events.js';
import type { LocalizeController } from './localize.js';
import type { Image, Paragraph, Run } from './schema.js';
import { excerpt, pathOf } from './validate.js';

/** Where a heading stands in the page's outline and how it can be styled and referred to. */
export interface HeadingOptions {
  /** Its level, clamped to 1–6. */
  level: number;
  /** Its part name (default `title`). */
  part?: string;
  /** Its `id`, for an `aria-labelledby` that names a region after it. */
  id?: string;
}

type HeadingTemplate = (content: unknown, part: string, id: string | undefined) => TemplateResult;

// Lit cannot bind a tag name; six literal templates keep headings native without `unsafeStatic`.
const headings: HeadingTemplate[] = [
  (content, part, id) => html`<h1 part=${part} id=${id ?? nothing}>${content}</h1>`,
  (content, part, id) => html`<h2 part=${part} id=${id ?? nothing}>${content}</h2>`,
  (content, part, id) => html`<h3 part=${part} id=${id ?? nothing}>${content}</h3>`,
  (content, part, id) => html`<h4 part=${part} id=${id ?? nothing}>${content}</h4>`,
  (content, part, id) => html`<h5 part=${part} id=${id ?? nothing}>${content}</h5>`,
  (content, part, id) => html`<h6 part=${part} id=${id ?? nothing}>${content}</h6>`,
];

/** The nearest heading level HTML has (1–6). */
export const clampLevel = (level: number): number => Math.min(headings.length, Math.max(1, level));

/** A native heading: `heading(title, { level: 2, id: 'title' })`. */
export const heading = (content: unknown, { level, part = 'title', id }: HeadingOptions): TemplateResult =>
  headings[clampLevel(level) - 1]!(content, part, id);

const run = (r: Run): unknown =>
  typeof r === 'string'
    ? r
    : r.href
      ? html`<a href=${r.href} lang=${r.lang ?? nothing}>${r.text}</a>`
      : r.lang
        ? html`<span lang=${r.lang}>${r.text}</span>`
        : r.text;

/** The inline content of a paragraph. */
export const inline = (paragraph: Paragraph): unknown =>
  typeof paragraph === 'string' ? paragraph : paragraph.map(run);

/** A kicker shown above a title, read as part of the heading ("Kicker: Title"). */
export const kicker = (text: string | undefined): unknown =>
  text ? html`<span part="kicker">${text}</span><span class="sr-only">: </span>` : nothing;

/** `<time>` with the date in the content's language (`lang` from the data, else the nearest `lang`). */
export const date = (iso: string | undefined, localize: LocalizeController, lang?: string): unknown =>
  iso ? html`<time part="date" datetime=${iso}>${localize.date(iso, lang)}</time>` : nothing;

/**
 * Marks a failed image (styles then show its alt text in a framed box) and reports it once.
 * Lit calls event listeners with the host element as `this`.
 */
export function onImageError(this: HTMLElement, e: Event): void {
  const img = e.target as HTMLImageElement;
  if (img.hasAttribute('data-broken')) return;
  img.setAttribute('data-broken', '');
  reportIssues(this, [
    {
      path: pathOf(img.dataset.path ?? '', 'src'),
      message: `image could not be loaded: ${excerpt(img.currentSrc || img.src)}`,
    },
  ]);
}

export function onImageLoad(e: Event): void {
  (e.target as HTMLImageElement).removeAttribute('data-broken');
}

/** How an image is placed. */
export interface ImageOptions {
  /** Where the image is in the JSON (`images[2]`), for error messages. */
  path: string;
  /** Its part name (default `image`). */
  part?: string;
  /** The first thing a reader sees: load at once, with high priority (default: lazily). */
  eager?: boolean;
}

/** An `<img>`, lazy unless `eager`. */
export const img = (image: Image, { path, part = 'image', eager = false }: ImageOptions): TemplateResult =>
  // Bindings apply in order, and WebKit starts fetching as soon as `src` is set: `loading`, `sizes` and
  // `srcset` must come first, or lazy images load at once and at the wrong size.
  html`<img
    part=${part}
    loading=${eager ? 'eager' : 'lazy'}
    fetchpriority=${eager ? 'high' : nothing}
    decoding="async"
    width=${image.width ?? nothing}
    height=${image.height ?? nothing}
    sizes=${image.sizes ?? nothing}
    srcset=${image.srcset ?? nothing}
    src=${image.src}
    alt=${image.alt}
    data-path=${path}
    @error=${onImageError}
    @load=${onImageLoad}
  />`;

/** The credit line: "Quelle: Name" / "Credit: Name". */
export const credit = (name: string | undefined, localize: LocalizeController): unknown =>
  name ? html`<span part="credit">${localize.strings.credit} ${name}</span>` : nothing;

/**
 * The one caption of an image: its title, caption text and credit, put by `place` into the element that
 * suits where it stands (Lit cannot bind a tag name); `nothing` when the image has none of the three. The
 * viewer shows the title as its heading, and passes the image without it.
 */
export const caption = (
  image: Image,
  localize: LocalizeController,
  place: (content: TemplateResult) => TemplateResult,
): unknown =>
  image.title || image.caption || image.credit
    ? place(
        html`${image.title ? html`<span part="image-title">${image.title}</span>` : nothing} ${image.caption} ${credit(image.credit, localize)}`,
      )
    : nothing;

/** `<figure>` with the image and its caption. */
export const figure = (image: Image, localize: LocalizeController, options: ImageOptions): TemplateResult =>
  html`<figure part="figure">
    ${img(image, options)}
    ${caption(image, localize, (content) => html`<figcaption part="caption">${content}</figcaption>`)}
  </figure>`;
