/**
 * Shared pieces of the stories: the seed report split into per-element content, long German words, and a
 * wrapper that shows `report-error` on the page. Not a stories file itself.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import type { ReportErrorDetail } from '../src/core/events.js';
import type { Teaser } from '../src/teaser/teaser.schema.js';
import { seed } from '../test/fixtures/seed.js';

export { seed, seedGallery, seedImages, seedInfobox, seedQuotes } from '../test/fixtures/seed.js';

/** The seed has no teaser of its own: the report as it would be teased on an overview page. */
export const seedTeaser = (): Teaser => {
  const a = seed();
  return {
    kicker: a.kicker,
    title: a.title,
    href: '/gute-praxis/erfahrungsaustausch-berlin-offenbach',
    date: a.date,
    summary:
      'Mitarbeitende der Pro Arbeit – Kreis Offenbach besuchten das Jobcenter Berlin Lichtenberg. Im Zentrum: Wege, Menschen mit psychischen Erkrankungen wieder in Arbeit zu bringen.',
    image: { ...a.image!, caption: undefined },
  };
};

/** Compound words that have no break opportunity without hyphenation. */
export const LONG = {
  ship: 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen',
  office: 'Arbeitsmarktintegrationsmaßnahmenkoordinierungsstelle',
  law: 'Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz',
  permit: 'Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung',
} as const;

/** An image URL that does not exist on the server (404). */
export const MISSING = 'images/missing.svg';

/**
 * Shows what a host page receives through `report-error`: a listener on a wrapper (the event bubbles and is
 * composed) writes `detail.errors` into the `<pre>` beside the element.
 */
export const showErrors = (story: TemplateResult): TemplateResult => {
  const onError = (e: CustomEvent<ReportErrorDetail>) => {
    const out = (e.currentTarget as HTMLElement).querySelector<HTMLElement>(':scope > .sb-errors');
    if (!out) return;
    const from = `report-error from <${(e.target as Element).localName}>: ${e.detail.errors.length} problem(s)`;
    const lines = e.detail.errors.map(({ path, message }) => `  ${path || '(data)'}: ${message}`);
    out.textContent = [out.textContent, from, ...lines].filter(Boolean).join('\n');
  };
  return html`<div @report-error=${onError}>
    ${story}
    <pre class="sb-errors" role="log" aria-label="detail.errors of report-error"></pre>
  </div>`;
};

/** Arguments every element story shares. */
export interface ElementArgs<T> {
  /** The content, set as the `data` property. */
  data?: T | string;
  /** `heading-level` attribute (elements with a heading). */
  'heading-level'?: number;
  /** `lang` attribute on the element itself (the wrapper's `lang` comes from the toolbar). */
  lang?: string;
  /** Action created from the manifest's `report-error` event. */
  onReportError?: (e: Event) => void;
}

/** argTypes shared by every element: `data` is the property (an object control), not the JSON attribute. */
type InputType = ArgTypes[string];

export const dataArgType = (type: string): InputType => ({
  control: 'object',
  description: `The content (\`${type}\`) as an object, set as the \`data\` property: the first of the content sources (their order: *Introduction*).`,
  table: { category: 'properties', type: { summary: `${type} | string` } },
});

export const headingLevelArgType: InputType = {
  control: { type: 'number', min: 1, max: 6, step: 1 },
  description: 'Level of the top heading, 1–6. Set it to fit the page outline.',
};

export const langArgType: InputType = {
  control: 'inline-radio',
  options: ['de', 'en', 'de-CH'],
  description: 'The `lang` attribute of the element itself; without it the nearest ancestor `lang` applies.',
};
