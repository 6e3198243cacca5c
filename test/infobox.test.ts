import { expect, fixture, html } from '@open-wc/testing';
import '../src/infobox/report-infobox.js';
import type { ReportInfobox } from '../src/infobox/report-infobox.js';
import { type PageWatcher, seedInfobox, shadow, TestEnvironment } from './helpers.js';

// Nothing is registered on import: this file's own environment, cleaned after each test.
const env = new TestEnvironment();
afterEach(() => env.cleanup());

describe('report-infobox', () => {
  let page: PageWatcher;
  beforeEach(() => (page = env.watchPage()));

  it('renders the seed infobox as an aside labelled by its title', async () => {
    const data = seedInfobox();
    const el = await fixture<ReportInfobox>(html`<report-infobox lang="de" .data=${data}></report-infobox>`);
    const root = shadow(el);
    const aside = root.querySelector('aside')!;
    expect(aside.getAttribute('role')).to.equal(null);
    const title = root.getElementById(aside.getAttribute('aria-labelledby')!)!;
    expect(title.tagName).to.equal('H2');
    expect(title.textContent).to.contain(data.title);
    expect(root.querySelectorAll('[part=body] p')).to.have.length(data.body.length);
    expect(root.querySelector('[part=body] a')).to.exist;
    expect(page.events).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('renders a link list; a link with a rejected or missing href becomes plain text', async () => {
    const el = await fixture<ReportInfobox>(
      html`<report-infobox
        .data=${{ title: 'T', body: ['B'], links: [{ text: 'Gut', href: 'https://a.de' }, { text: 'Böse', href: 'javascript:alert(1)' }, { text: 'Ohne' }] }}
      ></report-infobox>`,
    );
    const items = [...shadow(el).querySelectorAll('[part=links] li')];
    expect(items.map((li) => li.textContent!.trim())).to.deep.equal(['Gut', 'Böse', 'Ohne']);
    expect(items.map((li) => !!li.querySelector('a'))).to.deep.equal([true, false, false]);
    expect(page.paths).to.deep.equal(['links[1].href', 'links[2].href']);
    expect(page.events).to.have.length(1);
  });

  it('honours heading-level', async () => {
    const el = await fixture<ReportInfobox>(
      html`<report-infobox heading-level="3" data='{"title":"T","body":["B"]}'></report-infobox>`,
    );
    expect(shadow(el).querySelector('h3')).to.exist;
  });

  it('reports a body that is not an array of paragraphs', async () => {
    await fixture(html`<report-infobox data='{"title":"T","body":"nur ein String"}'></report-infobox>`);
    expect(page.errors).to.deep.equal([{ path: 'body', message: 'expected an array, got string' }]);
  });
});
