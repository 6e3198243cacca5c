/**
 * The base class of every element: one path from input (property, attribute or JSON script child) to a
 * validated view model, the page's language, and the heading level.
 */
import { LitElement, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from 'lit';
import { reportIssues } from './events.js';
import { nearestLang, stringsFor, type Strings } from './i18n.js';
import { hostStyles } from './styles.js';
import { fail, type Check, type ReportIssue } from './validate.js';

/**
 * Reads the raw content in order of precedence: the `data` property (an object, or JSON text), the `data`
 * attribute (JSON text), a child `<script type="application/json">`. `undefined` means "no content yet".
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

/**
 * Base of every report element (not registered itself).
 *
 * @attr data - The content as JSON text; see each element's data shape.
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
 *
 * @event report-error - Invalid content; `detail.errors` lists `{path, message}` (cancelable: `preventDefault()`
 *   keeps the console quiet).
 */
export abstract class ReportElement<T> extends LitElement {
  static override styles: CSSResultGroup = hostStyles;

  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    dataJson: { attribute: 'data' },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /**
   * The content as an object (or JSON text). Takes precedence over the `data` attribute and a child
   * `<script type="application/json">`. Setting it re-renders; invalid parts are reported via `report-error`.
   */
  declare data: T | string | null | undefined;

  /** The `data` attribute: the content as JSON text (read through `data`'s precedence rules). */
  protected declare dataJson: string | null;

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

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.strings = stringsFor(nearestLang(this));
    if (this.hasUpdated && !changed.has('data') && !changed.has('dataJson' as keyof ReportElement<T>)) return;
    const issues: ReportIssue[] = [];
    try {
      const raw = readData(this, this.data, this.dataJson, issues);
      this.model = raw === undefined ? undefined : this.check(raw, '', issues);
    } catch (e) {
      // Hostile objects (throwing getters, proxies) must not break the page.
      this.model = undefined;
      fail(issues, '', `could not be read: ${String(e)}`);
    }
    reportIssues(this, issues);
  }
}
