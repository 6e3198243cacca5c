import { image, imageFields, paragraph, type Image, type Paragraph } from '../core/schema.js';
import {
  array,
  isoDate,
  langTag,
  object,
  opt,
  text,
  variant,
  type Agreed,
  type Check,
  type Infer,
} from '../core/validate.js';
import { galleryFields, type Gallery } from '../gallery/gallery.schema.js';
import { infoboxFields, type Infobox } from '../infobox/infobox.schema.js';
import { quoteFields, type Quote } from '../quote/quote.schema.js';

/** A subheading in the body of a report. */
export interface HeadingBlock {
  type: 'heading';
  /** The heading text (one level below the report's title). */
  text: string;
}

/** A paragraph in the body of a report. */
export interface ParagraphBlock {
  type: 'paragraph';
  /** The paragraph. */
  text: Paragraph;
}

/** An image in the body of a report. */
export interface ImageBlock extends Image {
  type: 'image';
}

/** A quotation in the body of a report, as `<report-quote>` shows it. */
export interface QuoteBlock extends Quote {
  type: 'quote';
}

/** A gallery in the body of a report, as `<report-gallery>` shows it. */
export interface GalleryBlock extends Gallery {
  type: 'gallery';
}

/** An infobox in the body of a report, as `<report-infobox>` shows it. */
export interface InfoboxBlock extends Infobox {
  type: 'infobox';
}

/** One block of a report, told apart by `type`. */
export type Block = HeadingBlock | ParagraphBlock | ImageBlock | QuoteBlock | GalleryBlock | InfoboxBlock;

/**
 * One block of a report, told apart by `type`. Unknown block types are reported and skipped. The other variants
 * reuse shapes that agree with their interfaces already; `satisfies` checks the keys of the two of its own both
 * ways and their results against the interfaces, at no cost (named shapes would add bytes to the standalone bundle).
 */
export const block: Check<Block> = variant({
  heading: object({ text } satisfies Record<Exclude<keyof HeadingBlock, 'type'>, unknown>) satisfies Check<
    Omit<HeadingBlock, 'type'>
  >,
  paragraph: object({ text: paragraph } satisfies Record<
    Exclude<keyof ParagraphBlock, 'type'>,
    unknown
  >) satisfies Check<Omit<ParagraphBlock, 'type'>>,
  image: object(imageFields),
  quote: object(quoteFields),
  gallery: object(galleryFields),
  infobox: object(infoboxFields),
});

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
  /**
   * Language of the report (BCP 47, e.g. `de`), when it may differ from the page's: the rendered report is
   * marked with it (pronunciation, hyphenation), and its quotation marks and dates follow it; buttons and labels
   * follow the page.
   */
  lang?: string;
}

/** The shape of {@link Article}. */
export const articleFields = {
  kicker: opt(text),
  title: text,
  date: opt(isoDate),
  lead: opt(paragraph),
  image: opt(image),
  blocks: array(block),
  lang: opt(langTag),
};

/** Content of `<report-article>`: a whole report. */
export const article: Check<Agreed<Article, Infer<typeof articleFields>>> = object(articleFields);
