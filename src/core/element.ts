/**
 * The base class of every element: one path from input (property, attribute, `src` or JSON script child) to
 * a validated view model, the page's language, and the heading level.
 */
import { html, LitElement, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from 'lit';
import { emit, reportIssues } from './events.js';
import { nearestLang, stringsFor, type Strings } from './i18n.js';
import { fetchJson, type ReportLoadDetail } from './load.js';
import { hostStyles } from './styles.js';
import { safeUrl } from './url.js';
import { excerpt, fail, unsafeUrl, type Check, type ReportIssue } from './validate.js';

/**
 * Reads the raw content in order of precedence: the `data` property (an object, or JSON text), the `data`
 * attribute (JSON text), a child `<script type="application/json">`. `undefined` means "no content yet".
 * (`src` ranks between the attribute and the script child; the element reads it itself.)
 */
export function readData(el: Element, property: unknown, attribute: string | null, issues: ReportIssue[]): unknown {
  const json =
    property != null
      ? property
      : (attribute ?? el.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined);
  if (typeof json !== 'string') return json ?? undefined;
  try {
    return JSON.parse(json) as unknown;
  } catch (e) {
    // Lit's default converter would silently turn this into null; say what is wrong instead.
    return fail(issues, '', `invalid JSON: ${(e as Error).message}`);
  }
}

/** The request for `src`: its URL, its controller while in flight, then the content (none after a failure). */
interface SrcRequest {
  src: string;
  ctl?: AbortController;
  value?: unknown;
}

/**
 * Base of every report element (not registered itself).
 *
 * @attr data - The content as JSON text; see each element's data shape.
 * @attr src - URL of the content as JSON (`http(s)` or relative; any other URL is reported and not fetched).
 *   Content comes from, in order of precedence: the `data` property, the `data` attribute, `src`, a child
 *   `<script type="application/json">`. While it loads, the element has `aria-busy="true"` and shows its
 *   fallback content (see the slot), or, without a fallback element, reserves `--report-loading-block-size`.
 *   A new `src` aborts the request before it (the last one wins), and so does removing the element (re-added,
 *   it loads again). A failed request (HTTP status, network, timeout, invalid JSON) is reported at path `src`,
 *   invalid content at its usual paths, as for `data`; `report-load` says when the content has been rendered.
 * @attr timeout - Milliseconds to wait for `src` before giving up (default 10000).
 * @attr heading-level - Level (1–6) of the element's top heading.
 * @attr lang - Language of UI strings, quotation marks and dates (else the nearest ancestor's `lang`).
 *
 * @cssprop --report-accent - Links, bars and focus ring (default: `light-dark(#00528a, #8cc8ff)`).
 * @cssprop --report-text-color - Text colour (default: inherited from the page).
 * @cssprop --report-muted-color - Dates, captions, roles (default: the text colour at 85 %).
 * @cssprop --report-border-color - Hairlines and image placeholders (default: the text colour at 22 %).
 * @cssprop --report-surface - Tinted backgrounds such as the infobox (default: the accent at 7 %).
 * @cssprop --report-focus-color - Focus outlines (default: `--report-accent`).
 * @cssprop --report-font-family - All text (default: inherited from the page).
 * @cssprop --report-heading-font-family - Headings and quotes (default: `--report-font-family`).
 * @cssprop --report-line-height - Body text (default: `1.5`).
 * @cssprop --report-radius - Corners of images, boxes and focus rings (default: `0.25rem`).
 * @cssprop --report-space - Vertical rhythm (default: `1rem`).
 * @cssprop --report-loading-block-size - Height reserved while `src` loads without fallback content
 *   (default: `12rem`).
 *
 * @attr report-loading - Set by the element, not by authors: present while `src` loads and there is no
 *   fallback element to show; it then reserves `--report-loading-block-size`.
 *
 * @slot - Fallback content for readers without JavaScript, written by the CMS as plain HTML (e.g. a
 *   `<blockquote>`, or a list of `<img>`). It shows until the element renders content and whenever there is
 *   none to render (none given, still loading, or invalid); rendered content replaces it. A child
 *   `<script type="application/json">` is never shown.
 *
 * @event report-load - The content from `src` has been rendered; `detail.src` is that URL.
 * @event report-error - Invalid content; `detail.errors` lists `{path, message}` (cancelable: `preventDefault()`
 *   keeps the console quiet).
 */
export abstract class ReportElement<T> extends LitElement {
  static override styles: CSSResultGroup = hostStyles;

  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    dataJson: { attribute: 'data' },
    src: {},
    timeout: { type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /**
   * The content as an object (or JSON text). Takes precedence over the `data` attribute, `src` and a child
   * `<script type="application/json">`. Setting it re-renders; invalid parts are reported via `report-error`.
   */
  declare data: T | string | null | undefined;

  /** The `data` attribute: the content as JSON text (read through `data`'s precedence rules). */
  protected declare dataJson: string | null;

  /** URL of the content as JSON, used unless `data` (property or attribute) is set; see the `src` attribute. */
  declare src: string | null | undefined;

  /** Milliseconds to wait for `src` (default 10000). */
  declare timeout: number | null | undefined;

  /** Level (1–6) of the element's top heading; values out of range fall back to the element's default. */
  declare headingLevel: number | undefined;

  /** The validated content, or `undefined` when there is none (nothing is rendered). */
  protected model?: T;

  /** UI strings in the language of the nearest `lang`. */
  protected strings: Strings = stringsFor('');

  /** Heading level used when `heading-level` is absent or invalid. */
  protected defaultLevel = 2;

  /** Validates the raw content into the view model. */
  protected abstract readonly check: Check<T>;

  /**
   * The request for `src`: its URL, its controller while in flight, then the content (none after a failure).
   * A (TypeScript-)private property, not `#req`: `requestUpdate('req')` compares `this.req` to see a change.
   */
  private req?: SrcRequest;

  constructor() {
    super();
    // Without content (none given, still loading, invalid) show the light-DOM fallback through a default slot
    // rather than an empty box. Every element's render() returns `nothing` without a model: wrapping it here
    // keeps that rule in one place.
    const render = this.render;
    this.render = () => (this.model ? render.call(this) : html`<slot></slot>`);
  }

  // Server-rendered (report-elements/ssr): the declarative shadow root holds the server's markup, after
  // which Lit would render a second copy. Empty it: the first update follows in the same task and renders
  // the same content in its place, so nothing flashes or moves.
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  // `lang` is a native property: observe the attribute rather than shadow it with a reactive property.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** The heading level to render, clamped to 1–6. */
  protected get level(): number {
    const l = Math.trunc(this.headingLevel ?? 0);
    return l >= 1 && l <= 6 ? l : this.defaultLevel;
  }

  /** `src` when it is the source of the content: neither the `data` property nor the attribute is set. */
  get #url(): string | undefined {
    if (this.data != null || this.dataJson != null || this.src == null) return undefined;
    // A property may hold a URL object (or anything else): read it as text, never throw.
    try {
      return String(this.src) || undefined;
    } catch {
      return undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.strings = stringsFor(nearestLang(this));
    const inputs = ['data', 'dataJson', 'src', 'req'] as (keyof ReportElement<T>)[];
    if (this.hasUpdated && !inputs.some((k) => changed.has(k))) return;
    const issues: ReportIssue[] = [];
    try {
      const src = this.#url;
      // With `src` in effect: its content once loaded, nothing before (no stale content from an earlier `src`).
      const raw = src ? (src === this.req?.src ? this.req.value : undefined) : readData(this, this.data, this.dataJson, issues);
      this.model = raw === undefined ? undefined : this.check(raw, '', issues);
    } catch (e) {
      // Hostile objects (throwing getters, proxies) must not break the page.
      this.model = undefined;
      fail(issues, '', `could not be read: ${excerpt(e)}`);
    }
    reportIssues(this, issues);
  }

  // ---------------------------------------------------------------- Loading `src`
  // Client only. Requests start after an update or on connect, never in willUpdate() or render(). A server does
  // not run this update() (Lit SSR calls only ReactiveElement's), and sync() does nothing while not connected.

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const src = this.#url;
    // Content from `src` has just been rendered.
    if (src && this.model && changed.has('req' as keyof ReportElement<T>)) emit<ReportLoadDetail>(this, 'report-load', { src });
    this.#sync();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#sync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#sync();
  }

  /**
   * Makes the request match `src`: a new `src` aborts the request before it (a deliberate abort reports
   * nothing); removal aborts a request in flight, and re-adding the element loads again. Loaded content stays.
   */
  #sync(): void {
    const src = this.#url;
    const req = this.req;
    if (this.isConnected ? src === req?.src : !req?.ctl) return;
    req?.ctl?.abort();
    this.req = undefined;
    this.#busy(false);
    if (this.isConnected && src) void this.#load((this.req = { src, ctl: new AbortController() }));
  }

  #busy(on: boolean): void {
    this.ariaBusy = on ? 'true' : null;
    // Reserve space only when there is no fallback content (an element beside the JSON script) to show. An
    // attribute in our own namespace, not a custom state: `:host(:state())` made Chromium's style recalc
    // ~1.7× slower for every element on the page (npm run bench), loading or not.
    this.toggleAttribute('report-loading', on && !this.querySelector(':scope > :not(script)'));
  }

  async #load(req: SrcRequest): Promise<void> {
    const url = safeUrl(req.src, 'json');
    if (url) this.#busy(true);
    const r = url
      ? // setTimeout fires at once beyond 2^31 − 1 ms.
        await fetchJson(url, req.ctl!, Math.min(this.timeout || 1e4, 2 ** 31 - 1))
      : unsafeUrl(req.src, 'json');
    // Superseded by another `src`, or aborted by removal: say nothing.
    if (this.req !== req) return;
    req.ctl = undefined;
    this.#busy(false);
    if (typeof r === 'string') reportIssues(this, [{ path: 'src', message: url ? `could not load ${excerpt(req.src)}: ${r}` : r }]);
    else {
      req.value = r.value;
      this.requestUpdate('req');
    }
  }
}
