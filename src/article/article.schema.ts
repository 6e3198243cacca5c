import { image, imageFields, paragraph } from '../core/schema.js';
import {
  array,
  isoDate,
  langTag,
  object,
  opt,
  text,
  variant,
  type Check,
  type Infer,
  type Out,
} from '../core/validate.js';
import { galleryFields } from '../gallery/gallery.schema.js';
import { infoboxFields } from '../infobox/infobox.schema.js';
import { quoteFields } from '../quote/quote.schema.js';

/** One block of a report, told apart by `type`. Unknown block types are reported and skipped. */
export const block = variant({
  heading: object({
    /** The heading text (one level below the report's title). */
    text,
  }),
  paragraph: object({
    /** The paragraph. */
    text: paragraph,
  }),
  image: object(imageFields),
  quote: object(quoteFields),
  gallery: object(galleryFields),
  infobox: object(infoboxFields),
});

/** One block of a report, told apart by `type`. */
export type Block = Out<typeof block>;

export const articleFields = {
  /** Short line above the title. */
  kicker: opt(text),
  /** The report's title (an `<h1>` by default). */
  title: text,
  /** Publication date, `YYYY-MM-DD`. */
  date: opt(isoDate),
  /** The lead paragraph, set larger. */
  lead: opt(paragraph),
  /** The main image, loaded eagerly. */
  image: opt(image),
  /** The body, in order. Unknown block types are reported and skipped. */
  blocks: array(block),
  /**
   * Language of the report (BCP 47, e.g. `de`), when it may differ from the page's: the rendered report is
   * marked with it (pronunciation, hyphenation), and its quotation marks and dates follow it; buttons and labels
   * follow the page.
   */
  lang: opt(langTag),
};

/** Content of `<report-article>`: a whole report. */
export type Article = Infer<typeof articleFields>;

/** Content of `<report-article>`: a whole report. */
export const article: Check<Article> = object(articleFields);
