import { css } from 'lit';

export const teaserStyles = css`
  article {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    height: 100%;
  }
  [part~='figure'] {
    order: -1;
    margin: 0;
  }
  [part~='image'] {
    width: 100%;
    border-radius: var(--_radius);
  }
  [part~='title'] {
    margin: 0;
    font-size: var(--report-teaser-title-size, 1.25em);
  }
  [part~='title'] [part~='kicker'] {
    font-size: 0.7em;
  }
  [part~='link'] {
    text-decoration-thickness: 0.0625em;
  }
  [part~='link']:hover {
    text-decoration-thickness: 0.125em;
  }
  /* One stretched link makes the whole card clickable without a second link or a wrapping <a>. */
  [part~='link']::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  [part~='link']:focus-visible {
    outline: none;
  }
  article:has([part~='link']:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 4px;
    border-radius: var(--_radius);
  }
  [part~='date'] {
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='summary'] {
    margin: 0;
  }
  [part~='caption'] {
    margin-block-start: 0.25em;
    font-size: 0.75em;
  }
  @container report (min-width: 36rem) {
    article {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      grid-auto-rows: min-content;
      column-gap: 1.5rem;
      align-content: start;
    }
    article > :not([part~='figure']) {
      grid-column: 2;
    }
    [part~='figure'] {
      grid-column: 1;
      grid-row: 1 / span 4;
    }
  }
  /* Print: the card stays on one page; the link's URL follows the title, small, instead of covering the card. */
  @media print {
    article {
      break-inside: avoid;
    }
    [part~='link']::after {
      position: static;
      font-size: 0.7em;
      font-weight: 400;
    }
  }
  @media (forced-colors: active) {
    article:has([part~='link']:focus-visible) {
      outline-color: Highlight;
    }
  }
`;
