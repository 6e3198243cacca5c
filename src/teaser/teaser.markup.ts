import { attr, headingIn, imageOf, ownCaption, textOf, textWithout } from '../core/markup.js';

/**
 * Reads a teaser: a heading with a link (title and `href`; a `.kicker` inside it is the kicker), a `<time
 * datetime>`, the first paragraph (summary) and an image with its credit.
 */
export function readTeaser(root: Element): unknown {
  const title = headingIn(root);
  if (!title) return root.children.length ? { title: undefined } : undefined;
  const link = title.querySelector('a[href]');
  const image = root.querySelector('img');
  return {
    kicker: textOf(title.querySelector('.kicker')),
    title: textOf(link) ?? textWithout(title, '.kicker'),
    href: attr(link, 'href'),
    date: attr(root.querySelector('time'), 'datetime'),
    summary: textOf([...root.querySelectorAll('p')].find((p) => !p.closest('figure'))),
    image: image ? imageOf(image, ownCaption(image)) : undefined,
  };
}
