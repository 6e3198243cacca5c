import { image, imageFields, paragraph, type Image, type Paragraph } from '../core/schema.js';
import { array, isoDate, object, opt, text, variant, type Check } from '../core/validate.js';
import { galleryFields, type Gallery } from '../gallery/gallery.schema.js';
import { infoboxFields, type Infobox } from '../infobox/infobox.schema.js';
import { quoteFields, type Quote } from '../quote/quote.schema.js';

/** One block of a report, told apart by `type`. */
export type Block =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: Paragraph }
  | ({ type: 'image' } & Image)
  | ({ type: 'quote' } & Quote)
  | ({ type: 'gallery' } & Gallery)
  | ({ type: 'infobox' } & Infobox);

/** Content of `<report-article>`: a whole report. */
export interface Article {
  /** Short line above the title. */
  kicker?: string;
  /** The report's title (an `<h1>` by default). */
  title: string;
  /** Publication date, `YYYY-MM-DD`. */
  date?: string;
  /** The lead paragraph, set larger. */
  lead?: Paragraph;
  /** The main image, loaded eagerly. */
  image?: Image;
  /** The body, in order. Unknown block types are reported and skipped. */
  blocks: Block[];
}

export const block: Check<Block> = variant({
  heading: object({ text }),
  paragraph: object({ text: paragraph }),
  image: object(imageFields),
  quote: object(quoteFields),
  gallery: object(galleryFields),
  infobox: object(infoboxFields),
});

export const article: Check<Article> = object({
  kicker: opt(text),
  title: text,
  date: opt(isoDate),
  lead: opt(paragraph),
  image: opt(image),
  blocks: array(block),
});
