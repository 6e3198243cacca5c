import { attr, imageOf, ownCaption, paragraphOf, textOf, textWithout } from '../core/markup.js';
import { readGallery } from '../gallery/gallery.markup.js';
import { readInfobox } from '../infobox/infobox.markup.js';
import { readQuote } from '../quote/quote.markup.js';

const GALLERY = '.report-gallery, .wp-block-gallery, report-gallery';

/** The block a piece of body markup stands for, with its own language if it has one. */
function blockOf(el: Element): Record<string, unknown> | undefined {
  const block = contentOf(el);
  const lang = attr(el, 'lang');
  return block && lang && block.type !== 'heading' && block.type !== 'paragraph' && block.type !== 'image'
    ? { ...block, lang }
    : block;
}

/** The block a piece of body markup stands for, or `undefined` for markup that carries none. */
function contentOf(el: Element): Record<string, unknown> | undefined {
  const name = el.localName;
  const images = el.querySelectorAll('img').length;
  if (/^h[2-6]$/.test(name)) return { type: 'heading', text: textOf(el) };
  if (el.matches('aside, .report-infobox, report-infobox')) return { type: 'infobox', ...(readInfobox(el) as object) };
  if (el.matches(`blockquote, .report-quote, report-quote, figure:has(> blockquote)`))
    return { type: 'quote', ...(readQuote(el) as object) };
  if (el.matches(GALLERY) || images > 1) return { type: 'gallery', ...(readGallery(el) as object) };
  if (images) {
    const img = el.querySelector('img')!;
    return { type: 'image', ...imageOf(img, ownCaption(img)) };
  }
  if (name === 'p' && textOf(el)) return { type: 'paragraph', text: paragraphOf(el) };
  return undefined;
}

/**
 * Reads a whole report from a run of markup (directly in the tag, or in one `<article>`): a heading is the
 * title (a `.kicker` inside it the kicker), a `<time datetime>` the date, `p.lead` the lead, a figure before
 * the body the main image; then headings, paragraphs, images, quotes, galleries and asides are the blocks.
 */
export function readArticle(root: Element): unknown {
  const container = root.querySelector(':scope > article') ?? root;
  // A <header> (and the article's own wrappers) hold blocks too: read through them.
  const children = [...container.children].flatMap((c) => (c.localName === 'header' ? [...c.children] : [c]));
  const title = children.find((c) => /^h[1-6]$/.test(c.localName));
  if (!title) return children.length ? { title: undefined } : undefined;
  const article: Record<string, unknown> = {
    kicker: textOf(title.querySelector('.kicker')),
    title: textWithout(title, '.kicker'),
    date: attr(container.querySelector('time[datetime]'), 'datetime'),
  };
  const blocks: unknown[] = [];
  for (const el of children.slice(children.indexOf(title) + 1)) {
    if (el.matches('p.lead')) article.lead = paragraphOf(el);
    // The date, alone or in a paragraph of its own, is read above.
    else if (textOf(el) === textOf(el.querySelector('time')) || el.localName === 'time') continue;
    else {
      const block = blockOf(el);
      // A figure before the body is the main image.
      if (block?.type === 'image' && !blocks.length && !article.image) article.image = { ...block, type: undefined };
      else if (block) blocks.push(block);
    }
  }
  return { ...article, blocks };
}
