/**
 * Shared test helpers: the seed report, a per-suite test environment, and recorders for errors the page would see.
 * Importing this module registers nothing: each suite makes its own `TestEnvironment` and cleans it up itself.
 */
import { expect } from '@open-wc/testing';
import type { ReportErrorDetail } from '../src/core/events.js';

export { seed, seedGallery, seedInfobox, seedQuotes } from './fixtures/seed.js';

/**
 * Waits (at most a second, never failing) until a lightbox's history entry is gone again. Closing the viewer
 * calls `history.back()`, which completes asynchronously; a test that ends first lets that traversal collide
 * with the runner navigating to the next test file (Firefox then times out the navigation).
 */
export async function settleHistory(win: Window = window): Promise<void> {
  for (let i = 0; i < 20 && win.history.state?.reportLightbox === true; i++)
    await new Promise((r) => setTimeout(r, 50));
}

/**
 * Records what a host page would notice: `report-error` events, console errors and uncaught errors.
 * Call `stop()` in `afterEach` (or take it from `TestEnvironment.watchPage()`, which stops it in `cleanup()`).
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

/** What `watchPage()` records. */
export type PageWatcher = ReturnType<typeof watchPage>;

/**
 * One suite's test environment, set up and torn down by the suite itself (as Material's `testing/environment.ts`):
 *
 *     const env = new TestEnvironment();
 *     let page: PageWatcher;
 *     beforeEach(() => (page = env.watchPage()));
 *     afterEach(() => env.cleanup());
 */
export class TestEnvironment {
  private watchers: PageWatcher[] = [];

  /** Starts recording what the page notices (see `watchPage()`) until `cleanup()`. */
  watchPage(): PageWatcher {
    const watcher = watchPage();
    this.watchers.push(watcher);
    return watcher;
  }

  /** Stops the recorders and waits until the test left no lightbox history traversal in flight. */
  async cleanup(): Promise<void> {
    for (const watcher of this.watchers.splice(0)) watcher.stop();
    await settleHistory();
  }
}

/** The element's shadow root (asserted to exist). */
export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;

/** The `i`-th element of `el`'s shadow root with the part `name` (asserted to exist). */
export const part = (el: Element, name: string, i = 0): HTMLElement =>
  shadow(el).querySelectorAll<HTMLElement>(`[part~='${name}']`)[i]!;

/** Every element of `el`'s shadow root with the part `name`. */
export const parts = (el: Element, name: string): HTMLElement[] => [
  ...shadow(el).querySelectorAll<HTMLElement>(`[part~='${name}']`),
];

