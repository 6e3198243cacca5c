/**
 * `report-elements/react`: React components for the five elements, made with `@lit/react`. Importing this
 * module registers the tags. Props that the element has as properties (`data`, `headingLevel`) are set as
 * properties, so `data` takes an object; `on…` props listen to the elements' events:
 *
 * ```tsx
 * import { ReportQuote } from 'report-elements/react';
 *
 * <ReportQuote data={{ text: 'Vertrauen ist keine Einbahnstraße.', author: 'Doreen Barth' }}
 *   onReportError={(e) => log(e.detail.errors)} />
 * ```
 *
 * `react` (18 or 19) and `@lit/react` are peer dependencies.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { ReportArticle as ReportArticleElement } from '../article/report-article.js';
import type { ReportErrorDetail, ReportLightboxDetail, ReportLoadDetail } from '../core/events.js';
import { ReportGallery as ReportGalleryElement } from '../gallery/report-gallery.js';
import { ReportInfobox as ReportInfoboxElement } from '../infobox/report-infobox.js';
import { ReportQuote as ReportQuoteElement } from '../quote/report-quote.js';
import { ReportTeaser as ReportTeaserElement } from '../teaser/report-teaser.js';

// Every data and event type, as from `report-elements`.
export type * from '../types.js';

/**
 * The events every element fires: `report-error` (`detail.errors` lists `{path, message}`) and `report-load`
 * (content from `src` rendered; `detail.src`).
 */
const errorEvents = {
  onReportError: 'report-error' as EventName<CustomEvent<ReportErrorDetail>>,
  onReportLoad: 'report-load' as EventName<CustomEvent<ReportLoadDetail>>,
};

/** `<report-teaser>`: an article card. */
export const ReportTeaser = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'report-teaser',
  elementClass: ReportTeaserElement,
  events: errorEvents,
  displayName: 'ReportTeaser',
});

/** `<report-quote>`: a quotation with its attribution. */
export const ReportQuote = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'report-quote',
  elementClass: ReportQuoteElement,
  events: errorEvents,
  displayName: 'ReportQuote',
});

/** `<report-gallery>`: thumbnails and a lightbox; `onLightbox…` receive `detail.index` (zero-based). */
export const ReportGallery = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'report-gallery',
  elementClass: ReportGalleryElement,
  events: {
    ...errorEvents,
    onLightboxOpen: 'report-lightbox-open' as EventName<CustomEvent<ReportLightboxDetail>>,
    onLightboxChange: 'report-lightbox-change' as EventName<CustomEvent<ReportLightboxDetail>>,
    onLightboxClose: 'report-lightbox-close' as EventName<CustomEvent<ReportLightboxDetail>>,
  },
  displayName: 'ReportGallery',
});

/** `<report-infobox>`: a box of related information. */
export const ReportInfobox = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'report-infobox',
  elementClass: ReportInfoboxElement,
  events: errorEvents,
  displayName: 'ReportInfobox',
});

/**
 * `<report-article>`: a whole report. Its galleries' `report-lightbox-*` events bubble out of it: listen on
 * a ref or an ancestor.
 */
export const ReportArticle = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'report-article',
  elementClass: ReportArticleElement,
  events: errorEvents,
  displayName: 'ReportArticle',
});
