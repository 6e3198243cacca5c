import { image, paragraph, type Image, type Paragraph } from '../core/schema.js';
import { langTag, object, opt, text, url, type Agreed, type Check, type Infer } from '../core/validate.js';

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
  /** Language of the quote (BCP 47, e.g. `de`), when it may differ from the page's; its quotation marks follow it. */
  lang?: string;
}

/** The shape of {@link Quote}. */
export const quoteFields = {
  text: paragraph,
  author: opt(text),
  role: opt(text),
  cite: opt(url('link')),
  image: opt(image),
  lang: opt(langTag),
};

/** Content of `<report-quote>`. */
export const quote: Check<Agreed<Quote, Infer<typeof quoteFields>>> = object(quoteFields);
