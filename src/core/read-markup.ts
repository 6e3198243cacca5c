/**
 * Every element's markup reader, in one module that the intake loads on demand: only pages whose elements
 * carry plain markup and no JSON need it, so the others do not pay its bytes.
 */
export { readArticle } from '../article/article.markup.js';
export { readGallery } from '../gallery/gallery.markup.js';
export { readInfobox } from '../infobox/infobox.markup.js';
export { readQuote } from '../quote/quote.markup.js';
export { readTeaser } from '../teaser/teaser.markup.js';
