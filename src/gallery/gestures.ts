/**
 * Pointer input on the lightbox image, written on Pointer Events: swipe or mouse-drag to change image,
 * pinch, double-tap/double-click, Ctrl+wheel and +/−/0 keys to zoom, drag to pan while zoomed.
 * Swipes act on release and only past a clear horizontal distance, so a pointer moved back before release,
 * or cancelled by the browser, does nothing (WCAG 2.5.2); the buttons and arrow keys do the same without
 * any gesture.
 */
const MAX_SCALE = 4;
const SWIPE_PX = 48;
const DOUBLE_TAP_MS = 300;

interface Point {
  x: number;
  y: number;
}

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

export class StageGestures {
  /** Current zoom factor, 1 = fitted. */
  scale = 1;
  /** Whether the last pointer sequence was a gesture, so its trailing click must not close the viewer. */
  consumedClick = false;

  #x = 0;
  #y = 0;
  #pointers = new Map<number, Point>();
  #pan?: Point & { id: number; tx: number; ty: number };
  #pinch?: { distance: number; scale: number };
  #lastTap = 0;

  /**
   * @param stage The element around the image (its first `img` is transformed).
   * @param onSwipe Called with +1 (towards the end of the reading direction) or −1.
   */
  readonly #stage: () => HTMLElement | null;
  readonly #onSwipe: (step: 1 | -1) => void;

  /** The element listened on (see {@link listen}). */
  #listening?: HTMLElement;

  constructor(stage: () => HTMLElement | null, onSwipe: (step: 1 | -1) => void) {
    this.#stage = stage;
    this.#onSwipe = onSwipe;
  }

  /**
   * Listens on the stage element (again only when the gallery rendered a new one). The listeners live and go
   * with that element, inside the gallery's shadow root.
   */
  listen(stage: HTMLElement | null): void {
    if (!stage || stage === this.#listening) return;
    this.#listening = stage;
    stage.addEventListener('pointerdown', this.down);
    stage.addEventListener('pointermove', this.move);
    stage.addEventListener('pointerup', this.up);
    stage.addEventListener('pointercancel', this.cancel);
    stage.addEventListener('dblclick', this.dblclick);
    // Ctrl+wheel zoom must be able to cancel scrolling: say so, rather than leave it to the browser's default.
    stage.addEventListener('wheel', this.wheel, { passive: false });
  }

  /** Back to the fitted image (on every image change). */
  reset(): void {
    this.#zoomTo(1);
  }

  /** Zooms by `factor` around the centre (keyboard). */
  zoomBy(factor: number): void {
    this.#zoomTo(this.scale * factor);
  }

  down = (e: PointerEvent): void => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    this.consumedClick = false;
    this.#pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (this.#pointers.size === 2) {
      const [a, b] = [...this.#pointers.values()] as [Point, Point];
      this.#pinch = { distance: distance(a, b), scale: this.scale };
      this.#pan = undefined;
    } else if (this.#pointers.size === 1) {
      this.#pan = { id: e.pointerId, x: e.clientX, y: e.clientY, tx: this.#x, ty: this.#y };
    }
  };

  move = (e: PointerEvent): void => {
    if (!this.#pointers.has(e.pointerId)) return;
    this.#pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (this.#pinch && this.#pointers.size === 2) {
      const [a, b] = [...this.#pointers.values()] as [Point, Point];
      this.#zoomTo((this.#pinch.scale * distance(a, b)) / this.#pinch.distance);
    } else if (this.#pan && this.scale > 1) {
      this.#x = this.#pan.tx + e.clientX - this.#pan.x;
      this.#y = this.#pan.ty + e.clientY - this.#pan.y;
      this.#apply();
    }
  };

  up = (e: PointerEvent): void => {
    this.#pointers.delete(e.pointerId);
    if (this.#pinch) {
      if (this.#pointers.size < 2) this.#pinch = undefined;
      this.consumedClick = true;
      return;
    }
    const start = this.#pan;
    this.#pan = undefined;
    if (!start || start.id !== e.pointerId) return;
    const dx = e.clientX - start.x;
    const dy = e.clientY - start.y;
    if (this.scale > 1) {
      if (Math.abs(dx) + Math.abs(dy) > 4) this.consumedClick = true;
    } else if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) >= 1.5 * Math.abs(dy)) {
      this.consumedClick = true;
      const rtl = getComputedStyle(this.#stage() ?? document.documentElement).direction === 'rtl';
      this.#onSwipe(dx < 0 !== rtl ? 1 : -1);
    } else if (e.pointerType === 'touch') {
      // Touch has no dblclick everywhere: detect the double tap here.
      if (e.timeStamp - this.#lastTap < DOUBLE_TAP_MS) {
        this.#toggle(e);
        this.#lastTap = 0;
      } else this.#lastTap = e.timeStamp;
    }
  };

  cancel = (e: PointerEvent): void => {
    this.#pointers.delete(e.pointerId);
    this.#pan = undefined;
    this.#pinch = undefined;
  };

  dblclick = (e: MouseEvent): void => {
    this.#toggle(e);
  };

  wheel = (e: WheelEvent): void => {
    if (!e.ctrlKey) return;
    e.preventDefault();
    this.#zoomTo(this.scale * Math.exp(-e.deltaY / 300));
  };

  /** Fitted ⇄ 2×, keeping the point under the pointer in place. */
  #toggle(at: Point | MouseEvent): void {
    if (this.scale > 1) return this.reset();
    const r = this.#stage()?.getBoundingClientRect();
    const px = 'clientX' in at ? at.clientX : at.x;
    const py = 'clientY' in at ? at.clientY : at.y;
    this.scale = 2;
    this.#x = r ? -(px - (r.left + r.width / 2)) : 0;
    this.#y = r ? -(py - (r.top + r.height / 2)) : 0;
    this.#apply();
  }

  #zoomTo(scale: number): void {
    const s = Math.min(MAX_SCALE, Math.max(1, scale));
    if (s === 1) this.#x = this.#y = 0;
    else {
      this.#x *= s / this.scale;
      this.#y *= s / this.scale;
    }
    this.scale = s;
    this.#apply();
  }

  /** Through the CSSOM, which a strict CSP allows (unlike `style` attributes). */
  #apply(): void {
    const stage = this.#stage();
    const img = stage?.querySelector('img');
    if (!stage || !img) return;
    img.style.transform = this.scale === 1 ? '' : `translate(${this.#x}px, ${this.#y}px) scale(${this.scale})`;
    stage.toggleAttribute('data-zoomed', this.scale > 1);
  }
}
