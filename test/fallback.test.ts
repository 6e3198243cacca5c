import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/report-elements.js';
import type { ReportElement } from '../src/core/element.js';
import {
  type PageWatcher,
  seed,
  seedGallery,
  seedInfobox,
  seedQuotes,
  settled,
  shadow,
  TestEnvironment,
  textOf,
} from './helpers.js';

// Nothing is registered on import: this file's own environment, cleaned after each test.
const env = new TestEnvironment();
afterEach(() => env.cleanup());

// The no-JavaScript fallback: light-DOM content written by the CMS shows until the element renders, and
// whenever it has nothing to render. The endpoints under /api/ are served by web-test-runner.config.mjs.

/** Whether the browser renders `el` (an unslotted light-DOM child is not rendered at all). */
const shown = (el: Element | null) => !!el && el.getClientRects().length > 0;

/** Pixels of `n` rem. */
const rem = (n: number) => n * parseFloat(getComputedStyle(document.documentElement).fontSize);

type Any = ReportElement<unknown>;

/** Every element with valid content. */
const valid = (): [string, unknown][] => [
  ['report-teaser', { title: seed().title }],
  ['report-quote', seedQuotes()[0]],
  ['report-gallery', seedGallery()],
  ['report-infobox', seedInfobox()],
  ['report-article', seed()],
];

