/**
 * Styles every element shares. Public `--report-*` tokens feed private `--_*` ones on `:host`, so a theme
 * set on any ancestor (or on `:root`) reaches every element.
 *
 * Colours follow the host page's `color-scheme` through `light-dark()`: a page that declares
 * `color-scheme: dark` (or `light dark` on a dark system) gets the dark palette.
 */
import { css } from 'lit';

export const hostStyles = css`
  :host {
    --_accent: var(--report-accent, light-dark(#00528a, #8cc8ff));
    --_text: var(--report-text-color, inherit);
    --_muted: var(--report-muted-color, color-mix(in srgb, currentColor 85%, transparent));
    --_border: var(--report-border-color, color-mix(in srgb, currentColor 22%, transparent));
    --_surface: var(--report-surface, color-mix(in srgb, var(--_accent) 7%, transparent));
    --_focus: var(--report-focus-color, var(--_accent));
    --_radius: var(--report-radius, 0.25rem);
    --_space: var(--report-space, 1rem);
    --_font: var(--report-font-family, inherit);
    --_heading-font: var(--report-heading-font-family, var(--_font));
    /* Its own block formatting context, so margins inside (the fallback's, the last paragraph's) stay inside,
       as they did when every host was a size container; flow-root does that without containment. */
    display: flow-root;
    margin-block-end: var(--_space);
    color: var(--_text);
    font-family: var(--_font);
    line-height: var(--report-line-height, 1.5);
    overflow-wrap: break-word;
    hyphens: auto;
  }
  :host([hidden]) {
    display: none;
  }
  /* Loading from src with no fallback content to show: keep its place so the page does not jump. */
  :host([report-loading]) {
    min-block-size: var(--report-loading-block-size, 12rem);
  }
  /* Elements only: a rule for every ::before and ::after makes the engine style both pseudo-elements of every
     element, and none of ours sizes a box. */
  * {
    box-sizing: border-box;
  }
  :is(h1, h2, h3, h4, h5, h6) {
    margin: 0 0 0.5em;
    font-family: var(--_heading-font);
    line-height: 1.2;
    text-wrap: balance;
    overflow-wrap: anywhere;
  }
  p {
    margin: 0 0 var(--_space);
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.125em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  img {
    display: block;
    max-width: 100%;
    height: auto;
  }
  figure {
    margin: 0 0 var(--_space);
  }
  /* A failed image keeps its box and shows its alt text, framed, instead of a broken-image icon. */
  img[data-broken] {
    min-height: 4rem;
    padding: 0.5rem;
    border: 1px dashed var(--_border);
    background: var(--_surface);
    color: var(--_muted);
    font-size: 0.875em;
    font-style: italic;
  }
  [part~='caption'] {
    margin-block-start: 0.5em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='credit'] {
    font-style: italic;
  }
  [part~='image-title'] {
    display: block;
    font-weight: 700;
  }
  [part~='kicker'] {
    display: block;
    margin-block-end: 0.25em;
    color: var(--_muted);
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.02em;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
  /* Print: black on white whatever the page's scheme, links show where they go, nothing splits awkwardly. */
  @media print {
    :host {
      color: #000;
      background: #fff;
      color-scheme: light;
    }
    a {
      color: inherit;
    }
    /* Every link target except in-page anchors: paper has no links. A path ("/magazin") is shown as written;
       the reader has the site's address from the page header. */
    a[href]:not([href^='#'])::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
      hyphens: none;
    }
    figure,
    aside,
    li {
      break-inside: avoid;
    }
    :is(h1, h2, h3, h4, h5, h6) {
      break-after: avoid;
    }
  }
`;
