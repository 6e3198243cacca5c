/**
 * The one place where an element learns its languages: UI strings in the page's language, quotation marks
 * and dates in the content's language, and a re-render when either changes at run time.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatDate, formatNumber, hosts, translation, updateAll, type Translation } from './i18n.js';

type Host = ReactiveControllerHost & HTMLElement;

/** One observer for the whole page (not one per element), watching only while an element is connected. */
let observer: MutationObserver | undefined;

/**
 * The `lang` of the nearest element from `node` up (itself included), crossing shadow roots: the host's
 * language applies inside. With `ui`, `lang`s inside report elements' shadow roots are skipped: there they
 * mark content (a German report on an English page), and UI strings follow the page.
 */
export function nearestLang(node: Node, ui = false): string {
  for (let n: Node | undefined = node; n;) {
    const lang = (n as Element).getAttribute?.('lang');
    if (lang != null) return lang;
    // getRootNode is missing in Lit's server DOM shim.
    const host: Element | undefined = ui ? (n.getRootNode?.() as ShadowRoot | undefined)?.host : undefined;
    n = host && hosts.has(host as Host) ? host : (n.parentNode ?? (n as ShadowRoot).host ?? undefined);
  }
  return '';
}

/**
 * Localises an element: `this.localize = new LocalizeController(this)`. Render code asks it for UI strings
 * (`strings`, `counter()`), which follow the page's language, and for quotation marks and dates in the
 * content's language (`quotes()`, `date()`). The element re-renders when a `lang` or `dir` attribute anywhere
 * in the document changes, and when a translation is registered or arrives. Modelled on Shoelace's
 * `LocalizeController`.
 */
export class LocalizeController implements ReactiveController {
  /** The UI strings, looked up once per update (`undefined`: not yet). */
  private _strings?: Translation;

  constructor(private readonly _host: Host) {
    _host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this._host);
    // Moved to another place in the page, it may be in another language now.
    this._host.requestUpdate();
    // Observing again with the same options changes nothing: one observer, one registration.
    (observer ??= new MutationObserver(updateAll)).observe(document.documentElement, {
      attributeFilter: ['lang', 'dir'],
      subtree: true,
    });
  }

  hostDisconnected(): void {
    hosts.delete(this._host);
    if (!hosts.size) observer!.disconnect();
  }

  hostUpdated(): void {
    this._strings = undefined;
  }

  /**
   * UI strings in the page's language: the host's `lang`, else the nearest ancestor's (content languages
   * around it do not count), found as its own tag, else its primary subtag, else English. `strings.lang` is
   * that language tag.
   */
  get strings(): Translation {
    return (this._strings ??= translation(nearestLang(this._host, true)));
  }

  /** "Bild 3 von 9", with the digits of the page's language. */
  counter(n: number, total: number): string {
    const { lang, counter } = this.strings;
    return counter(formatNumber(n, lang), formatNumber(total, lang));
  }

  /** Opening and closing quotation marks for content in `lang` (default: the nearest `lang`). */
  quotes(lang = nearestLang(this._host)): readonly [string, string] {
    return translation(lang).quotes;
  }

  /** `YYYY-MM-DD` as a long date for content in `lang` (default: the nearest `lang`). */
  date(iso: string, lang = nearestLang(this._host)): string {
    return formatDate(iso, lang);
  }
}
