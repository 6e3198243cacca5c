/**
 * Shapes shared by several elements: images and rich text.
 */
import { array, either, fail, langTag, object, opt, size, srcset, str, text, url, type Check } from './validate.js';

/** An image. `alt` is required and may be `""` for a purely decorative image. */
export interface Image {
  /** http(s), relative or `data:image/…` URL. */
  src: string;
  /** Text alternative; `""` marks the image as decorative. */
  alt: string;
  /** Intrinsic width in pixels; with `height` it reserves space before the image loads. */
  width?: number;
  /** Intrinsic height in pixels. */
  height?: number;
  /** Responsive candidates, as in `<img srcset>`; every URL passes the allowlist. */
  srcset?: string;
  /** As in `<img sizes>`. */
  sizes?: string;
  /** Short title (shown in the lightbox). */
  title?: string;
  /** Caption text. */
  caption?: string;
  /** Photo credit, without the "Credit:" label (the element adds it in the page's language). */
  credit?: string;
}

/** A piece of inline text: plain, or a link (`href`) and/or in another language (`lang`). */
export type Run = string | { text: string; href?: string; lang?: string };

/** A paragraph: a string, or runs rendered one after another (put spaces inside the strings). */
export type Paragraph = string | Run[];

export const imageFields = {
  src: url('image'),
  alt: str,
  width: opt(size),
  height: opt(size),
  srcset: opt(srcset),
  sizes: opt(text),
  title: opt(text),
  caption: opt(text),
  credit: opt(text),
};

export const image: Check<Image> = object(imageFields);

/** An inline run; a rejected `href` is reported and the run renders as plain text. */
export const run: Check<Run> = either(object({ text, href: opt(url('link')), lang: opt(langTag) }));

export const paragraph: Check<Paragraph> = (v, p, i) =>
  typeof v === 'string' ? text(v, p, i) : Array.isArray(v) ? array(run, 1)(v, p, i) : fail(i, p, 'expected a string or an array of runs');
