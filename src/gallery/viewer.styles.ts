/**
 * Plain text, not Lit's `css`: this module is loaded beside the bundle and imports nothing from it (a page
 * that loads `report-elements.js?ver=…` would otherwise evaluate the bundle a second time under its plain URL).
 * Named `css`, so that the build minifies it as it minifies Lit's.
 */
const css = (text: TemplateStringsArray): string => text.raw[0]!;

/**
 * The lightbox viewer's styles, loaded with the viewer's other parts on its first opening and adopted into the
 * gallery's shadow root before the dialog shows (a closed `<dialog>` is hidden by the browser until then).
 */
export const viewerCss = css`
  /* Lightbox: a native modal <dialog> over the whole viewport. */
  dialog {
    width: 100%;
    height: 100%;
    max-width: none;
    max-height: none;
    margin: 0;
    padding: 0.5rem;
    border: 0;
    background: var(--_lb-bg);
    color: var(--_lb-color);
    overscroll-behavior: contain;
  }
  dialog[open] {
    display: grid;
    grid-template: auto minmax(0, 1fr) auto auto / auto minmax(0, 1fr) auto;
    gap: 0.5rem;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }
  .bar {
    grid-column: 1 / -1;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
  }
  .bar > span {
    display: flex;
    gap: 0.5rem;
  }
  [part~='counter'] {
    margin: 0;
    padding-inline: 0.5rem;
    font-variant-numeric: tabular-nums;
  }
  .stage {
    position: relative;
    grid-area: 2 / 2;
    overflow: hidden;
    /* Pinch and pan are ours while the viewer is open; the page behind is locked anyway. */
    touch-action: none;
    cursor: zoom-in;
  }
  .stage[data-zoomed] {
    cursor: grab;
  }
  [part~='viewer-image'] {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: contain;
    transition: transform 0.15s ease-out;
    user-select: none;
  }
  /* A failed image: the message (with the alt text) and Retry take its place. */
  [part~='viewer-image'][data-broken] {
    visibility: hidden;
  }
  .status {
    position: absolute;
    inset: 0;
    display: grid;
    place-content: center;
    justify-items: center;
    gap: 0.75rem;
    padding: 1rem;
    text-align: center;
    pointer-events: none;
  }
  .status > * {
    pointer-events: auto;
  }
  [part~='viewer-status'] {
    max-width: 32rem;
    margin: 0;
  }
  [part~='strip'] {
    grid-area: 4 / 1 / auto / -1;
    display: flex;
    justify-content: safe center;
    gap: 0.375rem;
    margin: 0;
    /* Room for the 6px two-tone focus ring (below), which this scroll container would otherwise cut off. */
    padding: 6px;
    overflow-x: auto;
    list-style: none;
  }
  [part~='strip-thumb'] {
    width: 4.25rem;
    height: 2.75rem;
    padding: 0;
    overflow: hidden;
    border-radius: var(--_radius);
    opacity: 0.7;
  }
  [part~='strip-thumb'][aria-current='true'] {
    opacity: 1;
    border: 2px solid currentColor;
  }
  [part~='strip-image'] {
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  [part~='viewer-caption'] {
    grid-area: 3 / 1 / auto / -1;
    max-width: 48rem;
    max-height: 30vh;
    margin-inline: auto;
    padding: 0 0.5rem 0.5rem;
    overflow: auto;
    font-size: 0.9375em;
  }
  [part~='viewer-caption'] h2 {
    margin: 0 0 0.25em;
    font-size: 1.125em;
  }
  [part~='viewer-caption'] p {
    margin: 0;
  }
  dialog button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-width: 44px;
    min-height: 44px;
    padding: 0 0.75rem;
    border: 1px solid rgb(255 255 255 / 0.35);
    border-radius: 22px;
    background: rgb(0 0 0 / 0.55);
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  dialog button:hover {
    background: rgb(40 40 40 / 0.9);
  }
  /* Two rings, white inside black, stay visible over light and dark photos alike. */
  dialog :focus-visible {
    outline: 3px solid #fff;
    outline-offset: 0;
    box-shadow: 0 0 0 6px #000;
  }
  [part~='previous'],
  [part~='next'] {
    align-self: center;
    padding: 0;
  }
  [part~='previous'] {
    grid-area: 2 / 1;
  }
  [part~='next'] {
    grid-area: 2 / 3;
  }
  /* On narrow screens the arrows float over the image edges, so the photo gets the full width. */
  @media (max-width: 40rem) {
    .stage {
      grid-column: 1 / -1;
    }
    [part~='previous'],
    [part~='next'] {
      z-index: 1;
      grid-column: 2;
    }
    [part~='previous'] {
      justify-self: start;
    }
    [part~='next'] {
      justify-self: end;
    }
  }
  svg {
    width: 24px;
    height: 24px;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  :dir(rtl) [part~='previous'] svg,
  :dir(rtl) [part~='next'] svg {
    transform: scaleX(-1);
  }
  @media (forced-colors: active) {
    dialog button {
      border-color: ButtonText;
    }
    dialog :focus-visible {
      outline-color: Highlight;
    }
  }
  /* Print: no viewer, even while it is open (the gallery prints as a grid of captioned images). */
  @media print {
    dialog[open] {
      display: none;
    }
  }
`;
