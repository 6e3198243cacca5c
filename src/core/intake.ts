/**
 * The one intake every element shares: finds the content in its sources, validates it into the view model,
 * loads `src`, and reports what was wrong.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { emit, reportIssues } from './events.js';
import { fetchJson } from './load.js';
import { safeUrl } from './url.js';
import { excerpt, fail, unsafeUrl, withBase, type Check, type ReportIssue } from './validate.js';

/** The element side of the intake: its inputs, as reactive properties. */
export interface IntakeHost extends ReactiveControllerHost, HTMLElement {
  data: unknown;
  dataJson: string | null;
  dataReport: string | null;
  src: unknown;
  timeout: number | null | undefined;
}

/** Reads raw content from the plain semantic markup inside `host` (see each element's `*.markup.ts`). */
export type MarkupReader = (host: Element) => unknown;

/** What an element reads its content with. */
export interface IntakeOptions<T> {
  /** Validates raw content into the view model. */
  check: Check<T>;
  /**
   * Loads the reader of the plain semantic markup the element wraps (its fallback), used when no JSON source
   * is given. Loaded on demand: pages with JSON content do not pay for it.
   */
  markup: () => Promise<MarkupReader>;
}

/** One request for `src`: its URL, its controller while in flight, then the content and its final URL. */
interface Request {
  src: string;
  abort?: AbortController;
  value?: unknown;
  base?: string;
}

/** Parses JSON text; objects pass through. Lit's converter would turn bad JSON into `null` without a word. */
function parse(json: unknown, issues: ReportIssue[]): unknown {
  if (typeof json !== 'string') return json;
  try {
    return JSON.parse(json) as unknown;
  } catch (e) {
    return fail(issues, '', `invalid JSON: ${(e as Error).message}`);
  }
}

/**
 * The content of an element comes from the first of these sources that is given: the `data` property (an
 * object, or JSON text), the `data` attribute, the `data-report` attribute, `src` (JSON fetched; relative URLs
 * in it resolve against its own URL, as in a stylesheet), a child `<script type="application/json">`, and
 * last the plain markup the element wraps. Inline JSON and markup keep page-relative URLs.
 *
 * Computing (`read`, from the element's `willUpdate`) is kept apart from acting (`hostUpdated`: events,
 * console, requests), so a server renderer can read without side effects.
 */
export class IntakeController<T> implements ReactiveController {
  /** The validated content, or `undefined` when there is none (the element then shows its fallback). */
  model?: T;

  private _issues: ReportIssue[] = [];
  /** The inputs `model` was computed from: nothing is re-validated while they stay the same. */
  private _inputs: unknown[] = [];
  private _request?: Request;
  /** Set when `model` was just computed from a request's content: `report-load` follows the update. */
  private _loaded?: string;
  /** Bumped when the light DOM changes, so markup and script children are read again. */
  private _childrenVersion = 0;
  /** The markup reader, once loaded. */
  private _reader?: MarkupReader;
  /** There is markup to read and no reader yet: `hostUpdated` loads it. */
  private _needsReader = false;
  /** The light-DOM children the content was last read from. */
  private _children: Element[] = [];

  constructor(
    private readonly _host: IntakeHost,
    private readonly _options: IntakeOptions<T>,
  ) {
    _host.addController(this);
  }

  /** The JSON source in effect, if any: the property, else the `data` attribute, else `data-report`. */
  private get _json(): unknown {
    const h = this._host;
    return h.data ?? h.dataJson ?? h.dataReport;
  }

