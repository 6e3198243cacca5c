import { image, paragraph, type Image, type Paragraph } from '../core/schema.js';
import { object, opt, text, url, type Check } from '../core/validate.js';

/** Content of `<report-quote>`. */
export interface Quote {
  /** What was said, without quotation marks (the element adds them for the page's language). */
  text: Paragraph;
  /** Who said it. */
  author?: string;
  /** The speaker's role or organisation. */
  role?: string;
  /** URL of the source; becomes `<blockquote cite>` and a visible source link. */
  cite?: string;
  /** Portrait of the speaker (usually `alt: ""`, the name is in the caption). */
  image?: Image;
}

export const quoteFields = {
  text: paragraph,
  author: opt(text),
  role: opt(text),
  cite: opt(url('link')),
  image: opt(image),
};

export const quote: Check<Quote> = object(quoteFields);
