/** The standalone bundle's entry: registers every element. */
import './article/report-article.js';
import './gallery/report-gallery.js';
import './infobox/report-infobox.js';
import './quote/report-quote.js';
import './teaser/report-teaser.js';

export * from './index.js';
