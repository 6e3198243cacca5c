import { attr, imageOf, paragraphOf, textOf, textWithout, without } from '../core/markup.js';

const QUOTES_START = /^\s*["'„“”‚‘’«»‹›]+/;
const QUOTES_END = /["'„“”‚‘’«»‹›]+\s*$/;

/** Who said it, with the role split off at the first comma unless marked (`.author`, `.role`). */
function attribution(el: Element | null | undefined): { author?: string; role?: string } {
  const marked = el?.querySelector('.author');
  if (marked) return { author: textOf(marked), role: textOf(el!.querySelector('.role')) };
  // "— Doreen Barth, Coachin im Projekt L.IGA"
  const [author, ...role] = (textWithout(el, 'img') ?? '').replace(/^[-–—]\s*/, '').split(',');
  return { author: author?.trim() || undefined, role: role.join(',').trim() || undefined };
}

/**
 * Reads a quote from `<blockquote>` (WordPress Quote and Pullquote blocks, CKEditor 5, plain HTML): its
 * paragraphs are the text; the attribution is a `<cite>` inside it or the `<figcaption>` of the figure
 * around it; `blockquote[cite]` is the source; an image in the attribution is the portrait.
 */
export function readQuote(root: Element): unknown {
  const quote = root.localName === 'blockquote' ? root : root.querySelector('blockquote');
  if (!quote) return undefined;
  const by = quote.querySelector('cite, footer') ?? root.querySelector('figcaption');
  // Not the attribution's paragraph: CKEditor 5 and wpautop write `<p><cite>…</cite></p>` inside the quote.
  const paragraphs = [...quote.querySelectorAll('p')].filter(
    (p) => !by?.contains(p) && !(by && p.contains(by)) && textOf(p),
  );
  const parts = paragraphs.length ? paragraphs : [quote];
  // Several paragraphs become one, joined by a space (the quote shape holds one paragraph).
  const text = parts.flatMap((p, i) => {
    const read = paragraphOf(p === quote ? without(quote, 'cite, footer') : p);
    return [...(i ? [' '] : []), ...(typeof read === 'string' ? [read] : (read as unknown[]))];
  });
  // Editors often type the quotation marks; the element sets them in the reader's language.
  const last = text.length - 1;
  if (typeof text[0] === 'string') text[0] = text[0].replace(QUOTES_START, '');
  if (typeof text[last] === 'string') text[last] = (text[last] as string).replace(QUOTES_END, '');
  const portrait = by?.querySelector('img');
  return {
    text: text.every((r) => typeof r === 'string') ? text.join('') : text,
    ...attribution(by),
    cite: attr(quote, 'cite'),
    image: portrait ? imageOf(portrait) : undefined,
  };
}
