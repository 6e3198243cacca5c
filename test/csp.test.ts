import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { imagesSettled, seed, settleHistory, TestEnvironment } from './helpers.js';

// Nothing is registered on import: this file's own environment, cleaned after each test.
const env = new TestEnvironment();
afterEach(() => env.cleanup());

interface CspWindow extends Window {
  violations: string[];
}

/**
 * Loads the BUILT bundle (dist/report-elements.js, run `npm run build` first) in a page whose CSP is
 * `script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html`.
 */
describe('the built bundle under a strict CSP with Trusted Types', () => {
  it('renders every element, opens the lightbox and causes no violation', async () => {
    const res = await fetch('/dist/report-elements.js', { method: 'HEAD' });
    expect(res.ok, 'dist/report-elements.js is missing: run `npm run build` first').to.equal(true);

    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe src="/test/csp/index.html" title="CSP test page" width="800" height="600"></iframe>`,
    );
    await waitUntil(() => frame.contentWindow?.customElements?.get('report-article'), 'elements not registered', {
      timeout: 5000,
    });
    const win = frame.contentWindow as CspWindow;
    const doc = frame.contentDocument!;

    const article = doc.querySelector('report-article')!;
    article.data = seed();
    await article.updateComplete;
    const quote = doc.querySelector('report-quote')!;
    await quote.updateComplete;
    expect(quote.shadowRoot!.querySelector('blockquote')!.textContent!.trim()).to.equal(
      '„Vertrauen ist keine Einbahnstraße.“',
    );
    expect(doc.querySelector('report-teaser')!.shadowRoot!.querySelector('time')!.textContent).to.equal(
      '19. Dezember 2023',
    );
    expect(article.shadowRoot!.querySelector('h1')!.textContent).to.contain('Erfahrungsaustausch');

    // Styles arrive as constructable stylesheets, which style-src 'self' allows.
    expect(win.getComputedStyle(quote).display).to.equal('flow-root');

    const gallery = article.shadowRoot!.querySelector('report-gallery')!;
    await gallery.updateComplete;
    const opened = oneEvent(gallery, 'report-lightbox-open');
    gallery.shadowRoot!.querySelector<HTMLButtonElement>('[part~=thumb]')!.click();
    await opened;
    const dialog = gallery.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    // The viewer's parts arrived (loaded beside the bundle, which the page loaded with ?ver=): styled, with
    // its own history entry.
    expect(win.getComputedStyle(dialog).backgroundColor).to.equal('rgba(0, 0, 0, 0.96)');
    expect(win.history.state).to.deep.equal({ reportLightbox: true });
    const viewer = gallery.shadowRoot!.querySelector<HTMLImageElement>('[part~=viewer-image]')!;
    await imagesSettled(viewer.parentElement!);
    expect(viewer.naturalWidth, 'the image loaded (img-src self)').to.be.above(0);
    gallery.close();
    await settleHistory(win);

    expect(win.violations).to.deep.equal([]);
  });
});
