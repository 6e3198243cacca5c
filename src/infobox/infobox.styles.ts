import { css } from 'lit';

export const infoboxStyles = css`
  aside {
    padding: calc(var(--_space) * 1.25);
    border-inline-start: 0.25rem solid var(--report-infobox-accent, var(--_accent));
    border-radius: var(--_radius);
    background: var(--report-infobox-surface, var(--_surface));
  }
  [part~='title'] {
    font-size: 1.25em;
  }
  [part~='body'] > :last-child,
  [part~='links'] {
    margin-block-end: 0;
  }
  [part~='links'] {
    margin-block-start: var(--_space);
    padding-inline-start: 1.25em;
  }
  [part~='links'] li + li {
    margin-block-start: 0.25em;
  }
  /* Printed, as in forced colours: a framed box, no tint. */
  @media print, (forced-colors: active) {
    aside {
      background: none;
      border: 1px solid CanvasText;
      border-inline-start-width: 0.25rem;
    }
  }
`;
