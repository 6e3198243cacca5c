import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/article/report-article.js';
import type { Article } from '../src/article/article.schema.js';
import {
  dataArgType,
  headingLevelArgType,
  langArgType,
  LONG,
  MISSING,
  seed as freshSeed,
  seedImages,
  showErrors,
  type ElementArgs,
} from './support.js';
import seed from '../test/fixtures/seed.json';

type Args = ElementArgs<Article>;

const render = (args: Args) =>
  html`<report-article
    .data=${args.data}
    heading-level=${args['heading-level'] ?? nothing}
    lang=${args.lang ?? nothing}
    @report-error=${args.onReportError}
  ></report-article>`;

const meta = {
  title: 'Elements/Article',
  component: 'report-article',
  render,
  argTypes: { data: dataArgType('Article'), 'heading-level': headingLevelArgType, lang: langArgType },
  parameters: {
    docs: {
      description: {
        component:
          'A whole report from one JSON document. Quotes, galleries and infoboxes render through `<report-quote>`, `<report-gallery>` and `<report-infobox>` with headings one level below the title; the whole document is validated here, so errors carry full paths such as `blocks[7].images[2].alt`.',
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The reference report, `test/fixtures/seed.json`, in German: the flagship story. */
export const SeedReport: Story = {
  name: 'Seed report',
  args: { data: seed as unknown as Article },
};

/** Only the required fields: a title and no blocks. */
export const Minimal: Story = {
  args: {
    data: { title: 'Erfahrungsaustausch', blocks: [{ type: 'paragraph', text: 'Ein Tag in Berlin Lichtenberg.' }] },
  },
};

/** Compound words without a break opportunity, in a 320 px container: nothing may stick out. */
export const LongWords: Story = {
  name: 'Long German words (320 px)',
  globals: { width: '320' },
  args: {
    data: {
      kicker: LONG.office,
      title: `${LONG.ship} trifft ${LONG.office}`,
      date: '2023-12-19',
      lead: `Die ${LONG.permit} und das ${LONG.law} im Überblick.`,
      image: { ...freshSeed().image!, caption: LONG.law, credit: LONG.ship },
      blocks: [
        { type: 'heading', text: LONG.permit },
        { type: 'paragraph', text: `Die ${LONG.office} koordiniert. ${LONG.ship.repeat(2)}` },
        { type: 'quote', text: `${LONG.law}!`, author: LONG.ship, role: LONG.office },
        { type: 'infobox', label: LONG.office, title: LONG.law, body: [LONG.permit] },
        {
          type: 'gallery',
          title: `${LONG.ship}galerie`,
          images: seedImages()
            .slice(0, 2)
            .map((i) => ({ ...i, title: LONG.office, caption: LONG.permit })),
        },
      ],
    },
  },
};

/** An English report on an English page: English dates, quotation marks and UI strings. */
export const English: Story = {
  globals: { lang: 'en' },
  args: {
    lang: 'en',
    data: {
      kicker: 'Good practice',
      title: 'Peer exchange: Berlin Lichtenberg and Offenbach job centres',
      date: '2023-12-19',
      lead: 'On 29 August, staff of the municipal job centre Pro Arbeit – Kreis Offenbach spent a whole day at the joint job centre in Berlin Lichtenberg. The focus: new ways of helping people with mental illness back into work.',
      image: {
        ...freshSeed().image!,
        alt: 'Group photo of the Berlin Lichtenberg and Offenbach teams',
        caption: 'The Pro Arbeit team and the Aktiv-Team (Berlin Lichtenberg).',
      },
      blocks: [
        { type: 'heading', text: 'A job centre meets social work' },
        {
          type: 'paragraph',
          text: [
            'Coaching in the ',
            { text: 'L.IGA', lang: 'de' },
            ' project is done in tandems of job placement officers and social workers. ',
            { text: 'We reported on the Aktiv-Team', href: '/en/good-practice/aktiv-team' },
            ' before.',
          ],
        },
        {
          type: 'quote',
          text: 'Trust is not a one-way street.',
          author: 'Doreen Barth',
          role: 'Coach in the L.IGA project',
        },
        {
          type: 'gallery',
          title: 'Photo gallery',
          images: [
            {
              ...seedImages()[0]!,
              alt: 'Coffee is being poured into a cup.',
              title: 'Start of the project day',
              caption: 'Fresh coffee and fresh ideas.',
            },
            {
              ...seedImages()[4]!,
              alt: 'Photo of a dog.',
              title: 'All ears',
              caption: 'L.IGA dog Bahar listens to the discussions.',
            },
          ],
        },
        {
          type: 'infobox',
          label: 'Background',
          title: 'No Limit',
          body: ['An ERASMUS+ project on the vocational integration of adults with mental illness.'],
        },
      ],
    },
  },
};

/** The brand theme: accent, fonts, radius and surface set through `--report-*` tokens on an ancestor. */
export const BrandTheme: Story = {
  name: 'Brand theme',
  globals: { theme: 'brand' },
  args: {
    data: (() => {
      const a = freshSeed();
      const pick = (type: string) => a.blocks.find((b) => b.type === type)!;
      const gallery = pick('gallery') as Extract<Article['blocks'][number], { type: 'gallery' }>;
      return {
        ...a,
        image: undefined,
        blocks: [
          a.blocks[0]!,
          a.blocks[1]!,
          a.blocks[4]!,
          pick('quote'),
          pick('infobox'),
          { ...gallery, images: gallery.images.slice(0, 4) },
        ],
      };
    })(),
  },
};

/**
 * Invalid parts are reported once, with full JSON paths, through `report-error` (listed below); everything
 * valid still renders. Nested elements receive validated data and report nothing twice.
 */
export const InvalidData: Story = {
  args: {
    data: {
      title: 'Erfahrungsaustausch',
      date: '19.12.2023',
      image: { src: 'images/lead-gruppenfoto.svg' },
      blocks: [
        { type: 'paragraph', text: 'Ein gültiger Absatz.' },
        { type: 'video', src: 'film.mp4' },
        { type: 'paragraph', text: ['Ein ', { text: 'Link', href: 'javascript:alert(1)' }, '.'] },
        {
          type: 'quote',
          text: 'Vertrauen ist keine Einbahnstraße',
          author: 'Doreen Barth',
          cite: 'javascript:alert(1)',
        },
        {
          type: 'gallery',
          title: 'Bildergalerie',
          images: [seedImages()[0], { src: 'images/02-team.svg' }, seedImages()[2]],
        },
        { type: 'infobox', title: 'No Limit', body: [] },
      ],
    } as unknown as Article,
  },
  render: (args) => showErrors(render(args)),
};

/** No content yet: the element renders nothing of its own (only fallback content written inside the tag would show) and reports nothing. */
export const Empty: Story = { args: { data: undefined } };

/** The lead image, an image block and a gallery image do not exist (404): the text flow is unaffected. */
export const MissingImages: Story = {
  name: 'Missing images',
  args: {
    data: (() => {
      const a = freshSeed();
      return {
        ...a,
        image: { ...a.image!, src: MISSING },
        blocks: [
          a.blocks[0]!,
          {
            type: 'image',
            src: MISSING,
            alt: 'Ein Bild, das es nicht gibt',
            width: 1200,
            height: 800,
            caption: 'Die Datei fehlt auf dem Server.',
          },
          {
            type: 'gallery',
            title: 'Bildergalerie',
            images: seedImages()
              .slice(0, 3)
              .map((i, n) => (n === 1 ? { ...i, src: MISSING } : i)),
          },
        ],
      };
    })(),
  },
};
