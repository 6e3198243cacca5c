import { expect, fixture, html } from '@open-wc/testing';
import '../src/quote/report-quote.js';
import type { ReportQuote } from '../src/quote/report-quote.js';
import { type PageWatcher, seedQuotes, shadow, TestEnvironment, textOf } from './helpers.js';

// Nothing is registered on import: this file's own environment, cleaned after each test.
const env = new TestEnvironment();
afterEach(() => env.cleanup());

describe('report-quote', () => {
  let page: PageWatcher;
  beforeEach(() => (page = env.watchPage()));

  it('renders every seed quote as figure > blockquote + figcaption, attribution outside the quote', async () => {
    for (const q of seedQuotes()) {
      const el = await fixture<ReportQuote>(html`<report-quote lang="de" .data=${q}></report-quote>`);
      const root = shadow(el);
      const bq = root.querySelector('figure > blockquote')!;
      expect(bq.textContent!.trim()).to.match(/^„.+“$/s);
      const cap = root.querySelector('figure > figcaption')!;
      expect(cap.textContent).to.contain(q.author!);
      expect(bq.textContent).not.to.contain(q.author!);
      await expect(el).to.be.accessible();
    }
    expect(page.events).to.have.length(0);
  });

  it('uses the quotation marks of the nearest lang', async () => {
    const data = { text: 'Trust', author: 'A' };
    const en = await fixture<ReportQuote>(html`<div lang="en-GB"><report-quote .data=${data}></report-quote></div>`);
    expect(shadow(en.firstElementChild!).querySelector('blockquote')!.textContent!.trim()).to.equal('“Trust”');
    const ch = await fixture<ReportQuote>(html`<report-quote lang="de-CH" .data=${data}></report-quote>`);
    expect(shadow(ch).querySelector('blockquote')!.textContent!.trim()).to.equal('«Trust»');
  });

  it('re-renders when the lang attribute changes', async () => {
    const el = await fixture<ReportQuote>(html`<report-quote lang="de" data='{"text":"Hallo"}'></report-quote>`);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(textOf(el)).to.equal('“Hallo”');
  });

  it('links cite as blockquote[cite] and a visible source link', async () => {
    const el = await fixture<ReportQuote>(
      html`<report-quote lang="de" data='{"text":"T","author":"A","role":"R","cite":"https://a.de/q"}'></report-quote>`,
    );
    const root = shadow(el);
    expect(root.querySelector('blockquote')!.getAttribute('cite')).to.equal('https://a.de/q');
    const a = root.querySelector<HTMLAnchorElement>('a[part=source]')!;
    expect(a.getAttribute('href')).to.equal('https://a.de/q');
    expect(a.textContent).to.equal('Quelle');
    expect(textOf(el)).to.contain('A, R');
  });

  it('reads the attribute, then re-renders on attribute and property changes', async () => {
    const el = await fixture<ReportQuote>(html`<report-quote data='{"text":"One"}'></report-quote>`);
    expect(textOf(el)).to.contain('One');
    el.setAttribute('data', '{"text":"Two"}');
    await el.updateComplete;
    expect(textOf(el)).to.contain('Two');
    el.data = { text: 'Three' };
    await el.updateComplete;
    expect(textOf(el)).to.contain('Three');
    el.setAttribute('data', '{"text":"Four"}');
    await el.updateComplete;
    expect(textOf(el), 'the property wins over the attribute').to.contain('Three');
  });

  it('reads a JSON script child when there is no attribute or property', async () => {
    const el = await fixture<ReportQuote>(
      html`<report-quote><script type="application/json">{"text":"Aus dem Skript"}</script></report-quote>`,
    );
    expect(textOf(el)).to.contain('Aus dem Skript');
  });

  it('reports a missing text, renders nothing and throws nothing', async () => {
    const el = await fixture<ReportQuote>(html`<report-quote data='{"author":"A"}'></report-quote>`);
    expect(page.errors).to.deep.equal([{ path: 'text', message: 'is required' }]);
    expect(page.consoleCalls).to.have.length(1);
    expect(String(page.consoleCalls[0]![0])).to.contain('<report-quote>: 1 problem in its data\n  text: is required');
    expect(
      [...shadow(el).children].map((c) => c.localName),
      'only the fallback slot',
    ).to.deep.equal(['slot']);
    expect(page.uncaught).to.deep.equal([]);
  });
});
