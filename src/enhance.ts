/**
 * Class-marked enhancement: markup that an editor marked with the class `report-gallery`, `report-quote` or
 * `report-infobox` (e.g. a WordPress block's "Additional CSS class(es)") is wrapped in that element, which
 * reads its content from the markup and keeps it as the fallback. The standalone bundle does this for the
 * whole page and for markup added later.
 */

const KINDS = ['gallery', 'quote', 'infobox'] as const;
const MARKED = KINDS.map((k) => `.report-${k}`).join(', ');
const OURS = 'report-article, report-gallery, report-infobox, report-quote, report-teaser';

/** Wraps every marked element in `root` (and `root` itself, if marked) in its report element. */
export function enhance(root: ParentNode = document): void {
  const found = [...root.querySelectorAll(MARKED)];
  if (root instanceof Element && root.matches(MARKED)) found.unshift(root);
  for (const el of found) {
    // Inside one of ours (or ours already): that element reads it.
    if (el.parentElement?.closest(OURS) || el.matches(OURS)) continue;
    // HTML only (an SVG drawing may carry any class); the first marking class decides.
    const kind = KINDS.find((k) => el.classList.contains(`report-${k}`));
    if (!kind || !(el instanceof HTMLElement)) continue;
    const host = document.createElement(`report-${kind}`);
    el.before(host);
    host.append(el);
  }
}

/** Enhances the document now and whatever is added to it later (one observer for the page). */
export function enhanceDocument(): void {
  enhance();
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n instanceof Element && n.isConnected) enhance(n);
  }).observe(document.documentElement, { childList: true, subtree: true });
}
