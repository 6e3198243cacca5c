import { expect, fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import '../src/report-elements.js';
import type { ReportElement } from '../src/core/element.js';
import * as markup from './fixtures/markup.js';
import {
  expectSame,
  type PageWatcher,
  seed,
  seedGallery,
  seedInfobox,
  seedQuotes,
  shadow,
  TestEnvironment,
} from './helpers.js';

// Nothing is registered on import: this file's own environment, cleaned after each test.
const env = new TestEnvironment();
afterEach(() => env.cleanup());

/** The shadow DOM as markup, without Lit's comment markers: what the element rendered. */
const rendered = (el: Element) =>
  shadow(el)
    .getHTML()
    .replace(/<!--[^]*?-->/g, '');

/** Waits until `el` renders content (not its fallback slot). */
const content = (el: Element) =>
  waitUntil(
    () => el.shadowRoot && ![...el.shadowRoot.children].some((c) => c.localName === 'slot'),
    'no content rendered',
    { timeout: 4000 },
  );

async function fromData(tag: string, data: unknown): Promise<Element> {
  const el = document.createElement(tag) as ReportElement<unknown>;
  el.setAttribute('lang', 'de');
  el.data = data;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const teaserData = () => {
  const { kicker, title, date, image } = seed();
  return { kicker, title, href: '/bericht?a=1&b=2', date, summary: 'Ein Tag in Berlin: Austausch & Ideen.', image };
};

const cases: [tag: string, data: () => unknown, html: (d: never) => string][] = [
  ['report-quote', () => seedQuotes()[0], markup.quote],
  ['report-gallery', seedGallery, markup.gallery],
  ['report-infobox', seedInfobox, markup.infobox],
  ['report-teaser', teaserData, markup.teaser],
  ['report-article', seed, markup.article],
];

describe('markup: elements read the plain markup they wrap', () => {
  let page: PageWatcher;
  beforeEach(() => (page = env.watchPage()));
  afterEach(() => {
    fixtureCleanup();
    document
      .querySelectorAll(
        'body > report-quote, body > report-gallery, body > report-infobox, body > report-teaser, body > report-article',
      )
      .forEach((e) => e.remove());
  });

  for (const [tag, data, toHtml] of cases) {
    it(`${tag} renders from markup exactly what it renders from the same content as JSON`, async () => {
      const reference = await fromData(tag, data());
      const el = await fixture(`<${tag} lang="de">${toHtml(data() as never)}</${tag}>`);
      await content(el);
      expect(rendered(el)).to.equal(rendered(reference));
      expect(page.errors).to.deep.equal([]);
    });
  }

  it('reads a WordPress core Quote block and a Pullquote, with the role split off at the comma', async () => {
    const wp = await fixture(
      `<report-quote lang="de"><blockquote class="wp-block-quote"><p>Vertrauen ist <em>keine</em> Einbahnstraße</p><cite>Doreen Barth, Coachin im Projekt L.IGA</cite></blockquote></report-quote>`,
    );
    await content(wp);
    expect(shadow(wp).querySelector('[part=text]')!.textContent).to.equal('„Vertrauen ist keine Einbahnstraße“');
    expect(shadow(wp).querySelector('[part=author]')!.textContent).to.equal('Doreen Barth');
    expect(shadow(wp).querySelector('[part=role]')!.textContent).to.equal('Coachin im Projekt L.IGA');
    const pull = await fixture(
      `<report-quote lang="de"><figure class="wp-block-pullquote"><blockquote><p>Ein Satz.</p><cite>Stefan Renner</cite></blockquote></figure></report-quote>`,
    );
    await content(pull);
    expect(shadow(pull).querySelector('[part=author]')!.textContent).to.equal('Stefan Renner');
    expectSame(shadow(pull).querySelector('[part=role]'), null);
  });

  it('reads a WordPress core Gallery block: captions, "Foto:" credits, gallery caption as title', async () => {
    const el =
      await fixture(`<report-gallery lang="de"><figure class="wp-block-gallery has-nested-images columns-default is-cropped">
      <figure class="wp-block-image size-large"><img src="images/01-kaffee.svg" alt="Kaffee wird eingeschenkt." width="1200" height="800"><figcaption class="wp-element-caption">Auftakt mit Kaffee. Foto: Thomas Rafalzyk</figcaption></figure>
      <figure class="wp-block-image size-large"><img src="images/02-team.svg" alt="Ein großer Tisch." srcset="images/02-team.svg 1200w" sizes="50vw"></figure>
      <figcaption class="blocks-gallery-caption wp-element-caption">Bildergalerie</figcaption></figure></report-gallery>`);
    await content(el);
    const root = shadow(el);
    expect(root.querySelector('[part=title]')!.textContent).to.equal('Bildergalerie');
    expect(root.querySelectorAll('[part=thumb]')).to.have.length(2);
    expect(root.querySelector('[part=caption]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Auftakt mit Kaffee. Quelle: Thomas Rafalzyk',
    );
    expect(root.querySelectorAll('img')[1]!.getAttribute('srcset')).to.equal('images/02-team.svg 1200w');
  });

  it("takes the content's language from the markup's lang, as lang in the JSON", async () => {
    const el = await fixture(
      `<div lang="de"><report-quote><figure lang="en"><blockquote><p>Trust is a two-way street.</p></blockquote></figure></report-quote></div>`,
    );
    const quote = el.querySelector('report-quote')!;
    await content(quote);
    const text = shadow(quote).querySelector('[part=text]')!;
    expect(text.textContent).to.equal('“Trust is a two-way street.”');
    expect(text.closest('[lang]')!.getAttribute('lang')).to.equal('en');
  });

  it('reads CKEditor 5 output (figure.image) as a gallery', async () => {
    const el = await fixture(
      `<report-gallery><figure class="image"><img src="images/01-kaffee.svg" alt="Kaffee."><figcaption>Kaffee</figcaption></figure><figure class="image"><img src="images/02-team.svg" alt="Tisch."></figure></report-gallery>`,
    );
    await content(el);
    expect(shadow(el).querySelectorAll('[part=thumb]')).to.have.length(2);
  });

  it('keeps unusable markup as written and reports where: an image without alt', async () => {
    const el = await fixture(
      `<report-gallery><figure><img src="images/01-kaffee.svg" alt="A."></figure><figure><img src="images/02-team.svg"></figure></report-gallery>`,
    );
    await waitUntil(() => page.errors.length, 'nothing reported', { timeout: 4000 });
    expect(page.errors.map((e) => e.path)).to.deep.equal(['images[1].alt']);
    expect(shadow(el).querySelector('slot')).to.exist;
    expect(el.querySelector('figure')!.checkVisibility()).to.equal(true);
  });

  it('takes only text from markup: no elements, attributes or handlers are copied', async () => {
    (window as { __pwned?: number }).__pwned = 0;
    const el = await fixture(
      `<report-infobox><aside><h2 onclick="window.__pwned=1">Titel <b onclick="window.__pwned=1">fett</b><img src="images/01-kaffee.svg" alt="" onclick="window.__pwned=1"></h2><p style="color:red">Text <em>und</em> mehr</p></aside></report-infobox>`,
    );
    await content(el);
    const root = shadow(el);
    expect(root.querySelector('h2')!.textContent).to.equal('Titel fett');
    expect(
      root
        .querySelector('[part=body]')!
        .getHTML()
        .replace(/<!--[^]*?-->/g, ''),
    ).to.equal('<p>Text und mehr</p>');
    const copied = [...root.querySelectorAll('*')]
      .flatMap((e) => [...e.attributes].map((a) => a.name))
      .filter((n) => /^on|^style$/.test(n));
    expect(copied).to.deep.equal([]);
    expect(root.querySelectorAll('img, b, em')).to.have.length(0);
    root.querySelector<HTMLElement>('h2')!.click();
    expect((window as { __pwned?: number }).__pwned).to.equal(0);
    expect(page.errors).to.deep.equal([]);
  });

  it('refuses a javascript: link in markup: reported with its place, the markup stays as written', async () => {
    const el = await fixture(
      `<report-infobox><aside><h2>Titel</h2><p>Text <a href="javascript:window.__pwned=1">Link</a></p></aside></report-infobox>`,
    );
    await waitUntil(() => page.errors.length, 'nothing reported', { timeout: 4000 });
    expect(page.errors.map((e) => e.path)).to.deep.equal(['body[0][1].href']);
    expectSame(shadow(el).querySelector('a'), null);
    expect(shadow(el).querySelector('slot')).to.exist;
  });
});

describe('markup: class-marked enhancement without the tag', () => {
  afterEach(() => fixtureCleanup());

  it('wraps a marked WordPress Gallery block in <report-gallery>, also when added later', async () => {
    const host = await fixture(`<div lang="de"></div>`);
    // Parsed as a page's script would insert it: the observer must find it.
    host.setHTMLUnsafe(
      `<p>Vorher</p><figure class="wp-block-gallery report-gallery"><figure class="wp-block-image"><img src="images/01-kaffee.svg" alt="Kaffee."></figure><figure class="wp-block-image"><img src="images/02-team.svg" alt="Tisch."></figure></figure><p>Nachher</p>`,
    );
    await waitUntil(() => host.querySelector('report-gallery'), 'not enhanced');
    const el = host.querySelector('report-gallery')!;
    expect([...host.children].map((c) => c.localName)).to.deep.equal(['p', 'report-gallery', 'p']);
    expect(el.firstElementChild!.classList.contains('wp-block-gallery')).to.equal(true);
    await content(el);
    expect(shadow(el).querySelectorAll('[part=thumb]')).to.have.length(2);
  });

  it('leaves alone what only looks marked (an SVG element, a class that merely contains the name), without an error', async () => {
    // (A class "report-gallery-x report-quote" makes a quote: whole class names count.)
    const page = env.watchPage();
    const host = await fixture(`<div></div>`);
    host.setHTMLUnsafe(
      `<svg class="report-gallery" width="10" height="10"></svg><div class="no-report-gallery-here"></div><blockquote class="report-gallery-x report-quote"><p>Z</p></blockquote><figure class="report-gallery"><img src="images/01-kaffee.svg" alt="A."></figure>`,
    );
    await waitUntil(() => host.querySelector('report-gallery'), 'not enhanced');
    expect([...host.children].map((c) => c.localName)).to.deep.equal(['svg', 'div', 'report-quote', 'report-gallery']);
    expect(page.uncaught).to.deep.equal([]);
    page.stop();
  });

  it('enhances marked quotes and infoboxes, and leaves markup inside report elements to them', async () => {
    const host = await fixture(`<div lang="de"></div>`);
    host.setHTMLUnsafe(
      `<blockquote class="report-quote"><p>Zitat</p><cite>Name, Rolle</cite></blockquote><aside class="report-infobox"><h3>Titel</h3><p>Text</p></aside><report-article><article><h1>T</h1><figure class="report-gallery"><img src="images/01-kaffee.svg" alt="A."><img src="images/02-team.svg" alt="B."></figure></article></report-article>`,
    );
    await waitUntil(() => host.querySelector('report-infobox'), 'not enhanced');
    expect([...host.children].map((c) => c.localName)).to.deep.equal([
      'report-quote',
      'report-infobox',
      'report-article',
    ]);
    expectSame(host.querySelector('report-article report-gallery'), null);
  });
});
