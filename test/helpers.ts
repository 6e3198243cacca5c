/** Shared test helpers: the seed report, and recorders for errors the page would see. */
import type { ReportErrorDetail } from '../src/core/events.js';

export { seed, seedGallery, seedInfobox, seedQuotes } from './fixtures/seed.js';

/**
 * Waits (at most a second, never failing) until a lightbox's history entry is gone again. Closing the viewer
 * calls `history.back()`, which completes asynchronously; a test that ends first lets that traversal collide
 * with the runner navigating to the next test file (Firefox then times out the navigation).
 */
export async function settleHistory(win: Window = window): Promise<void> {
  for (let i = 0; i < 20 && win.history.state?.reportLightbox === true; i++) await new Promise((r) => setTimeout(r, 50));
}

// Every test file imports these helpers: let no test leave a traversal in flight.
afterEach(() => settleHistory());


/**
 * Records what a host page would notice: `report-error` events, console errors and uncaught errors.
 * Call `stop()` in `afterEach`.
 */
export function watchPage() {
  const events: CustomEvent<ReportErrorDetail>[] = [];
  const consoleCalls: unknown[][] = [];
  const uncaught: unknown[] = [];
  const onEvent = (e: Event) => events.push(e as CustomEvent<ReportErrorDetail>);
  const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);
  const original = console.error;
  console.error = (...args: unknown[]) => void consoleCalls.push(args);
  document.addEventListener('report-error', onEvent);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    events,
    consoleCalls,
    uncaught,
    /** All `{path, message}` pairs reported so far. */
    get errors() {
      return events.flatMap((e) => e.detail.errors);
    },
    get paths() {
      return events.flatMap((e) => e.detail.errors.map((x) => x.path));
    },
    stop() {
      console.error = original;
      document.removeEventListener('report-error', onEvent);
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** The element's shadow root (asserted to exist). */
export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;

/** Visible text of a shadow root (collapsed whitespace). */
export const textOf = (el: Element): string => (shadow(el).textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until every image in `root` has loaded or failed. */
export async function imagesSettled(root: ParentNode): Promise<void> {
  await Promise.all(
    [...root.querySelectorAll('img')].map((img) =>
      img.complete ? undefined : new Promise((r) => ['load', 'error'].forEach((t) => img.addEventListener(t, r, { once: true }))),
    ),
  );
}

/** Strings that must stay inert wherever they land. */
export const XSS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  '{{constructor.constructor("window.__pwned=1")()}}',
];

/** URLs that must never reach the DOM. */
export const HOSTILE_URLS = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  ' \tjava\nscript:window.__pwned=1',
  '\u0000javascript:window.__pwned=1',
  'vbscript:msgbox(1)',
  'data:text/html,<script>window.__pwned=1</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  '&#106;avascript:alert(1)'.replace('&#106;', 'j'),
];
