import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/report-elements.js';
import type { ReportGallery } from '../src/gallery/report-gallery.js';
import { type PageWatcher, seed, seedGallery, shadow, TestEnvironment } from './helpers.js';

// Nothing is registered on import: this file's own environment, cleaned after each test.
const env = new TestEnvironment();
afterEach(() => env.cleanup());

describe('lifecycle and failures', () => {
  let page: PageWatcher;
  beforeEach(() => (page = env.watchPage()));

  it('survives being moved between containers', async () => {
    const wrapper = await fixture(html`<div><section></section><section></section></div>`);
    const [a, b] = wrapper.querySelectorAll('section');
    const el = document.createElement('report-gallery');
    el.data = seedGallery();
    a!.append(el);
    await el.updateComplete;
    b!.append(el);
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('[part~=thumb]')).to.have.length(9);
    expect(page.uncaught).to.deep.equal([]);
  });

  it('closes the lightbox when removed while open, and is clean when re-added', async () => {
    const wrapper = await fixture(html`<div><report-gallery .data=${seedGallery()}></report-gallery></div>`);
    const el = wrapper.querySelector('report-gallery')!;
    await el.show(3);
    const closed = oneEvent(el, 'report-lightbox-close');
    el.remove();
    expect((await closed).detail.index).to.equal(3);
    wrapper.append(el);
    await el.updateComplete;
    expect(shadow(el).querySelector('dialog')!.open).to.equal(false);
    expect(el.currentIndex).to.equal(-1);
    await el.show(0);
    expect(shadow(el).querySelector('dialog')!.matches(':modal')).to.equal(true);
    el.close();
  });

  it('upgrades late: tags written before the element is defined render once it is', async () => {
    const wrapper = await fixture(html`<div></div>`);
    const tag = `report-late-${Math.random().toString(36).slice(2)}`;
    const el = document.createElement(tag) as InstanceType<typeof ReportQuote>;
    el.setAttribute('data', '{"text":"Spät, aber da"}');
    wrapper.append(el);
    const { ReportQuote } = await import('../src/quote/report-quote.js');
    customElements.define(tag, class extends ReportQuote {});
    await el.updateComplete;
    expect(shadow(el).querySelector('blockquote')!.textContent).to.contain('Spät, aber da');
  });

  it('keeps working when data changes while an image loads', async () => {
    const el = await fixture<ReportGallery>(html`<report-gallery .data=${seedGallery()}></report-gallery>`);
    await el.show(0);
    el.data = { ...seedGallery(), images: seedGallery().images.slice(2) };
    await el.updateComplete;
    await el.show(1);
    expect(shadow(el).querySelector<HTMLImageElement>('[part~=viewer-image]')!.getAttribute('src')).to.equal(
      seedGallery().images[3]!.src,
    );
    el.close();
    expect(page.uncaught).to.deep.equal([]);
  });

  it('shows a broken image as a framed box with its alt text, keeps layout and reports it with its path', async () => {
    const data = seed();
    data.image = { ...data.image!, src: 'images/does-not-exist.svg' };
    const el = await fixture(html`<report-article .data=${data}></report-article>`);
    const img = shadow(el).querySelector<HTMLImageElement>('[part=figure] img')!;
    await waitUntil(() => img.hasAttribute('data-broken'), 'image not marked broken');
    expect(img.alt).to.equal(data.image.alt);
    expect(img.getBoundingClientRect().height).to.be.at.least(40);
    expect(page.errors).to.deep.equal([
      {
        path: 'image.src',
        message: 'image could not be loaded: "http://localhost:' + location.port + '/images/does-not-exist.svg"',
      },
    ]);
    expect(shadow(el).querySelector('h1')).to.exist;
  });

  it('does not wait for slow images: the lightbox opens and navigates while they load', async () => {
    const g = seedGallery();
    // Only the first three are slow: browsers open six connections per host, and other tests need theirs.
    g.images = g.images.map((i, n) =>
      n < 3 ? { ...i, src: i.src.replace('images/', `images/slow/`) + `?t=${Math.random()}` } : i,
    );
    const el = await fixture<ReportGallery>(html`<report-gallery .data=${g}></report-gallery>`);
    const started = performance.now();
    await el.show(0);
    await el.next();
    await el.next();
    expect(el.currentIndex).to.equal(2);
    expect(performance.now() - started, 'no waiting for the 3 s images').to.be.below(1500);
    expect(shadow(el).querySelector<HTMLImageElement>('[part~=viewer-image]')!.complete).to.equal(false);
    el.close();
  });

  it('reflows at 320 px without horizontal overflow, long German compounds included', async () => {
    const data = seed();
    const long = 'Arbeitsmarktintegrationsmaßnahmenkoordinierungsstellenleiterinnenversammlung';
    data.title = `${long} ${data.title}`;
    data.blocks.unshift({ type: 'quote', text: long, author: long, role: long }, { type: 'heading', text: long });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><report-article lang="de" .data=${data}></report-article><report-teaser .data=${{ title: long, summary: long, image: data.image }}></report-teaser></div>`,
    );
    const wide: string[] = [];
    const visit = (root: ParentNode) => {
      for (const e of root.querySelectorAll('*')) {
        if (e.getBoundingClientRect().right > wrapper.getBoundingClientRect().right + 0.5)
          wide.push(`${e.localName}.${e.getAttribute('part') ?? ''}`);
        if (e.shadowRoot) visit(e.shadowRoot);
      }
    };
    for (const el of wrapper.querySelectorAll('report-article, report-teaser'))
      await (el as ReportGallery).updateComplete;
    for (const nested of shadow(wrapper.firstElementChild!).querySelectorAll(
      'report-quote, report-gallery, report-infobox',
    ))
      await (nested as ReportGallery).updateComplete;
    visit(wrapper);
    expect(wide).to.deep.equal([]);
  });

  it('reports a broken gallery thumbnail by index and keeps the lightbox usable', async () => {
    const g = seedGallery();
    g.images[1] = { ...g.images[1]!, src: 'images/nope.svg' };
    const el = await fixture<ReportGallery>(html`<report-gallery .data=${g}></report-gallery>`);
    await waitUntil(() => page.paths.includes('images[1].src'), 'broken thumbnail not reported', { timeout: 5000 });
    await el.show(1);
    await el.next();
    expect(el.currentIndex).to.equal(2);
    el.close();
  });
});
