import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/quote/report-quote.js';
import type { Quote } from '../src/quote/quote.schema.js';
import { dataArgType, langArgType, LONG, MISSING, seedQuotes, showErrors, type ElementArgs } from './support.js';
// The seed itself, imported as the brief's stories do; `seedQuotes()` picks the quote blocks out of it.
import seed from '../test/fixtures/seed.json';

// `headingLevel` only so the inherited (unused) property can be hidden from the table.
type Args = ElementArgs<Quote> & { headingLevel?: number };

const render = (args: Args) =>
  html`<report-quote .data=${args.data} lang=${args.lang ?? nothing} @report-error=${args.onReportError}></report-quote>`;

const meta = {
  title: 'Elements/Quote',
  component: 'report-quote',
  render,
  argTypes: {
    data: dataArgType('Quote'),
    lang: langArgType,
    // Inherited from the base class, but a quote has no heading.
    'heading-level': { table: { disable: true }, control: false },
    headingLevel: { table: { disable: true }, control: false },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A quotation with its attribution: `<figure><blockquote>…</blockquote><figcaption>`. Quotation marks follow the language of the page („…“ in German, “…” in English, «…» in Swiss German).',
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The first quote of the seed report. */
export const Seed: Story = { args: { data: seedQuotes()[0] } };

/** A long quote from the seed: the text wraps, the attribution stays below. */
export const LongQuote: Story = {
  name: 'Seed, long quote',
  args: { data: seed.blocks.find((b) => b.type === 'quote' && b.author === 'Stefan Renner') as unknown as Quote },
};

/** With a portrait (decorative: `alt: ""`, the name is in the caption) and a source link. */
export const WithPortrait: Story = {
  args: {
    data: {
      text: 'Wir tauschen uns oft aus, nicht nur intern, sondern auch mit unseren vielfältigen Netzwerkpartnerinnen und Netzwerkpartnern.',
      author: 'Lutz Neumann',
      role: 'Geschäftsführer, Jobcenter Berlin Lichtenberg',
      cite: '/gute-praxis/erfahrungsaustausch',
      image: { src: 'images/06-neumann.svg', alt: '', width: 800, height: 1200 },
    },
  },
};

/** Only the required field. */
export const Minimal: Story = { args: { data: { text: 'Vertrauen ist keine Einbahnstraße.' } } };

/** Compound words without a break opportunity, in a 320 px container: nothing may stick out. */
export const LongWords: Story = {
  name: 'Long German words (320 px)',
  globals: { width: '320' },
  args: {
    data: {
      text: `Die ${LONG.office} arbeitet eng mit der ${LONG.ship}verwaltung zusammen.`,
      author: 'Dr. Maximiliane Schwarzenbergerhausen',
      role: `Leiterin der ${LONG.office}`,
      cite: '/quelle',
      image: { src: 'images/06-neumann.svg', alt: '' },
    },
  },
};

/** English content on an English page: “…” quotation marks, "Source". */
export const English: Story = {
  globals: { lang: 'en' },
  args: {
    lang: 'en',
    data: {
      text: 'Trust is not a one-way street.',
      author: 'Doreen Barth',
      role: 'Coach in the L.IGA project',
      cite: 'https://example.org/source',
    },
  },
};

/** Swiss German: «…». */
export const SwissGerman: Story = {
  name: 'Swiss German (de-CH)',
  args: { lang: 'de-CH', data: seedQuotes()[0] },
};

/**
 * Invalid fields are reported once through `report-error` (listed below the element) and left out; what is
 * valid still renders. A `javascript:` source never becomes a link.
 */
export const InvalidData: Story = {
  args: {
    data: {
      text: 'Vertrauen ist keine Einbahnstraße.',
      author: 42,
      cite: 'javascript:alert(1)',
      image: { src: 'images/06-neumann.svg' },
    } as unknown as Quote,
  },
  render: (args) => showErrors(render(args)),
};

/** JSON text that does not parse: nothing renders, the parse error is reported. */
export const InvalidJson: Story = {
  name: 'Invalid JSON',
  args: { data: '{"text": "Vertrauen ist keine Einbahnstraße.", "author": ' },
  render: (args) => showErrors(render(args)),
};

/** No content yet: the element renders nothing of its own (only fallback content written inside the tag would show) and reports nothing. */
export const Empty: Story = { args: { data: undefined } };

/** The portrait URL does not exist (404): the layout holds, the quote stays readable. */
export const MissingImage: Story = {
  name: 'Missing image',
  args: { data: { ...seedQuotes()[0]!, image: { src: MISSING, alt: '', width: 800, height: 1200 } } },
};

/**
 * Fallback content written by the CMS inside the tag: a plain `<blockquote>`. It shows until the element has
 * content and whenever it has none — here the JSON is invalid, so readers get the CMS's own markup (and the
 * problem is reported). With valid content the element's rendering replaces it.
 */
export const FallbackContent: Story = {
  name: 'Fallback content',
  args: { data: '{"text": "Vertrauen ist keine Einbahnstraße.", "author": ' },
  render: (args) =>
    showErrors(
      html`<report-quote .data=${args.data} lang=${args.lang ?? nothing} @report-error=${args.onReportError}>
        <blockquote>
          <p>„Vertrauen ist keine Einbahnstraße.“</p>
          <footer>Doreen Barth, Coachin im Projekt L.IGA</footer>
        </blockquote>
      </report-quote>`,
    ),
};
