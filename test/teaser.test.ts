import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
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
    expect(article.querySelector('h2, time, p, figure')!.tagName, 'first in reading order').to.equal('H2');
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

  it('stacks in a narrow column and puts the image beside the text from 36rem, following the column', async () => {
    const column = await fixture<HTMLDivElement>(
      html`<div style="width:400px"><report-teaser .data=${fromSeed()}></report-teaser></div>`,
    );
    const root = shadow(column.firstElementChild!);
    const box = (selector: string) => root.querySelector(selector)!.getBoundingClientRect();
    const stacked = () => box('figure').bottom <= box('.text').top;
    const beside = () => box('figure').right <= box('.text').left && box('figure').top === box('.text').top;
    expect(stacked(), 'figure above the text at 400 px').to.equal(true);
    expect(box('.text').width, 'full width').to.equal(400);

    column.style.width = '800px'; // the same element, only its column changes
    expect(beside(), 'figure beside the text at 800 px').to.equal(true);
    // Two parts image, three parts text, 1.5rem (24 px) between them.
    expect(Math.round(box('figure').width), 'figure width').to.equal(Math.round((800 - 24) * 0.4));

    column.style.width = '575px'; // just under 36rem (576 px)
    expect(stacked(), 'stacked just under 36rem').to.equal(true);
    column.style.width = '576px';
    expect(beside(), 'beside from exactly 36rem').to.equal(true);
  });

  it('gives the text the whole width when there is no image', async () => {
    const column = await fixture<HTMLDivElement>(
      html`<div style="width:800px"><report-teaser .data=${{ ...fromSeed(), image: undefined }}></report-teaser></div>`,
    );
    expect(shadow(column.firstElementChild!).querySelector('.text')!.getBoundingClientRect().width).to.equal(800);
  });

  it('draws the keyboard focus ring round the whole card', async () => {
    const el = await fixture<ReportTeaser>(html`<report-teaser .data=${fromSeed()}></report-teaser>`);
    const link = shadow(el).querySelector('a')!;
    const ring = () => getComputedStyle(link, '::after');
    expect(ring().outlineStyle, 'no ring before focus').to.equal('none');
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement, 'the link has focus').to.equal(link);
    expect(ring().outlineStyle, 'ring on the card').to.equal('solid');
    expect(ring().outlineWidth).to.equal('3px');
    expect(getComputedStyle(link).outlineStyle, 'not on the link itself').to.equal('none');
    const card = shadow(el).querySelector('article')!.getBoundingClientRect();
    const after = ring();
    expect([after.position, after.inset], 'the ::after covers the card').to.deep.equal(['absolute', '0px']);
    expect(card.height).to.be.greaterThan(100);
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
