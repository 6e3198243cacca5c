/**
 * The base class of every element: the shared intake (see `intake.ts`), the page's language, the heading
 * level, and the fallback shown while there is no content.
 */
import { html, LitElement, type CSSResultGroup, type PropertyDeclarations, type TemplateResult } from 'lit';
import { IntakeController, type MarkupReader } from './intake.js';
import { LocalizeController } from './localize.js';
import { hostStyles } from './styles.js';
import type { Check } from './validate.js';

/**
 * Base of every report element (not registered itself).
 *
 * Content comes from the sources in the order the intake gives (`IntakeController`; docs/elements.md).
 *
 * @attr heading-level - Level (1–6) of the element's top heading.
 * @attr lang - Language of the UI strings (buttons, counter, labels), and of quotation marks and dates unless
 *   the data has a `lang` of its own; else the nearest ancestor's `lang`. See docs/languages.md.
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
 * @slot - Fallback content for readers without JavaScript, written by the CMS as plain HTML (e.g. a
 *   `<blockquote>`, or `<figure>`s with images). With no JSON given, the element reads its content from this
 *   markup (text and allowed URLs only); markup it cannot fully use is reported and stays as written. It shows
 *   until the element renders content and whenever there is none to render (none given, still loading, or
 *   invalid). A child `<script type="application/json">` is never shown.
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
    dataReport: { attribute: 'data-report' },
    src: {},
    timeout: { type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /**
   * The content as an object (or JSON text), the first of the content sources (see intake.ts). Setting it
   * re-renders; invalid parts are reported via `report-error`.
   */
  declare data: T | string | null | undefined;

  /** The content as JSON text, for hand-written pages; see each element's data shape. */
  declare dataJson: string | null;

  /**
   * The content as JSON text, double-quoted and HTML-escaped: the attribute to use in CMS content, since every
   * CMS sanitizer keeps `data-*` attributes as text (WordPress and Drupal treat `data` as a URL and damage it).
   */
  declare dataReport: string | null;

  /**
   * URL of the content as JSON (`http(s)` or relative; any other URL is reported and not fetched). Relative URLs
   * inside it resolve against its own URL, as in a stylesheet. While it loads, the element has
   * `aria-busy="true"` and shows its fallback content (see the slot), or, without a fallback element, reserves
   * `--report-loading-block-size`. A new `src` aborts the request before it (the last one wins), and so does
   * removing the element (re-added, it loads again). A failed request (HTTP status, network, timeout, invalid
   * JSON) is reported at path `src`, invalid content at its usual paths, as for `data`; `report-load` says
   * when the content has been rendered.
   */
  declare src: string | null | undefined;

  /** Milliseconds to wait for `src` before giving up (default 10000). */
  declare timeout: number | null | undefined;

  /** Level (1–6) of the element's top heading; values out of range fall back to the element's default. */
  declare headingLevel: number | undefined;

  /** UI strings (page language), quotation marks and dates (content language); re-renders when they change. */
  protected readonly localize = new LocalizeController(this);

  /** Heading level used when `heading-level` is absent or invalid. */
  protected defaultLevel = 2;

  /** Validates the raw content into the view model. */
  protected abstract readonly check: Check<T>;

  /** Loads the reader of the plain markup inside the tag (its `*.markup.ts`), on demand. */
  protected abstract readMarkup(): Promise<MarkupReader>;

  /** Finds, validates and loads the content. */
  protected readonly intake = new IntakeController<T>(this, {
    // Through a function: subclass fields are not set yet while this one is initialised.
    check: (v, p, i) => this.check(v, p, i),
    markup: () => this.readMarkup(),
  });

  /** The validated content, or `undefined` when there is none (the fallback slot shows). */
  protected get model(): T | undefined {
    return this.intake.model;
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

  protected override willUpdate(): void {
    this.intake.read();
  }

  /**
   * The content, or without content (none given, still loading, invalid) the light-DOM fallback through a
   * default slot rather than an empty box. Children that arrive later are read again.
   */
  protected override render(): unknown {
    const model = this.model;
    return model ? this.renderModel(model) : html`<slot @slotchange=${() => this.intake.childrenChanged()}></slot>`;
  }

  /** Renders the validated content. */
  protected abstract renderModel(model: T): TemplateResult;
}
