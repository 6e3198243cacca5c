import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/report-elements.js';
import { enhance } from '../src/enhance.js';
import * as markup from '../test/fixtures/markup.js';
import { seed, seedGallery, seedInfobox, seedQuotes, seedTeaser, showErrors } from './support.js';

/** Markup as a CMS stores it, turned into nodes (stories only: the library itself never parses HTML). */
const nodes = (source: string): DocumentFragment => document.createRange().createContextualFragment(source);

interface Args {
  /** The markup a CMS editor's content holds. */
  markup: string;
}

const meta = {
  title: 'CMS content',
  render: ({ markup: source }) => html`${nodes(source)}`,
  argTypes: { markup: { control: 'text', description: 'The markup as the CMS stores it.' } },
  parameters: {
    docs: {
      description: {
        component:
          'Content as CMS editors write it: the JSON in `data-report` (the attribute every CMS sanitizer keeps), plain semantic markup inside the tag, and core WordPress blocks marked with a class, without the tag. See the embedding guide for what each CMS needs.',
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The JSON, HTML-escaped and double-quoted in `data-report`: what a CMS template or block writes. */
export const DataReport: Story = {
  name: 'data-report attribute',
  args: { markup: `<report-quote data-report="${markup.esc(JSON.stringify(seedQuotes()[0]))}"></report-quote>` },
};

/** A quote read from the `<figure><blockquote>` inside the tag; the markup is also the no-JavaScript fallback. */
export const QuoteFromMarkup: Story = {
  name: 'Quote from markup',
  args: { markup: `<report-quote>${markup.quote(seedQuotes()[0]!)}</report-quote>` },
};

/** A gallery read from `<figure>`s with captions and credits (`<small>`). */
export const GalleryFromMarkup: Story = {
  name: 'Gallery from markup',
  args: { markup: `<report-gallery>${markup.gallery(seedGallery())}</report-gallery>` },
};

/** An infobox read from an `<aside>` with a label, a heading, paragraphs and links. */
export const InfoboxFromMarkup: Story = {
  name: 'Infobox from markup',
  args: { markup: `<report-infobox>${markup.infobox(seedInfobox())}</report-infobox>` },
};

/** A teaser read from a heading link, `<time>`, a paragraph and an image. */
export const TeaserFromMarkup: Story = {
  name: 'Teaser from markup',
  args: { markup: `<report-teaser>${markup.teaser(seedTeaser())}</report-teaser>` },
};

/** The whole seed report read from plain HTML5: headings, paragraphs, figures, quotes, a gallery, an aside. */
export const ArticleFromMarkup: Story = {
  name: 'Report from markup',
  args: { markup: `<report-article>${markup.article(seed())}</report-article>` },
};

/**
 * A WordPress core Gallery block whose editor added the class `report-gallery` ("Additional CSS class(es)"):
 * no tag, no plugin; the standalone bundle wraps it in `<report-gallery>`.
 */
export const WordPressGallery: Story = {
  name: 'WordPress Gallery block, class-marked',
  args: {
    markup: `<figure class="wp-block-gallery has-nested-images columns-default is-cropped report-gallery">${seedGallery()
      .images.slice(0, 4)
      .map(
        (i) =>
          `<figure class="wp-block-image size-large"><img src="${i.src}" alt="${markup.esc(i.alt)}" width="${i.width}" height="${i.height}"><figcaption class="wp-element-caption">${markup.esc(i.caption ?? '')} Foto: ${markup.esc(i.credit ?? '')}</figcaption></figure>`,
      )
      .join('')}<figcaption class="blocks-gallery-caption wp-element-caption">Bildergalerie</figcaption></figure>`,
  },
  render: ({ markup: source }) => {
    const box = document.createElement('div');
    box.append(nodes(source));
    enhance(box);
    return html`${box}`;
  },
};

/**
 * Markup the element cannot fully use (a link whose URL is not allowed) stays as written, and the problem is
 * reported with its place (`body[0][1].href`).
 */
export const UnusableMarkup: Story = {
  name: 'Unusable markup',
  render: ({ markup: source }) => showErrors(html`${nodes(source)}`),
  args: {
    markup: `<report-infobox><aside><h2>Hinweis</h2><p>Mehr dazu <a href="javascript:alert(1)">hier</a>.</p></aside></report-infobox>`,
  },
};
