import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/teaser/report-teaser.js';
import type { Teaser } from '../src/teaser/teaser.schema.js';
import {
  dataArgType,
  headingLevelArgType,
  langArgType,
  LONG,
  MISSING,
  seedImages,
  seedTeaser,
  showErrors,
  type ElementArgs,
} from './support.js';
import seed from '../test/fixtures/seed.json';

type Args = ElementArgs<Teaser>;

const render = (args: Args) =>
  html`<report-teaser
    .data=${args.data}
    heading-level=${args['heading-level'] ?? nothing}
    lang=${args.lang ?? nothing}
    @report-error=${args.onReportError}
  ></report-teaser>`;

const meta = {
  title: 'Elements/Teaser',
  component: 'report-teaser',
  render,
  argTypes: { data: dataArgType('Teaser'), 'heading-level': headingLevelArgType, lang: langArgType },
  parameters: {
    docs: {
      description: {
        component:
          'A teaser card: `<article>` with the heading first and exactly one link (the title, stretched over the card). From 36rem of container width the image sits beside the text.',
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The seed report as a teaser. */
export const Seed: Story = { args: { data: seedTeaser() } };

/** Only the required title: no link, no image. */
export const Minimal: Story = { args: { data: { title: seed.title } } };

/** Three teasers side by side in a grid, as on an overview page (each an `<h3>` below the page's `<h2>`). */
export const Grid: Story = {
  name: 'Grid of three',
  args: { 'heading-level': 3 },
  argTypes: { data: { control: false } },
  render: (args) => {
    const [a, b] = [seedImages()[1]!, seedImages()[6]!];
    const teasers: Teaser[] = [
      seedTeaser(),
      {
        kicker: 'Gute Praxis',
        title: 'Das Aktiv-Team: Vertrauen als Schlüssel für eine gute Beratung',
        href: '/gute-praxis/aktiv-team',
        date: '2023-10-05',
        summary: 'Wie ein Team in Berlin Lichtenberg Langzeitarbeitslose mit psychischen Einschränkungen begleitet.',
        image: { ...a, title: undefined, caption: undefined },
      },
      {
        kicker: 'Ideenkompass',
        title: 'Ideenkompass Bürgergeld',
        href: '/ideenkompass-buergergeld',
        date: '2023-11-14',
        summary: 'Kurz und gut: Beispiele zum Nachmachen.',
        image: { ...b, title: undefined, caption: undefined },
      },
    ];
    return html`<section aria-labelledby="grid-title">
      <h2 id="grid-title">Weitere Beispiele guter Praxis</h2>
      <ul class="sb-grid" role="list">
        ${teasers.map(
          (t) => html`<li>
            <report-teaser .data=${t} heading-level=${args['heading-level'] ?? nothing} @report-error=${args.onReportError}></report-teaser>
          </li>`,
        )}
      </ul>
    </section>`;
  },
};

/** Compound words without a break opportunity, in a 320 px container: nothing may stick out. */
export const LongWords: Story = {
  name: 'Long German words (320 px)',
  globals: { width: '320' },
  args: {
    data: {
      kicker: LONG.office,
      title: `${LONG.ship} und ${LONG.law}`,
      href: '/lang',
      date: '2023-12-19',
      summary: `Die ${LONG.permit} regelt, was die ${LONG.office} darf.`,
      image: { ...seedImages()[0]!, title: undefined, caption: undefined, credit: LONG.ship },
    },
  },
};

/** English content: English date format, "Credit:". */
export const English: Story = {
  globals: { lang: 'en' },
  args: {
    lang: 'en',
    data: {
      kicker: 'Good practice',
      title: 'Peer exchange: Berlin Lichtenberg and Offenbach job centres',
      href: '/en/good-practice/peer-exchange',
      date: '2023-12-19',
      summary:
        'Staff from Offenbach spent a day in Berlin Lichtenberg to learn how people with mental illness find their way back to work.',
      image: { ...seedTeaser().image!, alt: 'Group photo of the Berlin Lichtenberg and Offenbach teams' },
    },
  },
};

/**
 * Invalid fields are reported once through `report-error` (listed below the element): a `javascript:` link
 * is dropped (the title renders without a link), an impossible date and an image without `alt` too.
 */
export const InvalidData: Story = {
  args: {
    data: {
      title: seed.title,
      href: 'javascript:alert(1)',
      date: '2023-02-30',
      summary: 42,
      image: { src: 'images/lead-gruppenfoto.svg' },
    } as unknown as Teaser,
  },
  render: (args) => showErrors(render(args)),
};

/** No content yet: the element renders nothing of its own (only fallback content written inside the tag would show) and reports nothing. */
export const Empty: Story = { args: { data: undefined } };

/** The image URL does not exist (404): the card keeps its layout and the alt text shows. */
export const MissingImage: Story = {
  name: 'Missing image',
  args: { data: { ...seedTeaser(), image: { ...seedTeaser().image!, src: MISSING } } },
};
