import { attr, headingIn, paragraphOf, textOf } from '../core/markup.js';

/**
 * Reads an infobox from an `<aside>` (or `<section>`, or the markup as it is): a heading is the title, a short
 * element before it (`<p class="label">`) the label, the paragraphs the body and the items of a list of
 * links the further links.
 */
export function readInfobox(root: Element): unknown {
  const box = root.querySelector('aside, section') ?? root;
  const title = headingIn(box);
  if (!title) return root.children.length ? { title: undefined } : undefined;
  const label = title.previousElementSibling;
  return {
    label: textOf(label),
    title: textOf(title),
    body: [...box.querySelectorAll('p')].filter((p) => p !== label && !p.closest('li') && textOf(p)).map(paragraphOf),
    links: [...box.querySelectorAll('li')].map((li) => ({
      text: textOf(li),
      href: attr(li.querySelector('a'), 'href'),
    })),
  };
}
