import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { seed, settleHistory, TestEnvironment } from './helpers.js';

// Nothing is registered on import: this file's own environment, cleaned after each test.
const env = new TestEnvironment();
afterEach(() => env.cleanup());

interface HostileWindow extends Window {
  violations: string[];
  frozen: boolean;
}

/**
 * The built bundle on a hostile host page (test/hostile/): aggressive global CSS, a strict CSP with Trusted
 * Types, frozen built-in prototypes and a `<base href>` pointing elsewhere.
 */
describe('a hostile host page', () => {
  it('renders correctly, works, and causes no CSP violation', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe src="/test/hostile/index.html" title="hostile page" width="1000" height="800"></iframe>`,
    );
    await waitUntil(() => frame.contentWindow?.customElements?.get('report-article'), 'elements not registered', {
      timeout: 5000,
    });
    const win = frame.contentWindow as HostileWindow;
    const doc = frame.contentDocument!;
    expect(win.frozen, 'prototypes are frozen').to.equal(true);

    const article = doc.querySelector('report-article')!;
    article.data = seed();
    await article.updateComplete;
    const root = article.shadowRoot!;

    // Global CSS does not reach inside: the title keeps its own style and size.
    const h1 = root.querySelector('h1')!;
    expect(win.getComputedStyle(h1).textTransform).to.equal('none');
    expect(win.getComputedStyle(h1).display).to.equal('block');
    const lead = root.querySelector<HTMLImageElement>('[part=figure] img')!;
    expect(lead.getBoundingClientRect().width, 'image keeps its size').to.be.above(100);

    // Relative image URLs resolve against the page's <base href>, as the author of the page intends.
    await waitUntil(() => lead.complete, 'lead image did not settle');
    expect(lead.naturalWidth, `image loaded from ${lead.currentSrc}`).to.be.above(0);
    expect(doc.querySelector('report-teaser')!.shadowRoot!.querySelector('a')!.href).to.equal(
      `${location.origin}/test/fixtures/bericht.html`,
    );

    // The lightbox works: the page's `dialog { display: none !important }` does not reach the shadow root.
    const gallery = root.querySelector('report-gallery')!;
    await gallery.updateComplete;
    const opened = oneEvent(gallery, 'report-lightbox-open');
    gallery.shadowRoot!.querySelector<HTMLButtonElement>('[part~=thumb]')!.click();
    await opened;
    const dialog = gallery.shadowRoot!.querySelector('dialog')!;
    expect(win.getComputedStyle(dialog).display).to.equal('grid');
    expect(dialog.getBoundingClientRect().width).to.be.above(500);
    gallery.close();
    await settleHistory(win);

    expect(win.violations).to.deep.equal([]);
  });
});
