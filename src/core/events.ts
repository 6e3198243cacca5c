/**
 * The events every element may fire. All bubble and are composed, so one listener on `document` hears them
 * from inside any shadow root.
 */
import { isServer } from 'lit';
import type { ReportIssue } from './validate.js';

/** `detail` of `report-error`. */
export interface ReportErrorDetail {
  /** Every problem found in one update, each with a JSON path such as `images[3].alt`. */
  errors: ReportIssue[];
}

/** `detail` of the `report-lightbox-*` events. */
export interface ReportLightboxDetail {
  /** Zero-based index of the image shown (for `close`: the image that was shown last). */
  index: number;
}

/** `detail` of `report-load`. */
export interface ReportLoadDetail {
  /** The `src` whose content has been rendered. */
  src: string;
}

/** Every event the elements fire, with its `detail`: the one list, for typed listeners and for {@link emit}. */
export interface ReportEventMap {
  'report-error': CustomEvent<ReportErrorDetail>;
  'report-load': CustomEvent<ReportLoadDetail>;
  'report-lightbox-open': CustomEvent<ReportLightboxDetail>;
  'report-lightbox-change': CustomEvent<ReportLightboxDetail>;
  'report-lightbox-close': CustomEvent<ReportLightboxDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends ReportEventMap {}
}

/** Dispatches one of the elements' events, bubbling and composed; returns false when a listener called `preventDefault()`. */
export const emit = <K extends keyof ReportEventMap>(
  target: EventTarget,
  type: K,
  detail: ReportEventMap[K]['detail'],
): boolean => target.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, cancelable: true, detail }));

/**
 * Reports problems once: one `report-error` event and, unless a listener called `preventDefault()`
 * (to route errors to its own logging), one console message that says where and what to fix.
 */
export function reportIssues(el: HTMLElement, errors: ReportIssue[]): void {
  // On the server, `report-elements/ssr` returns the same problems to its caller instead.
  if (!errors.length || isServer) return;
  if (emit(el, 'report-error', { errors })) {
    const lines = errors.map((e) => `  ${e.path || '(data)'}: ${e.message}`).join('\n');
    console.error(
      `<${el.localName}>: ${errors.length} problem${errors.length > 1 ? 's' : ''} in its data\n${lines}`,
      el,
    );
  }
}
