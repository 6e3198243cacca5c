/**
 * Fetching an element's content from its `src`. Client only: the element calls it after an update or on
 * connect, never while rendering.
 */

/**
 * Fetches `url` and parses its body as JSON, giving up after `ms` milliseconds. Resolves to `{ value, url }`, or to
 * a message that says what went wrong (after an abort through `ctl` the caller ignores it). Never rejects.
 */
export async function fetchJson(
  url: string,
  ctl: AbortController,
  ms: number,
): Promise<{ value: unknown; url: string } | string> {
  const timer = setTimeout(() => ctl.abort(), ms);
  try {
    const res = await fetch(url, { signal: ctl.signal });
    // Not res.json(): WebKit's error for a bad body does not say what is wrong, JSON.parse's does.
    // `url` after redirects: relative URLs in the content resolve against it, as in a stylesheet.
    return res.ok
      ? { value: JSON.parse(await res.text()) as unknown, url: res.url || new URL(url, document.baseURI).href }
      : `HTTP ${res.status} ${res.statusText}`.trimEnd();
  } catch (e) {
    // Aborted by the timer, or deliberately (and then nobody reads this).
    return ctl.signal.aborted ? `timed out after ${ms} ms` : String(e);
  } finally {
    clearTimeout(timer);
  }
}
