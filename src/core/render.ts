/**
 * Render helpers shared by the elements. Content is only ever bound as text or attribute values, never as
 * HTML, so markup in the JSON shows up as literal text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { reportIssues } from './events.js';
import type { LocalizeController } from './localize.js';
import type { Image, Paragraph, Run } from './schema.js';
import { excerpt, pathOf } from './validate.js';

type Heading = (content: unknown, part: string, id?: string) => TemplateResult;

// Lit cannot bind a tag name; six literal templates keep headings native without `unsafeStatic`.
const headings: Heading[] = [
  (c, p, id) => html`<h1 part=${p} id=${id ?? nothing}>${c}</h1>`,
  (c, p, id) => html`<h2 part=${p} id=${id ?? nothing}>${c}</h2>`,
  (c, p, id) => html`<h3 part=${p} id=${id ?? nothing}>${c}</h3>`,
  (c, p, id) => html`<h4 part=${p} id=${id ?? nothing}>${c}</h4>`,
  (c, p, id) => html`<h5 part=${p} id=${id ?? nothing}>${c}</h5>`,
  (c, p, id) => html`<h6 part=${p} id=${id ?? nothing}>${c}</h6>`,
];

/** A native heading of `level` (1–6). */
export const heading = (level: number, content: unknown, part = 'title', id?: string): TemplateResult =>
  headings[Math.min(6, Math.max(1, level)) - 1]!(content, part, id);

const run = (r: Run): unknown =>
  typeof r === 'string'
    ? r
    : r.href
      ? html`<a href=${r.href} lang=${r.lang ?? nothing}>${r.text}</a>`
      : r.lang
        ? html`<span lang=${r.lang}>${r.text}</span>`
        : r.text;

/** The inline content of a paragraph. */
export const inline = (p: Paragraph): unknown => (typeof p === 'string' ? p : p.map(run));

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

/** An `<img>`; lazy unless it is the first thing a reader sees. `path` locates it in the JSON for errors. */
export const img = (i: Image, path: string, part = 'image', eager = false): TemplateResult =>
  // Bindings apply in order, and WebKit starts fetching as soon as `src` is set: `loading`, `sizes` and
  // `srcset` must come first, or lazy images load at once and at the wrong size.
  html`<img
    part=${part}
    loading=${eager ? 'eager' : 'lazy'}
    fetchpriority=${eager ? 'high' : nothing}
    decoding="async"
    width=${i.width ?? nothing}
    height=${i.height ?? nothing}
    sizes=${i.sizes ?? nothing}
    srcset=${i.srcset ?? nothing}
    src=${i.src}
    alt=${i.alt}
    data-path=${path}
    @error=${onImageError}
    @load=${onImageLoad}
  />`;

/** The credit line: "Quelle: Name" / "Credit: Name". */
export const credit = (name: string | undefined, localize: LocalizeController): unknown =>
  name ? html`<span part="credit">${localize.strings.credit} ${name}</span>` : nothing;

/** `<figure>` with the image, and a caption with title, caption text and credit when there are any. */
export const figure = (i: Image, path: string, localize: LocalizeController, eager = false): TemplateResult =>
  html`<figure part="figure">
    ${img(i, path, 'image', eager)}
    ${
      i.title || i.caption || i.credit
        ? html`<figcaption part="caption">
          ${i.title ? html`<span part="image-title">${i.title}</span>` : nothing} ${i.caption} ${credit(i.credit, localize)}
        </figcaption>`
        : nothing
    }
  </figure>`;
