import { image, type Image } from '../core/schema.js';
import { array, langTag, object, opt, text, type Agreed, type Check, type Infer } from '../core/validate.js';

/** Content of `<report-gallery>`. */
export interface Gallery {
  /** Heading above the thumbnails; also names the lightbox when an image has no title. */
  title?: string;
  /** The images, at least one. Invalid images are reported and left out. */
  images: Image[];
  /** Language of the title, alt texts and captions (BCP 47, e.g. `de`), when it may differ from the page's. */
  lang?: string;
}

/** The shape of {@link Gallery}. */
export const galleryFields = {
  title: opt(text),
  images: array(image, 1),
  lang: opt(langTag),
};

/** Content of `<report-gallery>`. */
export const gallery: Check<Agreed<Gallery, Infer<typeof galleryFields>>> = object(galleryFields);