/** Visible text of a shadow root (collapsed whitespace). */
export const textOf = (el: Element): string => (shadow(el).textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Resolves after `el`'s pending update and two animation frames, for checks that something did not happen:
 * whatever the update, its microtasks and the tasks they queue (an aborted request settling, a rejection
 * going unhandled, a re-render) would have done is done by then. Faster than a fixed wait, and not a guess.
 */
export async function settled(el?: { updateComplete: Promise<unknown> }): Promise<void> {
  await el?.updateComplete;
  for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
}

/** Waits until every image in `root` has loaded or failed. */
export async function imagesSettled(root: ParentNode): Promise<void> {
  await Promise.all(
    [...root.querySelectorAll('img')].map((img) =>
      img.complete
        ? undefined
        : new Promise((r) => ['load', 'error'].forEach((t) => img.addEventListener(t, r, { once: true }))),
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

// ---------------------------------------------------------------- Stylesheets and colours

/** The stylesheets of a shadow root: adopted ones, then those of `<style>` children (Lit's fallback). */
const sheetsOf = (root: ShadowRoot): CSSStyleSheet[] => [
  ...root.adoptedStyleSheets,
  ...[...root.querySelectorAll('style')].map((s) => s.sheet!),
];

/** Whether a media query list (`[...rule.media]`) names `query`, whatever the engine's spacing. */
export const mediaNames = (media: string[], query: string): boolean =>
  media.some((m) => m.replace(/\s+/g, '') === query.replace(/\s+/g, ''));

/**
 * The style rules inside the `@media` blocks of a shadow root's sheets whose query list `matches` (nested blocks
 * count: `matches` is asked for each). For engines that cannot emulate a media feature: read the rules instead.
 */
export function mediaRules(root: ShadowRoot, matches: (media: string[]) => boolean): CSSStyleRule[] {
  const found: CSSStyleRule[] = [];
  const walk = (rules: CSSRuleList, inside: boolean) => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule) walk(rule.cssRules, inside || matches([...rule.media]));
      else if (inside && rule instanceof CSSStyleRule) found.push(rule);
    }
  };
  for (const sheet of sheetsOf(root)) walk(sheet.cssRules, false);
  return found;
}

/**
 * Applies the `@media` blocks of a shadow root's sheets whose query list `matches` as if that media matched, for
 * engines that cannot emulate it: each sheet is swapped for a copy in which those blocks read `@media all`, so the
 * engine's own cascade (specificity, order, `!important`) decides the computed styles. What the browser itself
 * does in that mode (forced colours replacing author colours, say) is not simulated. Returns a function that puts
 * the original sheets back.
 */
export function applyMediaRules(root: ShadowRoot, matches: (media: string[]) => boolean): () => void {
  const rewrite = (rules: CSSRuleList): string =>
    [...rules]
      .map((r) =>
        r instanceof CSSMediaRule
          ? `@media ${matches([...r.media]) ? 'all' : r.media.mediaText} {\n${rewrite(r.cssRules)}\n}`
          : r.cssText,
      )
      .join('\n');
  const adopted = [...root.adoptedStyleSheets];
  root.adoptedStyleSheets = adopted.map((sheet) => {
    const copy = new CSSStyleSheet();
    copy.replaceSync(rewrite(sheet.cssRules));
    return copy;
  });
  const styles = [...root.querySelectorAll('style')].map((s) => [s, s.textContent] as const);
  for (const [s] of styles) s.textContent = rewrite(s.sheet!.cssRules);
  return () => {
    root.adoptedStyleSheets = adopted;
    for (const [s, text] of styles) s.textContent = text;
  };
}

/** An sRGB colour: channels 0–255, alpha 0–1. */
export type Rgba = [r: number, g: number, b: number, a: number];

let colorCanvas: CanvasRenderingContext2D | undefined;

/**
 * Any CSS colour as sRGB. Computed colours are mostly `rgb()`/`rgba()`, read directly; anything else (`color(srgb …)`,
 * `oklab()`, a name) is painted on a 1×1 canvas and read back (out-of-gamut colours are clipped, as on screen).
 */
export function parseColor(value: string): Rgba {
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(value.trim());
  if (rgb) {
    const [, r, g, b, a, percent] = rgb;
    return [Number(r), Number(g), Number(b), a === undefined ? 1 : Number(a) / (percent ? 100 : 1)];
  }
  if (!colorCanvas) {
    const canvas = Object.assign(document.createElement('canvas'), { width: 1, height: 1 });
    colorCanvas = canvas.getContext('2d', { willReadFrequently: true })!;
  }
  const ctx = colorCanvas;
  ctx.fillStyle = '#010203';
  ctx.fillStyle = value;
  if (ctx.fillStyle === '#010203' && !/^(#010203|rgb\(1,\s*2,\s*3\))$/i.test(value.trim()))
    throw new Error(`not a colour: ${value}`);
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

/** `fg` (with its alpha times `opacity`) painted over the opaque colour `bg`. */
export function composite(fg: Rgba, bg: Rgba, opacity = 1): Rgba {
  const a = fg[3] * opacity;
  return [0, 1, 2].map((i) => fg[i]! * a + bg[i]! * (1 - a)).concat(1) as Rgba;
}

/** WCAG relative luminance of an opaque sRGB colour. */
export function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two opaque colours, 1–21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Names a node briefly for a failure message: chai's diff of two DOM elements can stall the runner for minutes. */
const brief = (n: unknown): string =>
  n instanceof Element
    ? `<${n.localName}${n.id ? `#${n.id}` : ''}${n.getAttribute('part') ? ` part="${n.getAttribute('part')}"` : ''}${n.getAttribute('data-index') ? ` data-index="${n.getAttribute('data-index')}"` : ''}>`
    : String(n);

/** Asserts that `actual` is the very node `expected` (or both `null`), failing fast with short names. */
export function expectSame(actual: unknown, expected: unknown, message = ''): void {
  expect(
    actual === expected,
    `${message ? `${message}: ` : ''}expected ${brief(expected)}, got ${brief(actual)}`,
  ).to.equal(true);
}

/** Asserts that `actual` is not the node `other`, failing fast with short names. */
export function expectNotSame(actual: unknown, other: unknown, message = ''): void {
  expect(actual !== other, `${message ? `${message}: ` : ''}expected anything but ${brief(other)}`).to.equal(true);
}