describe('fallback content', () => {
  let page: PageWatcher;
  beforeEach(() => (page = env.watchPage()));
  afterEach(() => {
    expect(page.uncaught).to.deep.equal([]);
  });

  it('stays visible until content arrives, is replaced by it, and returns when the content goes', async () => {
    for (const [tag, data] of valid()) {
      const el = document.createElement(tag) as Any;
      const p = el.appendChild(Object.assign(document.createElement('p'), { textContent: 'Fallback' }));
      await fixture(el);
      expect(shown(p), `${tag} without content`).to.equal(true);
      expect(!!shadow(el).querySelector('slot'), tag).to.equal(true);

      el.data = data;
      await el.updateComplete;
      expect(shown(p), `${tag} with content`).to.equal(false);
      expect(!!shadow(el).querySelector('slot'), tag).to.equal(false);
      expect(textOf(el), tag).not.to.equal('');

      el.data = null;
      await el.updateComplete;
      expect(shown(p), `${tag} content removed`).to.equal(true);
    }
    expect(page.events).to.have.length(0);
  });

  it('shows when the content is invalid', async () => {
    const wrapper = await fixture(html`<div>
      <report-quote data='{"text":1}'><blockquote>Invalid</blockquote></report-quote>
      <report-quote data='{"text":'><blockquote>Not JSON</blockquote></report-quote>
      <report-gallery data='{"images":[{"src":"javascript:alert(1)","alt":"x"}]}'><img src="images/01-kaffee.svg" alt="Kaffee" /></report-gallery>
    </div>`);
    for (const el of wrapper.children) expect(shown(el.firstElementChild), el.getAttribute('data')!).to.equal(true);
    expect(page.events).to.have.length(3);
    await expect(wrapper.firstElementChild).to.be.accessible();
  });

  it('hides when the content is partly valid (the element renders what is valid)', async () => {
    const el = await fixture(
      html`<report-quote data='{"text":"Valid","author":1}'><blockquote>Fallback</blockquote></report-quote>`,
    );
    expect(shown(el.querySelector('blockquote'))).to.equal(false);
    expect(textOf(el)).to.contain('Valid');
    expect(page.paths).to.deep.equal(['author']);
  });

  it('never shows the JSON script child, whether it is used or not', async () => {
    const wrapper = await fixture(html`<div>
      <report-quote><script type="application/json">{"text":"Aus dem Skript"}</script><blockquote>Fallback</blockquote></report-quote>
      <report-quote><script type="application/json">{"text":1}</script><blockquote>Fallback</blockquote></report-quote>
      <report-quote><script type="application/json">{"text":1}</script></report-quote>
    </div>`);
    const [used, invalid, alone] = wrapper.children;
    expect(textOf(used!)).to.contain('Aus dem Skript');
    expect(shown(used!.querySelector('blockquote'))).to.equal(false);
    expect(shown(invalid!.querySelector('blockquote'))).to.equal(true);
    for (const el of [used!, invalid!, alone!]) expect(shown(el.querySelector('script'))).to.equal(false);
    // Slotted with the fallback, the script keeps the browser's `display: none`.
    for (const el of [invalid!, alone!]) {
      expect(shadow(el).querySelector('slot')!.assignedElements().includes(el.querySelector('script')!)).to.equal(true);
      expect(getComputedStyle(el.querySelector('script')!).display).to.equal('none');
    }
    // Nothing but the script: an empty box, no JSON on screen.
    expect(alone!.getBoundingClientRect().height).to.equal(0);
  });

  it('is the page as written until the element is defined, then replaced', async () => {
    const tag = `report-fallback-${Math.random().toString(36).slice(2)}`;
    const el = document.createElement(tag) as Any;
    el.append(Object.assign(document.createElement('blockquote'), { textContent: 'Ohne JavaScript' }));
    el.setAttribute('data', '{"text":"Mit JavaScript"}');
    await fixture(el);
    expect(shown(el.querySelector('blockquote'))).to.equal(true);
    const { ReportQuote } = await import('../src/quote/report-quote.js');
    customElements.define(tag, class extends ReportQuote {});
    await el.updateComplete;
    expect(shown(el.querySelector('blockquote'))).to.equal(false);
    expect(textOf(el)).to.contain('Mit JavaScript');
  });

  it('shows instead of the reserved space while src loads, then is replaced', async () => {
    const el = await fixture<Any>(
      html`<report-quote src="/api/slow/500/quote?text=Geladen"><blockquote>Fallback</blockquote></report-quote>`,
    );
    const fallback = el.querySelector('blockquote')!;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(el.hasAttribute('report-loading'), 'no reserved space').to.equal(false);
    expect(shown(fallback)).to.equal(true);
    // As high as the fallback (with its margins), not the reserved 12rem.
    const { marginBlockStart, marginBlockEnd } = getComputedStyle(fallback);
    const fallbackHeight =
      fallback.getBoundingClientRect().height + parseFloat(marginBlockStart) + parseFloat(marginBlockEnd);
    expect(el.getBoundingClientRect().height).to.be.closeTo(fallbackHeight, 1).and.below(rem(12));
    await expect(el).to.be.accessible();
    await waitUntil(() => textOf(el).includes('Geladen'), 'not loaded', { timeout: 3000 });
    expect(shown(fallback)).to.equal(false);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
  });

  it('counts elements as fallback, but not whitespace, comments or the JSON script', async () => {
    const wrapper = await fixture(html`<div>
      <report-quote src="/api/slow/300/quote?text=x"><p>Fallback</p></report-quote>
      <report-quote src="/api/slow/300/quote?text=x">
        <!-- a comment -->
        <script type="application/json">{"text":"unused"}</script>
      </report-quote>
    </div>`);
    const [fallback, empty] = wrapper.children;
    expect(fallback!.hasAttribute('report-loading')).to.equal(false);
    expect(empty!.hasAttribute('report-loading')).to.equal(true);
    expect(empty!.getBoundingClientRect().height).to.be.at.least(rem(12) - 0.5);
    await waitUntil(() => !empty!.hasAttribute('aria-busy') && !fallback!.hasAttribute('aria-busy'), 'not loaded', {
      timeout: 3000,
    });
  });

  it('stays when src fails', async () => {
    const el = await fixture<Any>(
      html`<report-gallery src="/api/status/404"><ul><li><img src="images/01-kaffee.svg" alt="Kaffee" /></li></ul></report-gallery>`,
    );
    await waitUntil(() => page.events.length, 'not reported');
    await settled(el);
    expect(shown(el.querySelector('img'))).to.equal(true);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
  });
});
