/**
 * Reading content from plain semantic markup, for editors who cannot write JSON: what a CMS editor produces
 * (WordPress core blocks, CKEditor 5, plain HTML5) becomes the same raw content as the JSON would be, and
 * goes through the same checks. Only text and attribute values are taken (URLs then pass the allowlist);
 * no markup is copied and nothing is run.
 */

/** Text as a reader sees it: white space collapsed; `undefined` when there is none. */
export const textOf = (node: Node | null | undefined): string | undefined =>
  node?.textContent?.replace(/\s+/g, ' ').trim() || undefined;

/** A copy of `el` without the parts that `skip` matches (the original stays as the editor wrote it). */
export function without(el: Element, skip: string): Element {
  const copy = el.cloneNode(true) as Element;
  for (const part of copy.querySelectorAll(skip)) part.remove();
  return copy;
}

/** Text of `el` without the parts that `skip` matches (e.g. a caption without its credit). */
export const textWithout = (el: Element | null | undefined, skip: string): string | undefined =>
  el ? textOf(without(el, skip)) : undefined;

/** An attribute's value, `undefined` when absent. */
export const attr = (el: Element | null | undefined, name: string): string | undefined =>
  el?.getAttribute(name) ?? undefined;

/** The first heading inside `root`. */
export const headingIn = (root: Element): Element | null => root.querySelector('h1, h2, h3, h4, h5, h6');

function collectRuns(node: Node, out: unknown[]): void {
  for (const n of node.childNodes) {
    if (!(n instanceof Element)) out.push(n.nodeType === Node.TEXT_NODE ? n.textContent : '');
    else if (n.localName === 'br') out.push(' ');
    else if ((n.localName === 'a' && n.hasAttribute('href')) || n.hasAttribute('lang')) {
      out.push({
        text: textOf(n) ?? '',
        href: n.localName === 'a' ? attr(n, 'href') : undefined,
        lang: attr(n, 'lang') || undefined,
      });
    }
    // Emphasis and other phrasing markup: its text, and the links inside it.
    else collectRuns(n, out);
  }
}

/**
 * The inline content of `el` as a paragraph: one string, or runs where it holds links or language changes
 * (other inline markup is read as its text).
 */
export function paragraphOf(el: Element): unknown {
  const parts: unknown[] = [];
  collectRuns(el, parts);
  const runs: unknown[] = [];
  for (const part of parts) {
    const last = runs.length - 1;
    if (typeof part === 'string' && typeof runs[last] === 'string') runs[last] += part;
    else runs.push(part);
  }
  const out = runs.map((r) => (typeof r === 'string' ? r.replace(/\s+/g, ' ') : r));
  const end = out.length - 1;
  if (typeof out[0] === 'string') out[0] = out[0].trimStart();
  if (typeof out[end] === 'string') out[end] = (out[end] as string).trimEnd();
  const result = out.filter((r) => r !== '');
  return result.length === 1 && typeof result[0] === 'string' ? result[0] : result;
}

/** A credit written into a caption the usual way: "… Foto: Name" or "(Quelle: Name)". */
const CREDIT = /\s*\(?\b(?:fotos?|bild|quelle|credit|photo)\s*:\s*([^()]+?)\)?\.?$/i;

/**
 * An image from `<img>` and the caption that belongs to it: the credit from `<small>` (or `.credit`) in the
 * caption, or a trailing "Foto: …"; a title from `img[title]` or a leading `<strong>`.
 */
export function imageOf(img: Element, caption?: Element | null): Record<string, unknown> {
  const credit = caption?.querySelector('small, .credit');
  const title = caption?.querySelector(':scope > strong:first-child, :scope > b:first-child');
  let text = textWithout(caption, 'small, .credit, :scope > strong:first-child, :scope > b:first-child');
  let written = textOf(credit);
  const match = written ? undefined : text && CREDIT.exec(text);
  if (match) [text, written] = [text!.slice(0, match.index).trim() || undefined, match[1]];
  const size = (name: string) => Number(attr(img, name)) || undefined;
  return {
    src: attr(img, 'src'),
    alt: attr(img, 'alt'),
    width: size('width'),
    height: size('height'),
    srcset: attr(img, 'srcset'),
    sizes: attr(img, 'sizes'),
    title: attr(img, 'title') || textOf(title),
    caption: text,
    credit: written?.replace(/^(?:fotos?|bild|quelle|credit|photo)\s*:\s*/i, ''),
  };
}

/** The caption of the `<figure>` that holds `img` and no other image. */
export const ownCaption = (img: Element): Element | null | undefined => {
  const figure = img.closest('figure');
  return figure && figure.querySelectorAll('img').length === 1
    ? figure.querySelector(':scope > figcaption')
    : undefined;
};
