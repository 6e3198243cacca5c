/**
 * report-elements: classes and types only. Importing this module registers nothing; import
 * `report-elements/<element>` (or load `report-elements.js`) to define the tags.
 */
export { ReportArticle } from './article/article.js';
export type {
  Article,
  Block,
  GalleryBlock,
  HeadingBlock,
  ImageBlock,
  InfoboxBlock,
  ParagraphBlock,
  QuoteBlock,
} from './article/article.schema.js';
export { ReportElement } from './core/element.js';
export type { ReportErrorDetail, ReportEventMap, ReportLightboxDetail, ReportLoadDetail } from './core/events.js';
export { registerTranslation, type Translation, type TranslationInput } from './core/i18n.js';
export type { Image, Paragraph, Run, TextRun } from './core/schema.js';
export { safeUrl, type UrlKind } from './core/url.js';
export type { ReportIssue } from './core/validate.js';
export { ReportGallery } from './gallery/gallery.js';
export type { Gallery } from './gallery/gallery.schema.js';
export { ReportInfobox } from './infobox/infobox.js';
export type { Infobox, InfoboxLink } from './infobox/infobox.schema.js';
export { ReportQuote } from './quote/quote.js';
export type { Quote } from './quote/quote.schema.js';
export { ReportTeaser } from './teaser/teaser.js';
// Types only: the parse functions live in `report-elements/validate`, because the standalone bundle re-exports
// this module and must not carry them.
export type { ParseResult } from './validate.js';
export type { Teaser } from './teaser/teaser.schema.js';
