/**
 * Registers `<report-article>` and the elements it renders blocks with. Importing this module is the side
 * effect; the class is re-exported.
 */
import '../gallery/report-gallery.js';
import '../infobox/report-infobox.js';
import '../quote/report-quote.js';
import { ReportArticle } from './article.js';

if (!customElements.get('report-article')) customElements.define('report-article', ReportArticle);

declare global {
  interface HTMLElementTagNameMap {
    'report-article': ReportArticle;
  }
}

export { ReportArticle };
export type {
  Article,
  Block,
  GalleryBlock,
  HeadingBlock,
  ImageBlock,
  InfoboxBlock,
  ParagraphBlock,
  QuoteBlock,
} from './article.schema.js';
