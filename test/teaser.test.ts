import { expect, fixture, html } from '@open-wc/testing';
import '../src/teaser/report-teaser.js';
import type { ReportTeaser, Teaser } from '../src/teaser/report-teaser.js';
import { expectSame, type PageWatcher, seed, shadow, TestEnvironment } from './helpers.js';

// Nothing is registered on import: this file's own environment, cleaned after each test.
const env = new TestEnvironment();
afterEach(() => env.cleanup());

const fromSeed = (): Teaser => {
  const a = seed();
  return {
    kicker: 'Gute Praxis',
    title: a.title,
    href: '/berichte/erfahrungsaustausch',
    date: a.date,
    summary: 'Ein Tag voller Austausch.',
    image: a.image,
  };
};

describe('report-teaser', () => {
  let page: PageWatcher;
  beforeEach(() => (page = env.watchPage()));

  it('renders the seed report as an article with the heading first and exactly one link', async () => {
    const el = await fixture<ReportTeaser>(html`<report-teaser lang="de" .data=${fromSeed()}></report-teaser>`);
    const root = shadow(el);
    const article = root.querySelector('article')!;
    expect(article.firstElementChild!.tagName).to.equal('H2');
    const links = root.querySelectorAll('a');
    expect(links).to.have.length(1);
    expect(links[0]!.getAttribute('href')).to.equal('/berichte/erfahrungsaustausch');
    expect(links[0]!.textContent).to.contain('Erfahrungsaustausch: Jobcenter Berlin Lichtenberg');
    const heading = root.querySelector('h2')!;
    expect(heading.compareDocumentPosition(root.querySelector('img')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    expect(root.querySelector('time')!.getAttribute('datetime')).to.equal('2023-12-19');
    expect(root.querySelector('time')!.textContent).to.equal('19. Dezember 2023');
    expect(root.querySelector('[part=credit]')!.textContent).to.equal('Quelle: Thomas Rafalzyk');
    await expect(el).to.be.accessible();
  });

  it('loads its image lazily, or at once with high priority when marked `priority`', async () => {
    const lazy = await fixture<ReportTeaser>(html`<report-teaser .data=${fromSeed()}></report-teaser>`);
    expect(shadow(lazy).querySelector('img')!.getAttribute('loading')).to.equal('lazy');
    expect(shadow(lazy).querySelector('img')!.hasAttribute('fetchpriority')).to.equal(false);
    const first = await fixture<ReportTeaser>(html`<report-teaser priority .data=${fromSeed()}></report-teaser>`);
    expect(shadow(first).querySelector('img')!.getAttribute('loading')).to.equal('eager');
    expect(shadow(first).querySelector('img')!.getAttribute('fetchpriority')).to.equal('high');
  });

  it('formats the date in English on an English page', async () => {
    const el = await fixture<ReportTeaser>(html`<report-teaser lang="en" .data=${fromSeed()}></report-teaser>`);
    expect(shadow(el).querySelector('time')!.textContent).to.equal('December 19, 2023');
    expect(shadow(el).querySelector('[part=credit]')!.textContent).to.equal('Credit: Thomas Rafalzyk');
  });

  it('stretches the link over the whole card', async () => {
    const el = await fixture<ReportTeaser>(
      html`<div style="width:600px"><report-teaser .data=${fromSeed()}></report-teaser></div>`,
    );
    const teaser = el.firstElementChild!;
    const article = shadow(teaser).querySelector('article')!.getBoundingClientRect();
    const hit = shadow(teaser).elementFromPoint(article.left + 5, article.bottom - 5);
    expect(hit?.getAttribute('part')).to.equal('link');
  });

  it('uses heading-level and falls back to 2 for nonsense', async () => {
    const el = await fixture<ReportTeaser>(
      html`<report-teaser heading-level="4" data='{"title":"T"}'></report-teaser>`,
    );
    expect(shadow(el).querySelector('h4')).to.exist;
    el.setAttribute('heading-level', '9');
    await el.updateComplete;
    expect(shadow(el).querySelector('h2')).to.exist;
  });

  it('renders the title as plain text when the href is rejected, and says why', async () => {
    const el = await fixture<ReportTeaser>(
      html`<report-teaser data='{"title":"T","href":"javascript:alert(1)"}'></report-teaser>`,
    );
    expectSame(shadow(el).querySelector('a'), null);
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('T');
    expect(page.paths).to.deep.equal(['href']);
  });

  it('reports an invalid date and still renders the rest', async () => {
    const el = await fixture<ReportTeaser>(
      html`<report-teaser data='{"title":"T","date":"19.12.2023"}'></report-teaser>`,
    );
    expectSame(shadow(el).querySelector('time'), null);
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('T');
    expect(page.errors[0]!.path).to.equal('date');
  });

  it('reports malformed JSON once, with one console message, and renders nothing', async () => {
    const el = await fixture<ReportTeaser>(html`<report-teaser data='{"title": "T",}'></report-teaser>`);
    expect(page.events).to.have.length(1);
    expect(page.errors[0]!.path).to.equal('');
    expect(page.errors[0]!.message).to.match(/^invalid JSON: /);
    expect(page.consoleCalls).to.have.length(1);
    expect(
      [...shadow(el).children].map((c) => c.localName),
      'only the fallback slot',
    ).to.deep.equal(['slot']);
    el.requestUpdate();
    await el.updateComplete;
    expect(page.events, 'reported once, not on every render').to.have.length(1);
  });

  it('lets a listener take over error reporting with preventDefault()', async () => {
    const quiet = (e: Event) => e.preventDefault();
    document.addEventListener('report-error', quiet);
    await fixture(html`<report-teaser data="[]"></report-teaser>`);
    document.removeEventListener('report-error', quiet);
    expect(page.events).to.have.length(1);
    expect(page.errors[0]!.message).to.equal('expected an object, got array');
    expect(page.consoleCalls).to.have.length(0);
  });
});