  /** `src` when it is the source of the content: no JSON source is given. */
  private get _src(): string | undefined {
    const h = this._host;
    if (this._json != null || h.src == null) return undefined;
    // A property may hold a URL object (or anything else): read it as text, never throw.
    try {
      return String(h.src) || undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * The fallback slot saw its children change: read them again if they are the source and not the ones read
   * (the slot also reports the children it starts with).
   */
  childrenChanged(): void {
    const children = [...this._host.children];
    // A JSON source would be parsed (and reported) again for nothing.
    if (this._json != null || this._src) return;
    if (children.length === this._children.length && children.every((c, i) => c === this._children[i])) return;
    this._reread();
  }

  private _reread(): void {
    this._childrenVersion++;
    this._host.requestUpdate();
  }

  /** Computes `model` from the sources, without side effects. Called in the element's `willUpdate`. */
  read(): void {
    const h = this._host;
    const src = this._src;
    const request = this._request;
    const inputs = [h.data, h.dataJson, h.dataReport, src, request?.value, this._childrenVersion];
    const previous = this._inputs;
    if (inputs.every((v, i) => v === previous[i])) return;
    this._inputs = inputs;
    this._needsReader = false;
    const issues: ReportIssue[] = [];
    let model: T | undefined;
    try {
      const json = this._json;
      let raw: unknown;
      let base: string | undefined;
      let fromMarkup = false;
      if (json != null) raw = parse(json, issues);
      else if (src) {
        // Content from `src` once loaded, nothing before (no stale content from an earlier `src`).
        if (src === request?.src) [raw, base] = [request.value, request.base];
        // Newly arrived content: say so once it is rendered.
        if (raw !== undefined && raw !== previous[4]) this._loaded = src;
      } else if (!isServer) {
        // A server renderer has no light DOM to read.
        this._children = [...h.children];
        const script = h.querySelector(':scope > script[type="application/json"]');
        fromMarkup = !script;
        raw = script ? parse(script.textContent, issues) : this._reader?.(h);
        // The markup's own language (`<figure lang="en">`) is the content's, as `lang` in the JSON would be.
        const lang = h.firstElementChild?.getAttribute('lang');
        if (fromMarkup && lang && raw && typeof raw === 'object') raw = { lang, ...raw };
        this._needsReader = fromMarkup && !this._reader && !!h.querySelector('*');
      }
      model = raw === undefined ? undefined : withBase(base, () => this._options.check(raw, '', issues));
      // Markup the element cannot fully use stays as the editor wrote it: nothing is silently dropped.
      if (fromMarkup && issues.length) model = undefined;
    } catch (e) {
      // Hostile objects (throwing getters, proxies) must not break the page.
      model = undefined;
      fail(issues, '', `could not be read: ${excerpt(e)}`);
    }
    this.model = model;
    this._issues = issues;
  }

  hostConnected(): void {
    this._sync();
  }

  hostDisconnected(): void {
    this._sync();
  }

  hostUpdated(): void {
    reportIssues(this._host, this._issues);
    this._issues = [];
    const loaded = this._loaded;
    this._loaded = undefined;
    if (loaded && this.model) emit(this._host, 'report-load', { src: loaded });
    this._sync();
    if (this._needsReader) this._loadReader();
  }

  private _loadReader(): void {
    this._needsReader = false;
    this._options.markup().then(
      (reader) => {
        this._reader = reader;
        this._reread();
      },
      // E.g. a CMS that copied the bundle without the files beside it; the markup stays as written.
      (e: unknown) =>
        reportIssues(this._host, [{ path: '', message: `could not load the markup reader: ${excerpt(e)}` }]),
    );
  }

  // ---------------------------------------------------------------- Loading `src`
  // Client only: requests start on connect or after an update, never while computing.

  /**
   * Makes the request match `src`: a new `src` aborts the request before it (a deliberate abort reports
   * nothing); removal aborts a request in flight, and re-adding the element loads again. Loaded content stays.
   */
  private _sync(): void {
    const h = this._host;
    const src = this._src;
    const request = this._request;
    if (h.isConnected ? src === request?.src : !request?.abort) return;
    request?.abort?.abort();
    this._request = undefined;
    this._busy(false);
    if (h.isConnected && src) void this._load((this._request = { src, abort: new AbortController() }));
  }

  private _busy(on: boolean): void {
    const h = this._host;
    h.ariaBusy = on ? 'true' : null;
    // Reserve space only when there is no fallback content (an element beside the JSON script) to show. An
    // attribute in our own namespace, not a custom state: `:host(:state())` made Chromium's style recalc
    // ~1.7× slower for every element on the page (npm run bench), loading or not.
    h.toggleAttribute('report-loading', on && !h.querySelector(':scope > :not(script)'));
  }

  private async _load(request: Request): Promise<void> {
    const h = this._host;
    const url = safeUrl(request.src, 'json');
    if (url) this._busy(true);
    const result = url
      ? // setTimeout fires at once beyond 2^31 − 1 ms.
        await fetchJson(url, request.abort!, Math.min(h.timeout || 1e4, 2 ** 31 - 1))
      : unsafeUrl(request.src, 'json');
    // Superseded by another `src`, or aborted by removal: say nothing.
    if (this._request !== request) return;
    request.abort = undefined;
    this._busy(false);
    if (typeof result === 'string') {
      reportIssues(h, [{ path: 'src', message: url ? `could not load ${excerpt(request.src)}: ${result}` : result }]);
    } else {
      [request.value, request.base] = [result.value, result.url];
      h.requestUpdate();
    }
  }
}
