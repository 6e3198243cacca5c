import { css } from 'lit';

export const articleStyles = css`
  /* The title's size follows the article's own width (cqi): the one size container, on the article alone. */
  :host {
    container-type: inline-size;
  }
  article {
    max-width: var(--report-article-max-width, 48rem);
  }
  header {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  [part~='title'] {
    margin-block-end: 0.4em;
    font-size: var(--report-article-title-size, clamp(1.375em, 1em + 2.75cqi, 2.5em));
  }
  [part~='date'] {
    display: block;
    margin-block-end: var(--_space);
    color: var(--_muted);
    font-size: 0.9375em;
  }
  [part~='title'] [part~='kicker'] {
    font-size: max(0.875rem, 0.4em);
  }
  [part~='lead'] {
    font-size: 1.1875em;
    line-height: 1.45;
  }
  [part~='heading'] {
    margin-block-start: calc(var(--_space) * 2);
    font-size: 1.375em;
  }
  [part~='figure'] {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  [part~='image'] {
    width: 100%;
    border-radius: var(--_radius);
  }
  report-quote,
  report-gallery,
  report-infobox {
    margin-block: calc(var(--_space) * 2);
  }
  /* Nested titles sit at the level of the section headings, so they look it. */
  report-gallery::part(title),
  report-infobox::part(title) {
    font-size: 1.375em;
  }
`;
