import { image, type Image } from '../core/schema.js';
import { array, object, opt, text, type Check } from '../core/validate.js';

/** Content of `<report-gallery>`. */
export interface Gallery {
  /** Heading above the thumbnails; also names the lightbox when an image has no title. */
  title?: string;
  /** The images, at least one. Invalid images are reported and left out. */
  images: Image[];
}

export const galleryFields = {
  title: opt(text),
  images: array(image, 1),
};

export const gallery: Check<Gallery> = object(galleryFields);
