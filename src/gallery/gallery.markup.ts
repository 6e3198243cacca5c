import { headingIn, imageOf, ownCaption, textOf } from '../core/markup.js';

/**
 * Reads a gallery from the images in `root`: a WordPress Gallery or Image block, CKEditor 5 `figure.image`s,
 * or plain `<figure>`s. Each image takes the caption of its own figure; the title is a heading, or the
 * caption of the figure around several images (WordPress' gallery caption).
 */
export function readGallery(root: Element): unknown {
  const images = [...root.querySelectorAll('img')];
  if (!images.length) return undefined;
  const title = [...root.querySelectorAll('figcaption')].find(
    (c) => c.parentElement!.querySelectorAll('img').length > 1,
  );
  return {
    title: textOf(headingIn(root) ?? title),
    images: images.map((img) => imageOf(img, ownCaption(img))),
  };
}
