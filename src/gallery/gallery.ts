import { html, isServer, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import { ReportElement } from '../core/element.js';
import { emit } from '../core/events.js';
import { caption, heading, img, onImageError, onImageLoad } from '../core/render.js';
import type { Image } from '../core/schema.js';
import { gallery, type Gallery } from './gallery.schema.js';
import type { StageGestures } from './gestures.js';
import type { LightboxHistory } from './history.js';
import { galleryStyles } from './gallery.styles.js';

const icon = (d: string) => html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d=${d} /></svg>`;
const PREVIOUS = 'M15 5l-7 7 7 7';
const NEXT = 'M9 5l7 7-7 7';
const CLOSE = 'M6 6l12 12M18 6 6 18';
const FULLSCREEN = 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5';

/** The viewer's stylesheet, made once for the page when a viewer first opens (see `viewer.styles.ts`). */
let viewerSheet: CSSStyleSheet | undefined;

/** A kind of thumbnail button: in the gallery's list (it opens the viewer) or in the viewer's strip. */
interface ThumbKind {
  /** The button's part. */
  part: 'thumb' | 'strip-thumb';
  /** Its image's part. */
  imagePart: 'thumbnail' | 'strip-image';
  /** Thumbnails are small: `sizes` lets the browser pick a small candidate from `srcset`. */
  sizes: string;
}

const LIST_THUMB: ThumbKind = { part: 'thumb', imagePart: 'thumbnail', sizes: '(max-width: 40rem) 50vw, 15rem' };
const STRIP_THUMB: ThumbKind = { part: 'strip-thumb', imagePart: 'strip-image', sizes: '6rem' };

/**
 * An image gallery: a list of thumbnail buttons that open a modal lightbox (native `<dialog>`), showing
 * the image with its title, caption and credit, and an announced counter ("Bild 3 von 9").
 *
 * Keys in the lightbox: ←/→ previous/next (wrapping; swapped on right-to-left pages), Home/End first/last,
 * Esc closes, +/−/0 zoom; a horizontal swipe or mouse drag changes the image too, and pinch, double-tap or
 * double-click and Ctrl+wheel zoom (drag to pan). Focus moves into the lightbox on open,
 * cannot leave it while it is open, and returns to the thumbnail of the image shown last on close. Opening
 * adds one history entry, so Back closes the viewer; the page behind does not scroll. Only the image shown
 * (and its neighbours, preloaded) is loaded at full size.
 *
 * @summary Thumbnail gallery with an accessible lightbox.
 *
 * @attr data - The content as JSON text, shaped as `Gallery` (docs/content.md); other sources: docs/elements.md.
 * @attr heading-level - Level of the gallery title, 1–6 (default 2).
 * @attr thumbnails - Show a strip of all thumbnails inside the viewer.
 * @attr fullscreen - Offer a full-screen button in the viewer, where the browser has the Fullscreen API.
 * @attr deep-link - With an `id` on the element: the viewer's image is in the URL (`#<id>-<n>`, n from 1),
 *   and a page opened with such a hash opens the viewer at that image.
 *
 * @csspart title - The gallery heading.
 * @csspart list - The thumbnail list.
 * @csspart thumb - A thumbnail button.
 * @csspart thumbnail - A thumbnail image.
 * @csspart caption - Title, caption and credit of a thumbnail: shown only in print (the gallery prints as a
 *   grid of captioned images); on screen the viewer shows them.
 * @csspart lightbox - The `<dialog>`.
 * @csspart counter - "Bild 3 von 9", a polite live region.
 * @csspart close - The close button.
 * @csspart previous - The previous-image button.
 * @csspart next - The next-image button.
 * @csspart viewer-image - The large image.
 * @csspart viewer-caption - Title, caption and credit under the large image.
 * @csspart viewer-status - The message for an image that failed to load (a polite live region).
 * @csspart retry - The button that loads a failed image again.
 * @csspart fullscreen - The full-screen button (`fullscreen` attribute).
 * @csspart strip - The thumbnail strip in the viewer (`thumbnails` attribute).
 * @csspart strip-thumb - A button in the thumbnail strip.
 *
 * @cssprop --report-gallery-thumb-min - Minimum thumbnail width (default `9rem`).
 * @cssprop --report-gallery-gap - Gap between thumbnails (default `0.5rem`).
 * @cssprop --report-lightbox-background - Lightbox background (default: 96 % black).
 * @cssprop --report-lightbox-color - Lightbox text and icon colour (default: white).
 *
 * @event report-error - Invalid content; `detail.errors` lists `{path, message}`.
 * @event report-lightbox-open - The lightbox opened; `detail.index` is the image shown (zero-based).
 * @event report-lightbox-change - Another image is shown; `detail.index`.
 * @event report-lightbox-close - The lightbox closed; `detail.index` is the image shown last.
 *
 * @example
 * ```html
 * <report-gallery data='{"title":"Bildergalerie","images":[{"src":"a.jpg","alt":"Ein Hund."}]}'></report-gallery>
 * ```
 */
export class ReportGallery extends ReportElement<Gallery> {
  static override styles = [ReportElement.styles, galleryStyles];

  static override properties = {
    deepLink: { attribute: 'deep-link', type: Boolean },
    thumbnails: { type: Boolean },
    fullscreen: { type: Boolean },
  };

  protected readonly check = gallery;

  protected readMarkup() {
    return import('./gallery.markup.js').then((m) => m.readGallery);
  }

  /** Put the image shown into the URL (`#<id>-<n>`) and open the viewer from such a link; needs an `id`. */
  declare deepLink: boolean;

  /** Show a strip of all thumbnails inside the viewer. */
  declare thumbnails: boolean;

  /** Offer a full-screen button in the viewer (where the Fullscreen API exists). */
  declare fullscreen: boolean;

  /** Index of the image in the lightbox, -1 while closed. Changed only through `setCurrent`. */
  #current = -1;

  /** What the viewer needs once it opens (history, scroll lock, gestures): loaded with the first opening. */
  #viewer?: typeof import('./viewer.js');

  /** The viewer's history entry (Back closes it); see `viewer.ts`. */
  #history?: LightboxHistory;

  /** Whether a deep link in the URL has been looked at (once, when there is content). */
  #linkChecked = false;
  #openingFromLink = false;

  /** The viewer's image failed to load; `attempt` counts retries (a new `<img>` each time). */
  #viewerBroken = false;
  #attempt = 0;

  /** Swipe, pinch, pan and zoom on the viewer image; see `viewer.ts`. */
  #gestures?: StageGestures;

  // ---------------------------------------------------------------- Public API

  /** Index of the image shown in the lightbox, or -1 when it is closed. */
  get currentIndex(): number {
    return this.#current;
  }

  /** Opens the lightbox at `index` (zero-based), or shows that image if it is open already. */
  async show(index = 0): Promise<void> {
    // The viewer's parts load with the first opening, before anything changes.
    if (!this.#viewer) await this.#loadViewer();
    const count = this.model?.images.length ?? 0;
    if (!count || !this.isConnected) return;
    const wasOpen = this.#current >= 0;
    const to = ((Math.trunc(index) % count) + count) % count;
    if (to === this.#current) return;
    this.#gestures?.reset();
    this.#viewerBroken = false;
    this.#setCurrent(to);
    await this.updateComplete;
    this.#preload(to);
    if (wasOpen) {
      this.#history?.replace(this.#hash(to));
      return void this.#fire('report-lightbox-change', to);
    }
    this.#dialog?.showModal();
    this.#holdPage(true);
    // Opened from a deep link, the page's own entry already carries the hash: add no second one.
    if (!this.#openingFromLink) this.#history?.push(this.#hash(to));
    this.#find('close')?.focus();
    this.#fire('report-lightbox-open', to);
  }

  /** Shows the next image (wrapping). */
  next(): Promise<void> {
    return this.show(this.#current + 1);
  }

  /** Shows the previous image (wrapping). */
  previous(): Promise<void> {
    return this.show(this.#current - 1);
  }

  /** Closes the lightbox; focus returns to the thumbnail of the image shown last. */
  close(): void {
    this.#dialog?.close();
  }

  // ---------------------------------------------------------------- Lifecycle

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A removed dialog leaves the top layer but stays [open]; re-added, it would show in the page flow.
    // Release the page now: the dialog's close event only comes a task later.
    this.#history?.forget();
    this.#holdPage(false);
    this.close();
  }

  protected override updated(): void {
    this.#gestures?.listen(this.renderRoot.querySelector('.stage'));
    // New content: an open lightbox may point past the end, so close it.
    if (this.#current >= (this.model?.images.length ?? 0)) this.#dialog?.close();
    if (this.#linkChecked || !this.model) return;
    this.#linkChecked = true;
    const prefix = `#${this.id}-`;
    const n = this.deepLink && this.id && location.hash.startsWith(prefix) ? location.hash.slice(prefix.length) : '';
    if (!/^\d+$/.test(n)) return;
    this.#openingFromLink = true;
    // After this update, not inside it.
    void this.updateComplete.then(() => this.show(Number(n) - 1)).finally(() => (this.#openingFromLink = false));
  }

  // ---------------------------------------------------------------- Render

  protected renderModel(g: Gallery) {
    return html`
      ${
        g.title
          ? heading(g.lang ? html`<span lang=${g.lang}>${g.title}</span>` : g.title, { level: this.level, id: 'title' })
          : nothing
      }
      <ul part="list" lang=${g.lang ?? nothing} role="list" aria-labelledby=${g.title ? 'title' : nothing}>
        ${
          // Only new content or another language changes the thumbnails: opening, moving on and closing
          // the viewer do not walk them again (that cost grew with the number of images).
          guard([g, this.localize.strings], () =>
            g.images.map(
              (image, i) =>
                html`<li>
                  ${this.#renderThumb(g, i, LIST_THUMB)}
                  ${caption(image, this.localize, (content) => html`<p part="caption">${content}</p>`)}
                </li>`,
            ),
          )
        }
      </ul>
      ${this.#renderLightbox(g)}
    `;
  }

  #renderLightbox(g: Gallery) {
    const s = this.localize.strings;
    const image: Image | undefined = g.images[this.#current];
    const many = g.images.length > 1;
    return html`<dialog
      part="lightbox"
      aria-labelledby=${image?.title || g.title ? 'lb-title' : 'lb-counter'}
      @close=${this.#onClose}
      @keydown=${this.#onKeydown}
      @click=${this.#onDialogClick}
    >
      <div class="bar">
        <p part="counter" id="lb-counter" aria-live="polite" aria-atomic="true">${image ? this.localize.counter(this.#current + 1, g.images.length) : ''}</p>
        <span>
          ${
            this.fullscreen && !isServer && document.fullscreenEnabled
              ? html`<button part="fullscreen" type="button" aria-label=${s.fullscreen} @click=${this.#toggleFullscreen}>${icon(FULLSCREEN)}</button>`
              : nothing
          }
          <button part="close" type="button" @click=${this.close}>${s.close} ${icon(CLOSE)}</button>
        </span>
      </div>
      ${
        many
          ? html`<button part="previous" type="button" aria-label=${s.previous} @click=${this.previous}>${icon(PREVIOUS)}</button>
            <button part="next" type="button" aria-label=${s.next} @click=${this.next}>${icon(NEXT)}</button>`
          : nothing
      }
      <div class="stage">
        ${
          image
            ? keyed(
                this.#attempt,
                html`<img part="viewer-image" width=${image.width ?? nothing} height=${image.height ?? nothing} sizes=${image.sizes ?? nothing}
                srcset=${image.srcset ?? nothing} src=${image.src} alt=${image.alt} lang=${g.lang ?? nothing} aria-describedby="lb-caption"
                draggable="false" data-path=${`images[${this.#current}]`} @error=${this.#onViewerError} @load=${onImageLoad} />`,
              )
            : nothing
        }
        <div class="status">
          <p part="viewer-status" role="status">${this.#viewerBroken && image ? s.imageError(image.alt) : ''}</p>
          ${this.#viewerBroken ? html`<button part="retry" type="button" @click=${this.#retry}>${s.retry}</button>` : nothing}
        </div>
      </div>
      <div part="viewer-caption" id="lb-caption" lang=${g.lang ?? nothing}>
        ${
          image && (image.title || g.title)
            ? html`<h2 id="lb-title" class=${image.title ? '' : 'sr-only'}>${image.title ?? g.title}</h2>`
            : nothing
        }
        ${image ? caption({ ...image, title: undefined }, this.localize, (content) => html`<p>${content}</p>`) : nothing}
      </div>
      ${
        this.thumbnails && many
          ? html`<ul part="strip" role="list" aria-label=${s.thumbnails}>
            ${g.images.map((_, i) => html`<li>${this.#renderThumb(g, i, STRIP_THUMB)}</li>`)}
          </ul>`
          : nothing
      }
    </dialog>`;
  }

  /**
   * A thumbnail button. Without alt text it is named by the image's title, else by its place ("Bild 3 von 9"),
   * in the list and in the strip alike.
   */
  #renderThumb(g: Gallery, index: number, { part, imagePart, sizes }: ThumbKind) {
    const image = g.images[index]!;
    const inStrip = part === 'strip-thumb';
    return html`<button
      part=${part}
      type="button"
      aria-haspopup=${inStrip ? nothing : 'dialog'}
      aria-current=${inStrip ? String(index === this.#current) : nothing}
      aria-label=${image.alt ? nothing : (image.title ?? this.localize.counter(index + 1, g.images.length))}
      data-index=${index}
      @click=${this.#onThumbClick}
    >
      ${img({ ...image, sizes: image.srcset ? sizes : undefined }, { path: `images[${index}]`, part: imagePart })}
    </button>`;
  }

  // ---------------------------------------------------------------- Handlers

  #onThumbClick = (e: Event) => {
    void this.show(Number((e.currentTarget as HTMLElement).dataset.index));
  };

  /** The viewer's image failed: report it (once per attempt) and offer a retry, announced politely. */
  #onViewerError = (e: Event) => {
    onImageError.call(this, e);
    this.#viewerBroken = true;
    this.requestUpdate();
  };

  #retry = () => {
    this.#viewerBroken = false;
    this.#attempt++;
    this.requestUpdate();
  };

  #toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void this.#dialog?.requestFullscreen().catch(() => undefined);
  };

  #onKeydown = (e: KeyboardEvent) => {
    const last = (this.model?.images.length ?? 1) - 1;
    // Arrows follow the reading direction: on right-to-left pages → goes back.
    const step = getComputedStyle(this).direction === 'rtl' ? -1 : 1;
    const to = { ArrowLeft: this.#current - step, ArrowRight: this.#current + step, Home: 0, End: last }[e.key];
    const zoom = { '+': 1.5, '=': 1.5, '-': 1 / 1.5, '0': 0 }[e.key];
    if (e.altKey || e.ctrlKey || e.metaKey || (to === undefined && zoom === undefined)) return;
    e.preventDefault();
    if (to !== undefined) void this.show(to);
    else if (zoom) this.#gestures?.zoomBy(zoom);
    else this.#gestures?.reset();
  };

  /** A click on the dark area around the image (not on the image or a control) closes, as users expect. */
  #onDialogClick = (e: Event) => {
    const t = e.target as Element;
    if (this.#gestures?.consumedClick) this.#gestures.consumedClick = false;
    else if (t === this.#dialog || t.classList.contains('stage')) this.close();
  };

  #onClose = () => {
    const index = this.#current;
    this.#setCurrent(-1);
    this.#holdPage(false);
    this.#history?.release();
    // Arrived through a deep link: the page's entry keeps no stale hash.
    if (this.deepLink && location.hash === this.#hash(index))
      history.replaceState(history.state, '', location.pathname + location.search);
    // Back to the thumbnail without scrolling: the reader's place on the page is kept.
    this.#find('thumb', index)?.focus({ preventScroll: true });
    this.#fire('report-lightbox-close', index);
  };

  // ---------------------------------------------------------------- Helpers

  /**
   * Holds the page while the viewer is open (no scrolling) and lets it go; idempotent. Focus needs no guard:
   * the modal dialog makes the page inert, and every engine we support refuses to focus inert elements, even
   * from a script (test/gallery-viewer.test.ts checks it in all three).
   */
  #holdPage(hold: boolean): void {
    if (hold) this.#viewer?.lockScroll(this);
    else this.#viewer?.unlockScroll(this);
  }

  /** The deep-link hash for image `index`, or `undefined` when deep links are off. */
  #hash(index: number): string | undefined {
    return this.deepLink && this.id ? `#${this.id}-${index + 1}` : undefined;
  }

  async #loadViewer(): Promise<void> {
    try {
      const viewer = (this.#viewer = await import('./viewer.js'));
      // Constructable, like Lit's own (allowed under `style-src 'self'`), and one for the whole page.
      if (!viewerSheet) {
        viewerSheet = new CSSStyleSheet();
        viewerSheet.replaceSync(viewer.viewerCss);
      }
      const root = this.renderRoot as ShadowRoot;
      if (!root.adoptedStyleSheets.includes(viewerSheet))
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, viewerSheet];
      this.#history ??= new viewer.LightboxHistory(() => this.close());
      this.#gestures ??= new viewer.StageGestures(
        () => this.renderRoot.querySelector('.stage'),
        (step) => void this.show(this.#current + step),
      );
      this.#gestures.listen(this.renderRoot.querySelector('.stage'));
    } catch {
      // Without the file beside the bundle the viewer still opens and works with buttons and keys.
    }
  }

  /** Starts loading the neighbours, so that next/previous shows at once. */
  #preload(index: number): void {
    const images = this.model?.images ?? [];
    if (images.length < 2) return;
    for (const n of [index + 1, index - 1]) {
      const i = images[(n + images.length) % images.length]!;
      const pre = new Image();
      if (i.srcset) pre.srcset = i.srcset;
      if (i.sizes) pre.sizes = i.sizes;
      pre.src = i.src;
    }
  }

  #setCurrent(index: number): void {
    this.#current = index;
    this.requestUpdate();
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  #find(name: string, index = 0): HTMLElement | undefined {
    return this.renderRoot.querySelectorAll<HTMLElement>(`[part~='${name}']`)[index];
  }

  #fire(type: 'report-lightbox-open' | 'report-lightbox-change' | 'report-lightbox-close', index: number): void {
    emit(this, type, { index });
  }
}
