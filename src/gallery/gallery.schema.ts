import { image } from '../core/schema.js';
import { array, langTag, object, opt, text, type Check, type Infer } from '../core/validate.js';

export const galleryFields = {
  /** Heading above the thumbnails; also names the lightbox when an image has no title. */
  title: opt(text),
  /** The images, at least one. Invalid images are reported and left out. */
  images: array(image, 1),
  /** Language of the title, alt texts and captions (BCP 47, e.g. `de`), when it may differ from the page's. */
  lang: opt(langTag),
};

/** Content of `<report-gallery>`. */
export type Gallery = Infer<typeof galleryFields>;

/** Content of `<report-gallery>`. */
export const gallery: Check<Gallery> = object(galleryFields);
