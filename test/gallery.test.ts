import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/gallery/report-gallery.js';
import type { ReportGallery } from '../src/gallery/report-gallery.js';
import { expectNotSame, expectSame, type PageWatcher, part, seedGallery, shadow, TestEnvironment } from './helpers.js';

// Nothing is registered on import: this file's own environment, cleaned after each test.
const env = new TestEnvironment();
afterEach(() => env.cleanup());

const focused = (el: Element) => shadow(el).activeElement as HTMLElement | null;
/** Waits (a few frames at most) for a condition that a language change brings about. */
async function waitForLabel(ok: () => boolean) {
  for (let i = 0; i < 20 && !ok(); i++) await new Promise((r) => requestAnimationFrame(r));
  expect(ok(), 'relabelled').to.equal(true);
}
const counter = (el: Element) => part(el, 'counter').textContent!.trim();

async function open(lang = 'de') {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><report-gallery .data=${seedGallery()}></report-gallery></div>`,
  );
  return wrapper.querySelector('report-gallery')!;
}

describe('report-gallery', () => {
  let page: PageWatcher;
  beforeEach(() => (page = env.watchPage()));

  it('relabels its thumbnails when the language changes, and renders new ones for new content', async () => {
    const g = seedGallery();
    const unnamed = g.images.slice(0, 2).map((i) => ({ ...i, alt: '', title: undefined }));
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="de"><report-gallery .data=${{ ...g, images: unnamed }}></report-gallery></div>`,
    );
    const el = wrapper.querySelector('report-gallery')!;
    const label = (i: number) => part(el, 'thumb', i).getAttribute('aria-label');
    expect(label(1)).to.equal('Bild 2 von 2');
    await el.show(0);
    el.close();
    wrapper.lang = 'en';
    await waitForLabel(() => label(1) === 'Image 2 of 2');
    el.data = { ...g, images: [...unnamed, { ...unnamed[0]! }] };
    await el.updateComplete;
    expect(label(2)).to.equal('Image 3 of 3');
  });

  it('renders the nine seed images as named thumbnail buttons of at least 24×24 px', async () => {
    const el = await open();
    const buttons = shadow(el).querySelectorAll<HTMLButtonElement>('ul[role=list] > li > button');
    expect(buttons).to.have.length(9);
    for (const b of buttons) {
      const r = b.getBoundingClientRect();
      expect(r.width).to.be.at.least(24);
      expect(r.height).to.be.at.least(24);
      expect(b.querySelector('img')!.alt).not.to.equal('');
      expect(b.querySelector('img')!.loading).to.equal('lazy');
    }
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Bildergalerie');
    expect(shadow(el).querySelectorAll('dialog img'), 'no full-size image loads while closed').to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('opens a modal dialog on click with image, title, caption, credit and counter; focus moves in', async () => {
    const el = await open();
    const opened = oneEvent(el, 'report-lightbox-open');
    part(el, 'thumb', 2).click();
    expect((await opened).detail).to.deep.equal({ index: 2 });
    const dialog = shadow(el).querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    const g = seedGallery();
    const img = part(el, 'viewer-image') as HTMLImageElement;
    expect(img.getAttribute('src')).to.equal(g.images[2]!.src);
    expect(img.alt).to.equal(g.images[2]!.alt);
    expect(counter(el)).to.equal('Bild 3 von 9');
    expect(part(el, 'counter').getAttribute('aria-live')).to.equal('polite');
    const caption = shadow(el).getElementById(img.getAttribute('aria-describedby')!)!;
    expect(caption.textContent).to.contain(g.images[2]!.caption!);
    expect(caption.textContent).to.contain('Quelle: Thomas Rafalzyk');
    expect(shadow(el).getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).to.equal(
      g.images[2]!.title,
    );
    expect(dialog.contains(focused(el))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('has visible, labelled Previous/Next/Close buttons of at least 44×44 px', async () => {
    const el = await open('en');
    await el.show(0);
    for (const [name, label] of [
      ['previous', 'Previous image'],
      ['next', 'Next image'],
      ['close', 'Close'],
    ] as const) {
      const b = part(el, name);
      const r = b.getBoundingClientRect();
      expect(r.width, name).to.be.at.least(44);
      expect(r.height, name).to.be.at.least(44);
      expect(b.getAttribute('aria-label') ?? b.textContent!.trim()).to.equal(label);
    }
    expect(counter(el)).to.equal('Image 1 of 9');
  });

  it('navigates with ←/→ (wrapping), Home and End, firing change events', async () => {
    const el = await open();
    part(el, 'thumb', 0).focus();
    const opened = oneEvent(el, 'report-lightbox-open');
    await sendKeys({ press: 'Enter' });
    await opened;
    expect(counter(el)).to.equal('Bild 1 von 9');
    const changes: number[] = [];
    el.addEventListener('report-lightbox-change', (e) => changes.push(e.detail.index));
    for (const [key, expected] of [
      ['ArrowLeft', 9],
      ['ArrowRight', 1],
      ['ArrowRight', 2],
      ['End', 9],
      ['ArrowRight', 1],
      ['Home', 1],
      ['End', 9],
    ] as const) {
      await sendKeys({ press: key });
      await el.updateComplete;
      expect(counter(el), key).to.equal(`Bild ${expected} von 9`);
    }
    expect(changes).to.deep.equal([8, 0, 1, 8, 0, 8]);
  });

  it('swaps the arrow keys on right-to-left pages', async () => {
    const wrapper = await fixture(
      html`<div dir="rtl" lang="de"><report-gallery .data=${seedGallery()}></report-gallery></div>`,
    );
    const el = wrapper.querySelector('report-gallery')!;
    await el.show(0);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(counter(el)).to.equal('Bild 2 von 9');
  });

  it('closes on Esc and returns focus to the thumbnail of the image shown last', async () => {
    const el = await open();
    part(el, 'thumb', 1).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const closed = oneEvent(el, 'report-lightbox-close');
    await sendKeys({ press: 'Escape' });
    expect((await closed).detail).to.deep.equal({ index: 2 });
    expect(shadow(el).querySelector('dialog')!.open).to.equal(false);
    expectSame(focused(el), part(el, 'thumb', 2));
    expect(el.currentIndex).to.equal(-1);
  });

  it('closes with the Close button and on a click beside the image, returning focus', async () => {
    const el = await open();
    part(el, 'thumb', 4).click();
    await oneEvent(el, 'report-lightbox-open');
    let closed = oneEvent(el, 'report-lightbox-close');
    part(el, 'close').click();
    await closed;
    expectSame(focused(el), part(el, 'thumb', 4));

    await el.show(5);
    closed = oneEvent(el, 'report-lightbox-close');
    shadow(el).querySelector('dialog')!.click();
    expect((await closed).detail.index).to.equal(5);
    expectSame(focused(el), part(el, 'thumb', 5));
  });

  it('keeps focus inside while open: the page behind is inert', async () => {
    const wrapper = await fixture(
      html`<div><button id="outside">outside</button><report-gallery .data=${seedGallery()}></report-gallery></div>`,
    );
    const el = wrapper.querySelector('report-gallery')!;
    await el.show(0);
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      expectNotSame(document.activeElement, wrapper.querySelector('#outside'), `Tab ${i + 1}`);
    }
    const outside = wrapper.querySelector<HTMLButtonElement>('#outside')!;
    const r = outside.getBoundingClientRect();
    expectSame(document.elementFromPoint(r.left + 2, r.top + 2), el, 'the pointer cannot reach the page');
    // Scripts cannot focus the page either. (Firefox skips focus checks and events while its window is in
    // the background, as it may be under the test runner; with focus, the viewer's guard pulls focus back.)
    if (document.hasFocus()) {
      outside.focus();
      expectNotSame(document.activeElement, outside);
    }
    el.close();
  });

  it('works with a single image: no previous/next', async () => {
    const el = await fixture<ReportGallery>(
      html`<report-gallery .data=${{ images: [seedGallery().images[0]] }}></report-gallery>`,
    );
    await el.show(0);
    expectSame(shadow(el).querySelector('[part~=previous]'), null);
    expectSame(shadow(el).querySelector('[part~=next]'), null);
    await expect(el).to.be.accessible();
    el.close();
  });

  it('names thumbnails of decorative images by title or counter', async () => {
    const el = await fixture<ReportGallery>(
      html`<report-gallery lang="de" .data=${{
        images: [
          { src: 'images/05-hund.svg', alt: '', title: 'Hund' },
          { src: 'images/05-hund.svg', alt: '' },
        ],
      }}></report-gallery>`,
    );
    expect(part(el, 'thumb', 0).getAttribute('aria-label')).to.equal('Hund');
    expect(part(el, 'thumb', 1).getAttribute('aria-label')).to.equal('Bild 2 von 2');
  });

  it('reports invalid images by path and renders the valid ones', async () => {
    const g = seedGallery();
    (g.images[3] as { alt?: string }).alt = undefined;
    (g.images[5] as { src: string }).src = 'javascript:alert(1)';
    const el = await fixture<ReportGallery>(html`<report-gallery .data=${g}></report-gallery>`);
    expect(page.paths).to.deep.equal(['images[3].alt', 'images[5].src']);
    expect(page.events).to.have.length(1);
    expect(shadow(el).querySelectorAll('[part~=thumb]')).to.have.length(7);
  });

  it('reports a gallery without valid images', async () => {
    const el = await fixture<ReportGallery>(html`<report-gallery data='{"images":[]}'></report-gallery>`);
    expect(page.errors).to.deep.equal([{ path: 'images', message: 'needs at least 1 valid item' }]);
    expect(
      [...shadow(el).children].map((c) => c.localName),
      'only the fallback slot',
    ).to.deep.equal(['slot']);
    await el.show(0);
  });

  it('closes an open lightbox when new data has fewer images', async () => {
    const el = await open();
    await el.show(8);
    el.data = { images: [seedGallery().images[0]!] };
    await oneEvent(el, 'report-lightbox-close');
    expect(shadow(el).querySelector('dialog')!.open).to.equal(false);
    await aTimeout(0);
    expect(page.uncaught).to.deep.equal([]);
  });
});
