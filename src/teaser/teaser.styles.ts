import { css } from 'lit';

export const teaserStyles = css`
  /* Stacked in a narrow column; from 36rem the figure (2 parts) sits beside the text (3 parts). The switch is
     flex-wrap's ("holy albatross"): a basis of (36rem - 100%) × 999 is huge below 36rem, so each box takes a
     line, and 0 above it, so both share one. No size container needed: see issue #15 for what that cost. */
  article {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-content: flex-start;
    gap: 0.75rem 1.5rem;
    height: 100%;
  }
  .text,
  [part~='figure'] {
    flex: 3 1 calc((36rem - 100%) * 999);
    min-width: 0;
  }
  .text {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  [part~='figure'] {
    flex-grow: 2;
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
  /* The focus ring goes round the whole card: drawn by the stretched ::after that covers it. */
  [part~='link']:focus-visible {
    outline: none;
  }
  [part~='link']:focus-visible::after {
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
    [part~='link']:focus-visible::after {
      outline-color: Highlight;
    }
  }
`;
