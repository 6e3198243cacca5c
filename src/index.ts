/**
 * report-elements: classes and types only. Importing this module registers nothing; import
 * `report-elements/<element>` (or load `report-elements.js`) to define the tags.
 */
export { ReportArticle } from './article/article.js';
export { ReportElement } from './core/element.js';
export { registerTranslation } from './core/i18n.js';
export { safeUrl } from './core/url.js';
export { ReportGallery } from './gallery/gallery.js';
export { ReportInfobox } from './infobox/infobox.js';
export { ReportQuote } from './quote/quote.js';
export { ReportTeaser } from './teaser/teaser.js';
export type * from './types.js';
