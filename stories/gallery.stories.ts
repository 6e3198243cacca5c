import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/gallery/report-gallery.js';
import type { ReportGallery } from '../src/gallery/report-gallery.ts';
import type { Gallery } from '../src/gallery/gallery.schema.js';
import {
  dataArgType,
  headingLevelArgType,
  langArgType,
  LONG,
  MISSING,
  seedGallery,
  seedImages,
  showErrors,
  type ElementArgs,
} from './support.js';
import seed from '../test/fixtures/seed.json';

interface Args extends ElementArgs<Gallery> {
  thumbnails?: boolean;
  fullscreen?: boolean;
  'deep-link'?: boolean;
  id?: string;
  onReportLightboxOpen?: (e: Event) => void;
  onReportLightboxChange?: (e: Event) => void;
  onReportLightboxClose?: (e: Event) => void;
}

const render = (args: Args) =>
  html`<report-gallery
    .data=${args.data}
    heading-level=${args['heading-level'] ?? nothing}
    lang=${args.lang ?? nothing}
    id=${args.id ?? nothing}
    ?thumbnails=${args.thumbnails}
    ?fullscreen=${args.fullscreen}
    ?deep-link=${args['deep-link']}
    @report-error=${args.onReportError}
    @report-lightbox-open=${args.onReportLightboxOpen}
    @report-lightbox-change=${args.onReportLightboxChange}
    @report-lightbox-close=${args.onReportLightboxClose}
  ></report-gallery>`;

