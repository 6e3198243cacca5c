/** The standalone bundle's entry: registers every element and enhances class-marked markup on the page. */
import './article/report-article.js';
import { enhanceDocument } from './enhance.js';
import './gallery/report-gallery.js';
import './infobox/report-infobox.js';
import './quote/report-quote.js';
import './teaser/report-teaser.js';

enhanceDocument();

export * from './index.js';
export { enhance } from './enhance.js';
