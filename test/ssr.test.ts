import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ReportArticle } from '../src/article/article.js';
import type { ReportGallery } from '../src/gallery/gallery.js';
import { imagesSettled, settleHistory, TestEnvironment } from './helpers.js';

// Nothing is registered on import: this file's own environment, cleaned after each test.
const env = new TestEnvironment();
afterEach(() => env.cleanup());

interface TestWindow extends Window {
  violations: string[];
  reportErrors?: unknown[];
}

/**
 * Server-rendered pages (report-elements/ssr, built in dist/: run `npm run build` first), made by
 * test/ssr/page.mjs and served at `/test/ssr/<name>.html` under a strict CSP that allows exactly the
 * renderer's style hashes. `?js` adds the standalone bundle, which takes the elements over.
 */
async function open(name: string, js: boolean) {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe src=${`/test/ssr/${name}.html${js ? '?js' : ''}`} title=${name} width="800" height="600"></iframe>`,
  );
  await waitUntil(
    () => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.querySelector('main > *'),
    `page ${name} did not load`,
    { timeout: 5000 },
  );
  const win = frame.contentWindow as TestWindow;
  const doc = frame.contentDocument!;
  const el = doc.querySelector('main > *') as HTMLElement & { updateComplete?: Promise<boolean> };
  if (js) {
    await waitUntil(() => win.customElements.get(el.localName), 'the bundle did not register the elements', {
      timeout: 5000,
    });
    await el.updateComplete;
  }
  return { frame, win, doc, el };
}

/** Boxes of every part in a shadow tree (nested elements included), relative to the element. */
function boxes(el: Element): string[] {
  const origin = el.getBoundingClientRect();
  const out: string[] = [];
  const visit = (root: ShadowRoot) => {
    for (const node of root.querySelectorAll('*')) {
      if (node.localName === 'style') continue;
      const r = node.getBoundingClientRect();
      out.push(
        `${node.localName}[${node.getAttribute('part') ?? ''}] ${Math.round(r.x - origin.x)},${Math.round(r.y - origin.y)} ${Math.round(r.width)}×${Math.round(r.height)}`,
      );
      if (node.shadowRoot) visit(node.shadowRoot);
    }
  };
  visit(el.shadowRoot!);
  return out;
}

/** The shadow tree as markup without Lit's comment markers and the server's `<style>` (nested roots included). */
function markup(el: Element): string {
  const visit = (root: ShadowRoot): string =>
    [...root.children]
      .filter((n) => n.localName !== 'style')
      .map(
        (n) =>
          // Serialised only to compare two trees, never written back.
          // eslint-disable-next-line no-restricted-syntax
          n.outerHTML.replace(/<!--[\s\S]*?-->/g, '').replace(/ defer-hydration=""/g, '') +
          [...n.querySelectorAll('*')]
            .filter((c) => c.shadowRoot)
            .map((c) => visit(c.shadowRoot!))
            .join(''),
      )
      .join('');
  return visit(el.shadowRoot!);
}

describe('server-side rendering (report-elements/ssr)', () => {
  for (const name of ['article', 'gallery', 'quote', 'infobox', 'teaser']) {
    it(`${name}: visible and styled without JavaScript, under a strict CSP`, async () => {
      const { win, doc, el } = await open(name, false);
      expect(win.customElements.get(el.localName), 'no script ran').to.equal(undefined);
      expect(el.shadowRoot, 'declarative shadow root').to.exist;
      // :host { display: flow-root } comes from the server's inline <style>: the CSP hashes let it apply.
      expect(win.getComputedStyle(el).display).to.equal('flow-root');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(40);
      expect(win.violations).to.deep.equal([]);
      const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      const expected = {
        article: 'Erfahrungsaustausch: Jobcenter Berlin Lichtenberg',
        gallery: 'Bildergalerie',
        quote: '„Vertrauen ist keine Einbahnstraße“',
        infobox: 'No Limit',
        teaser: '19. Dezember 2023',
      }[name]!;
      expect(text).to.contain(expected);
      expect(doc.querySelectorAll(`${el.localName}`).length).to.equal(1);
    });

    it(`${name}: the bundle takes over without a layout shift and renders what the client renders`, async () => {
      const before = await open(name, false);
      await imagesSettled(before.el.shadowRoot!);
      const expected = boxes(before.el);
      const after = await open(name, true);
      await imagesSettled(after.el.shadowRoot!);
      const nested = [...after.el.shadowRoot!.querySelectorAll('*')].filter((n) =>
        n.localName.startsWith('report-'),
      ) as unknown as ReportArticle[];
      await Promise.all(nested.map((n) => n.updateComplete));
      expect(boxes(after.el), 'every box where the server put it').to.deep.equal(expected);
      expect(after.win.violations).to.deep.equal([]);

      // The same content rendered by the client from scratch, in the same page.
      const fresh = after.doc.createElement(after.el.localName) as HTMLElement & { updateComplete: Promise<boolean> };
      for (const a of after.el.getAttributeNames()) fresh.setAttribute(a, after.el.getAttribute(a)!);
      fresh.removeAttribute('id');
      after.doc.querySelector('main')!.append(fresh);
      await fresh.updateComplete;
      const freshNested = [...fresh.shadowRoot!.querySelectorAll('*')].filter((n) =>
        n.localName.startsWith('report-'),
      ) as unknown as ReportArticle[];
      await Promise.all(freshNested.map((n) => n.updateComplete));
      expect(markup(after.el)).to.equal(markup(fresh));

      // Chromium measures layout shifts itself: none at all.
      if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
        const shifts = await new Promise<number>((resolve) => {
          new (after.win as unknown as typeof globalThis).PerformanceObserver((list) =>
            resolve(list.getEntries().reduce((s, e) => s + (e as unknown as { value: number }).value, 0)),
          ).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(0), 500);
        });
        expect(shifts).to.equal(0);
      }
    });
  }

  it('the lightbox works after the bundle took over', async () => {
    const { win, el } = await open('gallery', true);
    const gallery = el as unknown as ReportGallery;
    const thumb = gallery.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=thumb]')[2]!;
    const opened = oneEvent(gallery, 'report-lightbox-open');
    thumb.click();
    await opened;
    const dialog = gallery.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(gallery.shadowRoot!.querySelector('[part~=counter]')!.textContent).to.equal('Bild 3 von 9');
    expect(gallery.shadowRoot!.activeElement).to.not.equal(null);
    const closed = oneEvent(gallery, 'report-lightbox-close');
    gallery.close();
    await closed;
    // The viewer's history entry is taken back asynchronously: let it finish before anything else navigates.
    await settleHistory(win);
    expect(dialog.open).to.equal(false);
    // Navigation after a reopen: the element is fully interactive, not a frozen server snapshot.
    await gallery.show(8);
    expect(gallery.shadowRoot!.querySelector('[part~=counter]')!.textContent).to.equal('Bild 9 von 9');
    gallery.close();
    await settleHistory(win);
    expect(win.violations).to.deep.equal([]);
  });
});
