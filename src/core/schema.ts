/**
 * Shapes shared by several elements: images and rich text.
 *
 * Each part of the data contract is written twice, side by side, and the compiler keeps the two equal: a named
 * interface (what `.d.ts` files, editors and error messages show; its JSDoc becomes the field's `description`
 * in the JSON Schema) and the shape the runtime check is built from (which `scripts/build-schema.mjs` turns
 * into the published JSON Schema). `Agreed` (see `validate.ts`) fails the build when they drift apart.
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
  type Agreed,
  type Check,
  type Infer,
} from './validate.js';

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

/** The shape of {@link Image}. */
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

/** An image. */
export const image: Check<Agreed<Image, Infer<typeof imageFields>>> = object(imageFields);

/** A piece of inline text that is a link (`href`) and/or in another language (`lang`). */
export interface TextRun {
  /** The text of the run. */
  text: string;
  /** Makes the run a link; a rejected URL is reported and the run renders as plain text. */
  href?: string;
  /** Language of the run, e.g. `en` for an English phrase in a German report. */
  lang?: string;
}

/** A piece of inline text: plain, or a link (`href`) and/or in another language (`lang`). */
export type Run = string | TextRun;

// Written inline (a named shape would cost the standalone bundle bytes): `satisfies` checks the keys both ways
// and the check's result against the interface, at no cost.
/** A piece of inline text: plain, or a link (`href`) and/or in another language (`lang`). */
export const run: Check<Run> = either(
  str,
  object({ text, href: opt(url('link')), lang: opt(langTag) } satisfies Record<
    keyof TextRun,
    unknown
  >) satisfies Check<TextRun>,
);

/** A paragraph: a string, or runs rendered one after another (put spaces inside the strings). */
export type Paragraph = string | Run[];

/** A paragraph: a string, or runs rendered one after another (put spaces inside the strings). */
export const paragraph: Check<Paragraph> = either(text, array(run, 1));
