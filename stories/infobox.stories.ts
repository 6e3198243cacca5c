import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/infobox/report-infobox.js';
import type { Infobox } from '../src/infobox/infobox.schema.js';
// The seed content comes from ../test/fixtures/seed.json through support.ts.
import {
  dataArgType,
  headingLevelArgType,
  langArgType,
  LONG,
  seedInfobox,
  showErrors,
  type ElementArgs,
} from './support.js';

type Args = ElementArgs<Infobox>;

const render = (args: Args) =>
  html`<report-infobox
    .data=${args.data}
    heading-level=${args['heading-level'] ?? nothing}
    lang=${args.lang ?? nothing}
    @report-error=${args.onReportError}
  ></report-infobox>`;

const meta = {
  title: 'Elements/Infobox',
  component: 'report-infobox',
  render,
  argTypes: { data: dataArgType('Infobox'), 'heading-level': headingLevelArgType, lang: langArgType },
  parameters: {
    docs: {
      description: {
        component:
          'Background information in an `<aside>` labelled by its title (a complementary landmark, never `role=alert`), with inline links and an optional link list.',
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The infobox of the seed report. */
export const Seed: Story = { args: { data: seedInfobox() } };

/** With a list of further links (the seed's own links). */
export const WithLinks: Story = {
  args: {
    data: {
      ...seedInfobox(),
      links: [
        { text: 'Ideenkompass Bürgergeld', href: '/ideenkompass-buergergeld' },
        { text: 'Magazin chancen', href: '/magazin-chancen' },
        { text: 'Internetseite von EPM', href: 'https://www.proarbeit-kreis-offenbach.de/' },
      ],
    },
  },
};

/** Only the required fields: a title and one paragraph. */
export const Minimal: Story = { args: { data: { title: 'No Limit', body: ['Ein ERASMUS+ Projekt der Pro Arbeit.'] } } };

/** Compound words without a break opportunity, in a 320 px container: nothing may stick out. */
export const LongWords: Story = {
  name: 'Long German words (320 px)',
  globals: { width: '320' },
  args: {
    data: {
      label: LONG.office,
      title: LONG.ship,
      body: [
        `Die ${LONG.permit} und das ${LONG.law} betreffen die ${LONG.office}.`,
        ['Mehr bei der ', { text: LONG.office, href: '/stelle' }, '.'],
      ],
      links: [{ text: LONG.law, href: '/gesetz' }],
    },
  },
};

/** English content on an English page; a German title inside is marked `lang="de"`. */
export const English: Story = {
  globals: { lang: 'en' },
  args: {
    lang: 'en',
    data: {
      label: 'Background',
      title: 'No Limit',
      body: [
        [
          'The ',
          { text: 'No Limit', lang: 'de' },
          ' project helps adults with mental health problems or severe mental illness into work. It was funded by the EU ERASMUS+ programme from June 2022 to May 2023. More on the ',
          { text: 'EPM website', href: 'https://www.proarbeit-kreis-offenbach.de/' },
          '.',
        ],
      ],
    },
  },
};

/**
 * Invalid parts are reported once through `report-error` (listed below the element) and left out: a
 * paragraph that is not text, a link with a `javascript:` URL (it renders as plain text).
 */
export const InvalidData: Story = {
  args: {
    data: {
      label: 'Infobox',
      title: 'No Limit',
      body: [
        'Das Projekt No Limit hilft bei der beruflichen Eingliederung.',
        42,
        [{ text: 'Link', href: 'javascript:alert(1)' }],
      ],
      links: [{ text: 'Gefährlicher Link', href: 'javascript:alert(1)' }, { href: '/ohne-text' }],
    } as unknown as Infobox,
  },
  render: (args) => showErrors(render(args)),
};

/** No content yet: the element renders nothing of its own (only fallback content written inside the tag would show) and reports nothing. */
export const Empty: Story = { args: { data: undefined } };
