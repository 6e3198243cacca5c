/**
 * The one URL allowlist. Content comes from a CMS and is untrusted: a link must never run script.
 */

/** `link`: `<a href>` and `cite`; `image`: `<img src|srcset>`; `json`: an element's `src` (fetched). */
export type UrlKind = 'link' | 'image' | 'json';

/**
 * The schemes each use allows besides relative URLs (and, for images, `data:image/…`): the one list that the
 * check below, its messages (`validate.ts`) and the published JSON Schema's patterns are made from.
 */
export const SCHEMES: Readonly<Record<UrlKind, readonly string[]>> = {
  link: ['http', 'https', 'mailto', 'tel'],
  image: ['http', 'https'],
  json: ['http', 'https'],
};

/**
 * Returns the URL as the browser will read it when its scheme is allowed for `use`, else `undefined`.
 * Relative URLs are allowed; images may also be `data:image/…`.
 */
export function safeUrl(raw: string, use: UrlKind): string | undefined {
  // Normalise exactly as the URL parser does before it reads the scheme: it strips leading/trailing C0
  // controls and spaces and drops tabs and newlines anywhere, so " java\tscript:" means "javascript:".
  const url = raw.replace(/[\t\n\r]/g, '').replace(/^[\0- ]+|[\0- ]+$/g, '');
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(url)?.[1];
  if (!url) return undefined;
  if (scheme === undefined) return url;
  if (use === 'image' && /^data:image\//i.test(url)) return url;
  return SCHEMES[use].includes(scheme.toLowerCase()) ? url : undefined;
}
