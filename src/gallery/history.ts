/**
 * One history entry per open lightbox, so that the Back button (or `history.back()`) closes the viewer
 * instead of leaving the page — what phone users expect of anything that fills the screen.
 */
export class LightboxHistory {
  /** Whether the current history entry is ours. */
  #owned = false;

  constructor(private readonly onBack: () => void) {}

  /** Adds an entry (with `hash`, for deep links) when the viewer opens. */
  push(hash?: string): void {
    history.pushState({ reportLightbox: true }, '', hash);
    this.#owned = true;
    addEventListener('popstate', this.#onPopState);
  }

  /**
   * Updates the deep link of the current entry while the viewer is open: ours, or the page's own when the
   * viewer was opened from a link (so that the URL always names the image shown).
   */
  replace(hash: string | undefined): void {
    if (hash) history.replaceState(history.state, '', hash);
  }

  /** The viewer closed by other means (Esc, button, backdrop): take our entry off the stack again. */
  release(): void {
    if (!this.#owned) return;
    this.#stop();
    history.back();
  }

  /**
   * The gallery left the page (a single-page app changed views): stop listening but leave history alone,
   * since going back now could undo the app's own navigation.
   */
  forget(): void {
    if (this.#owned) this.#stop();
  }

  #onPopState = (): void => {
    if (!this.#owned) return;
    this.#stop();
    this.onBack();
  };

  #stop(): void {
    this.#owned = false;
    removeEventListener('popstate', this.#onPopState);
  }
}

/** Who holds the page now; the page scrolls again when the last one lets go. */
const lockers = new Set<object>();
let saved: [overflow: string, padding: string] = ['', ''];

/**
 * Stops the page behind a modal viewer from scrolling (wheel, touch, overscroll) and keeps its scroll
 * position; the scrollbar's width is padded so the page does not jump sideways. Each `locker` holds the
 * page once however often it calls, so two galleries cannot unlock each other.
 */
export function lockScroll(locker: object): void {
  if (lockers.has(locker) || lockers.add(locker).size > 1) return;
  const root = document.documentElement;
  const gap = innerWidth - root.clientWidth;
  saved = [root.style.overflow, root.style.paddingInlineEnd];
  root.style.overflow = 'hidden';
  if (gap > 0) root.style.paddingInlineEnd = `${gap}px`;
}

/** Lets go of the page for `locker` (nothing happens if it did not hold it). */
export function unlockScroll(locker: object): void {
  if (!lockers.delete(locker) || lockers.size) return;
  const root = document.documentElement;
  [root.style.overflow, root.style.paddingInlineEnd] = saved;
}
