import { css } from 'lit';

/** The gallery's own styles; the viewer's are in `viewer.styles.ts`, adopted when it first opens. */

export const galleryStyles = css`
  :host {
    --_lb-bg: var(--report-lightbox-background, rgb(0 0 0 / 0.96));
    --_lb-color: var(--report-lightbox-color, #fff);
    --_thumb-min: var(--report-gallery-thumb-min, 9rem);
  }
  [part~='title'] {
    font-size: 1.5em;
  }
  [part~='list'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_thumb-min)), 1fr));
    gap: var(--report-gallery-gap, 0.5rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='thumb'] {
    display: block;
    width: 100%;
    min-height: 24px;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_border);
    cursor: zoom-in;
  }
  [part~='thumb']:focus-visible {
    outline-offset: 3px;
  }
  [part~='thumbnail'] {
    width: 100%;
    aspect-ratio: 3 / 2;
    object-fit: cover;
    transition: transform 0.2s;
  }
  [part~='thumb']:hover [part~='thumbnail'] {
    transform: scale(1.04);
  }

  /* Each thumbnail's own caption is for paper; on screen the viewer shows it. */
  li > [part~='caption'] {
    display: none;
  }
  /* Print: a grid of captioned images (about three across a page), no viewer. */
  @media print {
    :host {
      --_thumb-min: var(--report-gallery-thumb-min, 12rem);
    }
    li > [part~='caption'] {
      display: block;
    }
  }
`;