const meta = {
  title: 'Elements/Gallery',
  component: 'report-gallery',
  render,
  argTypes: {
    data: dataArgType('Gallery'),
    'heading-level': headingLevelArgType,
    lang: langArgType,
    thumbnails: { control: 'boolean', description: 'A strip of all thumbnails inside the viewer.' },
    fullscreen: {
      control: 'boolean',
      description: 'A full-screen button in the viewer (where the Fullscreen API exists).',
    },
    'deep-link': {
      control: 'boolean',
      description: 'With an `id`: the image shown is in the URL (`#<id>-<n>`), and such a link opens it.',
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Thumbnail buttons that open a modal lightbox (native `<dialog>`) with title, caption, credit and an announced counter. Keys in the lightbox: ←/→ (swapped on right-to-left pages), Home/End, Esc, +/−/0 to zoom; swipe or drag to change image, pinch, double-tap/click or Ctrl+wheel to zoom. Back closes the viewer. The lightbox events appear in the Actions panel.',
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The gallery of the seed report: nine images. */
export const Seed: Story = { args: { data: seedGallery() } };

/** Only the required field: one image, no title. */
export const Minimal: Story = {
  args: { data: { images: [{ src: 'images/05-hund.svg', alt: 'Foto von einem Hund.' }] } },
};

/** One image with title, caption and credit: the lightbox has no previous/next buttons. */
export const OneImage: Story = {
  name: 'One image',
  args: { data: { title: 'Bildergalerie', images: [seedImages()[4]!] } },
};

/** 200 images (the nine seed images, cyclically): thumbnails load lazily, the counter reads "Bild 200 von 200". */
export const ManyImages: Story = {
  name: '200 images',
  args: {
    data: {
      title: '200 Bilder',
      images: Array.from({ length: 200 }, (_, i) => {
        const image = seed.blocks.find((b) => b.type === 'gallery')!.images![i % 9]!;
        return { ...image, title: `${image.title} (${i + 1})` };
      }),
    },
  },
};

/** The lightbox opened on the third image through the public `show()` method (not in the docs page). */
export const LightboxOpen: Story = {
  name: 'Lightbox open',
  tags: ['!autodocs'],
  args: { data: seedGallery() },
  play: async ({ canvasElement }) => {
    const gallery = canvasElement.querySelector<ReportGallery>('report-gallery')!;
    await gallery.updateComplete;
    await gallery.show(2);
  },
};

/** The viewer with its thumbnail strip and a full-screen button, opened on the fifth image. */
export const StripAndFullScreen: Story = {
  name: 'Thumbnail strip and full screen',
  tags: ['!autodocs'],
  args: { data: seedGallery(), thumbnails: true, fullscreen: true },
  play: async ({ canvasElement }) => {
    const gallery = canvasElement.querySelector<ReportGallery>('report-gallery')!;
    await gallery.updateComplete;
    await gallery.show(4);
  },
};

/** The gallery next to `el`, the one a story's button works on. */
const galleryOf = (el: Element): ReportGallery => el.closest('.sb-method')!.querySelector('report-gallery')!;

/** A story's gallery once it has rendered, for a play function. */
const ready = async (canvas: HTMLElement): Promise<ReportGallery> => {
  const gallery = canvas.querySelector<ReportGallery>('report-gallery')!;
  await gallery.updateComplete;
  return gallery;
};

/**
 * `show(index)` opens the lightbox at an image (zero-based), or changes to it while open: the button calls
 * `gallery.show(3)`, which opens the fourth image and fires `report-lightbox-open` (see Actions).
 */
export const Show: Story = {
  name: 'show()',
  args: { data: seedGallery() },
  render: (args) =>
    html`<div class="sb-method">
      <button type="button" @click=${(e: Event) => galleryOf(e.currentTarget as Element).show(3)}>
        gallery.show(3)
      </button>
      ${render(args)}
    </div>`,
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    canvasElement.querySelector<HTMLButtonElement>('.sb-method > button')!.click();
  },
};

/** `next()` shows the next image, wrapping after the last: opened on the first image, then `next()` shows the second. */
export const Next: Story = {
  name: 'next()',
  tags: ['!autodocs'],
  args: { data: seedGallery() },
  play: async ({ canvasElement }) => {
    const gallery = await ready(canvasElement);
    await gallery.show(0);
    await gallery.next();
  },
};

/** `previous()` shows the previous image, wrapping before the first: opened on the first, it shows the last. */
export const Previous: Story = {
  name: 'previous()',
  tags: ['!autodocs'],
  args: { data: seedGallery() },
  play: async ({ canvasElement }) => {
    const gallery = await ready(canvasElement);
    await gallery.show(0);
    await gallery.previous();
  },
};

/**
 * `close()` closes the lightbox and fires `report-lightbox-close`; focus returns to the thumbnail of the image
 * shown last (here the third, opened with `show(2)`).
 */
export const Close: Story = {
  name: 'close()',
  tags: ['!autodocs'],
  args: { data: seedGallery() },
  play: async ({ canvasElement }) => {
    const gallery = await ready(canvasElement);
    await gallery.show(2);
    gallery.close();
  },
};

/**
 * Deep link: with `id="fotos"` and `deep-link`, opening an image puts `#fotos-<n>` into the URL, and a page
 * loaded with that hash opens the viewer there (open this story in its own tab and add `#fotos-3`).
 */
export const DeepLink: Story = {
  name: 'Deep link',
  args: { data: seedGallery(), id: 'fotos', 'deep-link': true },
};

/** A host page with `color-scheme: dark`: the thumbnails and heading follow it. */
export const DarkPage: Story = {
  name: 'Dark host page',
  globals: { theme: 'dark' },
  args: { data: seedGallery() },
};

/** A right-to-left page: the grid runs from the right; in the lightbox ← shows the next image. */
export const RightToLeft: Story = {
  name: 'Right to left (rtl)',
  globals: { dir: 'rtl' },
  args: { data: seedGallery() },
};

/** Compound words without a break opportunity, in a 320 px container: nothing may stick out. */
export const LongWords: Story = {
  name: 'Long German words (320 px)',
  globals: { width: '320' },
  args: {
    data: {
      title: `${LONG.ship}galerie`,
      images: seedImages()
        .slice(0, 3)
        .map((image) => ({ ...image, title: LONG.office, caption: `Bei der ${LONG.permit}.`, credit: LONG.ship })),
    },
  },
};

/** English page: "Image 3 of 9", "Credit:", "Close". */
export const English: Story = {
  globals: { lang: 'en' },
  args: {
    lang: 'en',
    data: {
      title: 'Photo gallery',
      images: [
        {
          ...seedImages()[0]!,
          alt: 'Coffee is being poured into a cup.',
          title: 'Start of the project day',
          caption: 'Fresh coffee and fresh ideas.',
        },
        {
          ...seedImages()[1]!,
          alt: 'Photo of the Pro Arbeit team',
          title: 'A cheerful mood',
          caption: 'The Pro Arbeit team visiting L.IGA.',
        },
        {
          ...seedImages()[4]!,
          alt: 'Photo of a dog.',
          title: 'All ears',
          caption: 'L.IGA dog Bahar listens to the discussions.',
        },
      ],
    },
  },
};

/**
 * Invalid images are reported once through `report-error` (listed below) and left out; the valid ones
 * still show. Paths point at the exact field: `images[1].alt`, `images[2].src`, `images[3].width`.
 */
export const InvalidData: Story = {
  args: {
    data: {
      title: 'Bildergalerie',
      images: [
        seedImages()[0],
        { src: 'images/02-team.svg', title: 'Ohne Alternativtext' },
        { src: 'javascript:alert(1)', alt: 'Skript statt Bild' },
        { ...seedImages()[3], width: -5 },
        'kein Objekt',
      ],
    } as unknown as Gallery,
  },
  render: (args) => showErrors(render(args)),
};

/** No content yet: the element renders nothing of its own (only fallback content written inside the tag would show) and reports nothing. */
export const Empty: Story = { args: { data: undefined } };

/** Two of the image URLs do not exist (404): the grid keeps its shape and the alt text shows. */
export const MissingImages: Story = {
  name: 'Missing images',
  args: {
    data: {
      title: 'Bildergalerie',
      images: seedImages()
        .slice(0, 4)
        .map((image, i) => (i % 2 ? { ...image, src: MISSING } : image)),
    },
  },
};
