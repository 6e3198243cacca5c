import { css } from 'lit';

export const quoteStyles = css`
  :host {
    --_quote-accent: var(--report-quote-accent, var(--_accent));
  }
  figure {
    margin: 0;
    padding-inline-start: calc(var(--_space) * 1.25);
    border-inline-start: 0.25rem solid var(--_quote-accent);
  }
  blockquote {
    margin: 0;
    font-family: var(--report-quote-font-family, var(--_heading-font));
    font-size: var(--report-quote-font-size, 1.25em);
    line-height: 1.4;
  }
  blockquote p {
    margin: 0;
  }
  figcaption {
    display: flex;
    align-items: center;
    gap: 0.75em;
    margin-block-start: 0.75em;
    font-size: 0.9375em;
  }
  /* A flex item keeps its min-content width: let long names wrap instead of overflowing. */
  figcaption > span {
    min-width: 0;
  }
  [part~='portrait'] {
    flex: none;
    width: 3.5rem;
    height: 3.5rem;
    border-radius: 50%;
    object-fit: cover;
  }
  [part~='author'] {
    font-weight: 700;
  }
  [part~='role'],
  [part~='source'] {
    display: block;
    color: var(--_muted);
  }
`;
