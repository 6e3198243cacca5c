import { expect, fixture, html } from '@open-wc/testing';
import '../src/article/report-article.js';
import type { ReportArticle } from '../src/article/report-article.js';
import { imagesSettled, type PageWatcher, seed, shadow, TestEnvironment, textOf } from './helpers.js';

// Nothing is registered on import: this file's own environment, cleaned after each test.
const env = new TestEnvironment();
afterEach(() => env.cleanup());

/** Headings in reading order across nested shadow roots, as a screen reader lists them. */
function outline(root: ParentNode): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (/^H[1-6]$/.test(el.tagName))
      out.push(`${el.tagName.toLowerCase()} ${el.textContent!.replace(/\s+/g, ' ').trim()}`);
    if (el.shadowRoot) out.push(...outline(el.shadowRoot));
  }
  return out;
}

describe('report-article', () => {
  let page: PageWatcher;
  beforeEach(() => (page = env.watchPage()));

  it('renders the whole seed report: every block, in order, with no errors', async () => {
    const data = seed();
    const el = await fixture<ReportArticle>(html`<report-article lang="de" .data=${data}></report-article>`);
    const root = shadow(el);
    expect(root.querySelector('h1')!.textContent).to.contain(data.title);
    expect(root.querySelector('time')!.textContent).to.equal('19. Dezember 2023');
    expect(root.querySelector('[part=lead]')!.textContent).to.contain('Am 29. August besuchten');
    const blocks = [...root.querySelector('article')!.children].slice(2); // header, figure
    expect(blocks.map((b) => b.localName)).to.deep.equal(
      data.blocks.map(
        (b) =>
          ({
            heading: 'h2',
            paragraph: 'p',
            image: 'figure',
            quote: 'report-quote',
            gallery: 'report-gallery',
            infobox: 'report-infobox',
          })[b.type],
      ),
    );
    const text = textOf(el);
    for (const b of data.blocks) if (b.type === 'heading') expect(text).to.contain(b.text);
    expect(page.events).to.have.length(0);
  });

  it('nests headings: h1 title, h2 sections, gallery and infobox titles', async () => {
    const el = await fixture<ReportArticle>(html`<report-article .data=${seed()}></report-article>`);
    await Promise.all(
      [...shadow(el).querySelectorAll('report-gallery, report-infobox')].map(
        (c) => (c as ReportArticle).updateComplete,
      ),
    );
    const headings = outline(shadow(el)).filter((h) => !h.includes('Bild '));
    expect(headings[0]).to.match(/^h1 Gute Praxis: Erfahrungsaustausch/);
    expect(
      headings.slice(1).every((h) => h.startsWith('h2 ')),
      headings.join('\n'),
    ).to.equal(true);
    expect(headings).to.include('h2 Bildergalerie');
    expect(headings).to.include('h2 Infobox: No Limit');
  });

  it('shifts every level with heading-level', async () => {
    const el = await fixture<ReportArticle>(html`<report-article heading-level="2" .data=${seed()}></report-article>`);
    const gallery = shadow(el).querySelector('report-gallery')!;
    await gallery.updateComplete;
    expect(shadow(el).querySelector('h2[part=title]')).to.exist;
    expect(shadow(el).querySelectorAll('h3[part=heading]').length).to.be.above(3);
    expect(shadow(gallery).querySelector('h3')!.textContent).to.equal('Bildergalerie');
  });

  it('is accessible with all images loaded', async () => {
    const el = await fixture<ReportArticle>(html`<report-article lang="de" .data=${seed()}></report-article>`);
    await imagesSettled(shadow(el));
    await expect(el).to.be.accessible();
  });

  it('reports nested problems once with full paths and renders what is valid', async () => {
    const data = seed() as unknown as { blocks: Record<string, unknown>[] };
    const g = data.blocks.findIndex((b) => b.type === 'gallery');
    (data.blocks[g]!.images as Record<string, unknown>[])[3]!.alt = 42;
    data.blocks.splice(1, 0, { type: 'video', src: 'x.mp4' });
    const el = await fixture<ReportArticle>(html`<report-article .data=${data}></report-article>`);
    expect(page.paths).to.deep.equal(['blocks[1].type', `blocks[${g + 1}].images[3].alt`]);
    expect(page.events, 'nested elements do not report the same problem again').to.have.length(1);
    expect(shadow(el).querySelectorAll('article > *').length).to.equal(2 + data.blocks.length - 1);
    const gallery = shadow(el).querySelector('report-gallery')!;
    await gallery.updateComplete;
    expect(shadow(gallery).querySelectorAll('[part~=thumb]')).to.have.length(8);
  });

  it('leaves siblings alone when one element gets bad data', async () => {
    const wrapper = await fixture(html`<div>
      <report-article data="{oops"></report-article>
      <report-article data='{"title":"Gut","blocks":[]}'></report-article>
    </div>`);
    const [bad, good] = wrapper.querySelectorAll('report-article');
    await good!.updateComplete;
    expect(
      [...shadow(bad!).children].map((c) => c.localName),
      'only the fallback slot',
    ).to.deep.equal(['slot']);
    expect(shadow(good!).querySelector('h1')!.textContent).to.equal('Gut');
    expect(page.events).to.have.length(1);
    expect(page.uncaught).to.deep.equal([]);
  });
});
