import { expect, fixture, html } from '@open-wc/testing';
import '../src/quote/report-quote.js';
import type { ReportQuote } from '../src/quote/report-quote.js';
import { esc } from './fixtures/markup.js';
import { type PageWatcher, shadow, TestEnvironment, textOf } from './helpers.js';

// Nothing is registered on import: this file's own environment, cleaned after each test.
const env = new TestEnvironment();
afterEach(() => env.cleanup());

/** The text of the quote paragraph an element renders. */
const said = (el: Element) => shadow(el).querySelector('[part=text]')?.textContent ?? '';

/** Resolves when `el` has fired `report-load`. */
const loaded = (el: Element) => new Promise((r) => el.addEventListener('report-load', r, { once: true }));

describe('intake: data-report and the order of sources', () => {
  let page: PageWatcher;
  beforeEach(() => (page = env.watchPage()));

  it('reads data-report: HTML-escaped JSON as a CMS writes it, with & < > quotes and : exact', async () => {
    const data = { text: 'Tom & Jerry say "1 < 2 > 0" – it\'s true', author: 'Ä & Ö', cite: 'https://a.de/q?x=1&y=2' };
    const el = await fixture<ReportQuote>(
      `<report-quote lang="de" data-report="${esc(JSON.stringify(data))}"></report-quote>`,
    );
    expect(said(el)).to.equal(`„${data.text}“`);
    expect(shadow(el).querySelector('blockquote')!.getAttribute('cite')).to.equal(data.cite);
    expect(textOf(el)).to.contain('Ä & Ö');
    expect(page.events).to.have.length(0);
  });

  it('ranks the data property over data, data over data-report, data-report over src, the script child and markup', async () => {
    const j = (text: string) => esc(JSON.stringify({ text }));
    const el = await fixture<ReportQuote>(
      `<report-quote lang="en" data="${j('attribute')}" data-report="${j('data-report')}" src="/api/quote?text=src">
        <script type="application/json">{"text":"script"}</script><blockquote><p>markup</p></blockquote>
      </report-quote>`,
    );
    expect(said(el)).to.equal('“attribute”');
    el.data = { text: 'property' };
    await el.updateComplete;
    expect(said(el)).to.equal('“property”');
    el.data = undefined;
    el.removeAttribute('data');
    await el.updateComplete;
    expect(said(el)).to.equal('“data-report”');
    const load = loaded(el);
    el.removeAttribute('data-report');
    await load;
    expect(said(el)).to.equal('“src”');
    el.removeAttribute('src');
    await el.updateComplete;
    expect(said(el)).to.equal('“script”');
    expect(page.events).to.have.length(0);
  });

  it('reports invalid JSON in data-report once, at the document, and shows the fallback', async () => {
    const el = await fixture<ReportQuote>(
      `<report-quote data-report="{&quot;text&quot;:"><p>Fallback</p></report-quote>`,
    );
    expect(page.errors).to.have.length(1);
    expect(page.errors[0]!.path).to.equal('');
    expect(page.errors[0]!.message).to.match(/^invalid JSON/);
    expect(shadow(el).querySelector('slot')).to.exist;
  });

  it('resolves relative URLs in content loaded from src against the JSON, like a stylesheet', async () => {
    const el = document.createElement('report-quote') as ReportQuote;
    const load = loaded(el);
    el.src = '/api/reports/quote.json';
    document.body.append(el);
    await load;
    const base = new URL('/api/reports/quote.json', location.href);
    const img = shadow(el).querySelector('img')!;
    expect(img.getAttribute('src')).to.equal(new URL('portrait.svg', base).href);
    expect(img.getAttribute('srcset')).to.equal(
      `${new URL('portrait.svg', base).href} 1x, ${new URL('img/portrait-2x.svg', base).href} 2x`,
    );
    expect(shadow(el).querySelector('blockquote')!.getAttribute('cite')).to.equal(new URL('../source.html', base).href);
    el.remove();
  });

  it('keeps relative URLs in inline JSON relative to the page', async () => {
    const data = { text: 'T', author: 'A', cite: '../source.html', image: { src: 'portrait.svg', alt: '' } };
    const el = await fixture<ReportQuote>(html`<report-quote .data=${data}></report-quote>`);
    expect(shadow(el).querySelector('img')!.getAttribute('src')).to.equal('portrait.svg');
    expect(shadow(el).querySelector('blockquote')!.getAttribute('cite')).to.equal('../source.html');
  });
});
