import { image, paragraph } from '../core/schema.js';
import { langTag, object, opt, text, url, type Check, type Infer } from '../core/validate.js';

export const quoteFields = {
  /** What was said, without quotation marks (the element adds them for the page's language). */
  text: paragraph,
  /** Who said it. */
  author: opt(text),
  /** The speaker's role or organisation. */
  role: opt(text),
  /** URL of the source; becomes `<blockquote cite>` and a visible source link. */
  cite: opt(url('link')),
  /** Portrait of the speaker (usually `alt: ""`, the name is in the caption). */
  image: opt(image),
  /** Language of the quote (BCP 47, e.g. `de`), when it may differ from the page's; its quotation marks follow it. */
  lang: opt(langTag),
};

/** Content of `<report-quote>`. */
export type Quote = Infer<typeof quoteFields>;

/** Content of `<report-quote>`. */
export const quote: Check<Quote> = object(quoteFields);
