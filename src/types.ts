/**
 * Every public data and event type, listed once: `report-elements` and `report-elements/react` both re-export
 * this module (types only, nothing at run time).
 */
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
export type { ReportErrorDetail, ReportEventMap, ReportLightboxDetail, ReportLoadDetail } from './core/events.js';
export type { Translation, TranslationInput } from './core/i18n.js';
export type { Image, Paragraph, Run, TextRun } from './core/schema.js';
export type { UrlKind } from './core/url.js';
export type { ReportIssue } from './core/validate.js';
export type { Gallery } from './gallery/gallery.schema.js';
export type { Infobox, InfoboxLink } from './infobox/infobox.schema.js';
export type { Quote } from './quote/quote.schema.js';
export type { Teaser } from './teaser/teaser.schema.js';
// The parse functions themselves live in `report-elements/validate`: the standalone bundle re-exports the
// index, and must not carry them.
export type { ParseResult } from './validate.js';
