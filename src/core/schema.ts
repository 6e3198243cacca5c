/**
 * Shapes shared by several elements: images and rich text.
 *
 * Each shape is the one definition of its part of the data contract: the TypeScript type is inferred from it,
 * the runtime check is built from it, and `scripts/build-schema.mjs` turns it into the published JSON Schema
 * (the JSDoc on each field becomes the field's `description`).
 */
import {
  array,
  either,
  langTag,
  object,
  opt,
  size,
  srcset,
  str,
  text,
  url,
  type Check,
  type Infer,
  type Out,
} from './validate.js';

export const imageFields = {
  /** http(s), relative or `data:image/…` URL. */
  src: url('image'),
  /** Text alternative; `""` marks the image as decorative. */
  alt: str,
  /** Intrinsic width in pixels; with `height` it reserves space before the image loads. */
  width: opt(size),
  /** Intrinsic height in pixels. */
  height: opt(size),
  /** Responsive candidates, as in `<img srcset>`; every URL passes the allowlist. */
  srcset: opt(srcset),
  /** As in `<img sizes>`. */
  sizes: opt(text),
  /** Short title (shown in the lightbox). */
  title: opt(text),
  /** Caption text. */
  caption: opt(text),
  /** Photo credit, without the "Credit:" label (the element adds it in the page's language). */
  credit: opt(text),
};

/** An image. `alt` is required and may be `""` for a purely decorative image. */
export type Image = Infer<typeof imageFields>;

/** An image. */
export const image: Check<Image> = object(imageFields);

/** A piece of inline text: plain, or a link (`href`) and/or in another language (`lang`). */
export const run = either(
  str,
  object({
    /** The text of the run. */
    text,
    /** Makes the run a link; a rejected URL is reported and the run renders as plain text. */
    href: opt(url('link')),
    /** Language of the run, e.g. `en` for an English phrase in a German report. */
    lang: opt(langTag),
  }),
);

/** A piece of inline text: plain, or a link (`href`) and/or in another language (`lang`). */
export type Run = Out<typeof run>;

/** A paragraph: a string, or runs rendered one after another (put spaces inside the strings). */
export const paragraph = either(text, array(run, 1));

/** A paragraph: a string, or runs rendered one after another (put spaces inside the strings). */
export type Paragraph = Out<typeof paragraph>;
