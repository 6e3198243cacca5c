import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/report-elements.js';
import { seed, seedGallery, seedQuotes } from './support.js';

/** A page in `lang` (and `dir`): the elements take their UI language from it, with no markup of their own. */
interface Args {
  lang: string;
  dir: 'ltr' | 'rtl';
}

const quote = {
  text: 'Довіра — це не вулиця з одностороннім рухом.',
  author: 'Олена Коваленко',
  role: 'Консультантка, Jobcenter Berlin Lichtenberg',
  cite: '/gute-praxis/erfahrungsaustausch',
  lang: 'uk',
};

const render = ({ lang, dir }: Args) =>
  html`<div lang=${lang} dir=${dir}>
    <report-gallery thumbnails fullscreen .data=${seedGallery()}></report-gallery>
    <report-quote .data=${quote}></report-quote>
    <report-quote .data=${{ ...seedQuotes()[0], lang: 'de' }}></report-quote>
    <report-teaser .data=${{ title: seed().title, date: seed().date, image: seed().image, lang: 'de' }}></report-teaser>
  </div>`;

const meta = {
  title: 'Languages',
  render,
  argTypes: {
    lang: {
      control: 'select',
      options: ['de', 'en', 'fr', 'it', 'es', 'pl', 'ro', 'tr', 'ru', 'uk', 'ar', 'fa'],
      description: 'The page’s `lang`: UI strings (buttons, counter, labels) follow it.',
    },
    dir: {
      control: 'inline-radio',
      options: ['ltr', 'rtl'],
      description: 'The page’s `dir`: the elements mirror with it.',
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'UI strings follow the page’s `lang`; languages other than German and English load on demand. Content marked with `lang` in the data (here a Ukrainian and a German quote, a German teaser) keeps its own quotation marks and date format and is marked for assistive technology. Open the gallery to see the counter and buttons. See docs/languages.md.',
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** A Ukrainian page: Ukrainian UI; the German quote and teaser keep „…“ and "19. Dezember 2023". */
export const Ukrainian: Story = { args: { lang: 'uk', dir: 'ltr' } };

/** An Arabic page, right to left: mirrored layout, arrows and arrow keys swapped, Arabic digits where `ar` uses them. */
export const Arabic: Story = { args: { lang: 'ar', dir: 'rtl' } };

/** A Persian page, right to left, with Persian digits in the counter. */
export const Persian: Story = { args: { lang: 'fa', dir: 'rtl' } };

/** A Turkish page. */
export const Turkish: Story = { args: { lang: 'tr', dir: 'ltr' } };
