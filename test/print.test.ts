import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/gallery/report-gallery.js';
import '../src/infobox/report-infobox.js';
import '../src/quote/report-quote.js';
import '../src/teaser/report-teaser.js';
import type { ReportGallery } from '../src/gallery/report-gallery.js';
import {
  mediaRules,
  part,
  parts,
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

/**
 * Whether this engine renders print media on request. Chromium does (puppeteer's emulateMediaType). Firefox
 * (puppeteer over WebDriver BiDi, which lacks the CDP call) and WebKit (WebDriver) reject the command; an
 * engine that accepted it and stayed on screen would count as unable too. Asked once: the runner logs a refusal.
 */
const emulates = await (async () => {
  try {
    await emulateMedia({ media: 'print' });
  } catch {
    // Checked below: matchMedia says what the page really gets.
  }
  const printing = matchMedia('print').matches;
  if (printing) await emulateMedia({ media: 'screen' });
  return printing;
})();

const print = () => (emulates ? emulateMedia({ media: 'print' }) : Promise.resolve());

/** The style rules inside `@media print` (also `print, (forced-colors: active)`) of a shadow root's sheets. */
const printRules = (root: ShadowRoot): CSSStyleRule[] => mediaRules(root, (media) => media.includes('print'));

/**
 * `property` of `node` (or of its `::after`) on paper: the computed value where print media is emulated;
 * elsewhere the value that the matching print rules of its shadow root declare (the last one wins, which is
 * enough for these rules: they do not compete on specificity). A host is matched by `:host` rules.
 */
function printed(node: Element, pseudo?: '::after'): (property: string) => string {
  if (emulates) {
    const style = getComputedStyle(node, pseudo ?? null);
    return (p) => style.getPropertyValue(p).trim();
  }
  const isHost = !!node.shadowRoot;
  const rules = printRules(isHost ? node.shadowRoot! : (node.getRootNode() as ShadowRoot)).filter(
    ({ selectorText: s }) =>
      isHost
        ? s === ':host'
        : pseudo
          ? s.endsWith(pseudo) && node.matches(s.slice(0, -pseudo.length))
          : !s.includes('::') && node.matches(s),
  );
  return (p) =>
    rules
      .map((r) => r.style.getPropertyValue(p).trim())
      .filter(Boolean)
      .at(-1) ?? '';
}

/** Whether the link's URL follows it on paper. */
const showsUrl = (a: Element) =>
  printed(a, '::after')('content').includes(emulates ? a.getAttribute('href')! : 'attr(href)');

const BLACK = 'rgb(0, 0, 0)';
/** Rendered at all (an element inside a `display: none` ancestor has no boxes). */
const rendered = (node: Element) => node.getClientRects().length > 0;

describe(`print styles (${emulates ? 'print media emulated: computed styles and layout' : 'this engine cannot emulate print media: the print rules of each stylesheet are checked instead'})`, () => {
  afterEach(async () => {
    if (emulates) await emulateMedia({ media: 'screen' });
  });

  it('emulates print media in Chromium, where the full layout checks run', () => {
    if (!emulates) console.info(`print media not emulated in ${navigator.userAgent}: stylesheet checks only`);
    if (!emulates) expect(navigator.userAgent, 'Chromium must emulate print media').not.to.match(/Chrome\//);
  });

  /** A gallery 40rem wide: four thumbnails across on screen, three on paper. */
  async function gallery() {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="de" style="width: 40rem"><report-gallery .data=${seedGallery()}></report-gallery></div>`,
    );
    const el = wrapper.querySelector<ReportGallery>('report-gallery')!;
    return { el, items: [...shadow(el).querySelectorAll('[part~=list] > li')] };
  }

  it('prints the gallery as a grid of images, without the viewer, even while it is open', async () => {
    const { el, items } = await gallery();
    const columns = () => new Set(parts(el, 'thumbnail').map((i) => Math.round(i.getBoundingClientRect().left))).size;
    const screenColumns = columns();
    await el.show(1);
    await print();
    const dialog = shadow(el).querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(printed(dialog)('display'), 'the lightbox').to.equal('none');
    expect(printed(items[0]!)('break-inside')).to.equal('avoid');
    expect(printed(part(el, 'title'))('break-after')).to.equal('avoid');
    if (emulates) {
      for (const name of ['counter', 'close', 'previous', 'next'])
        expect(rendered(part(el, name)), name).to.equal(false);
      expect(rendered(dialog)).to.equal(false);
      const printColumns = columns();
      expect(printColumns, 'columns on paper').to.be.within(2, 3);
      expect(printColumns, 'fewer, larger images than on screen').to.be.below(screenColumns);
      for (const img of parts(el, 'thumbnail')) expect(img.getBoundingClientRect().width).to.be.above(150);
    } else {
      expect(printed(el)('--_thumb-min')).to.contain('12rem');
    }
    el.close();
  });

  it("prints each image's title, caption and credit under it; on screen the viewer shows them", async () => {
    const { items } = await gallery();
    const g = seedGallery();
    const captions = items.map((li) => li.querySelector(":scope > [part~='caption']"));
    await print();
    captions.forEach((caption, i) => {
      expect(caption, `image ${i + 1}: no caption beside its thumbnail (li > [part~=caption]) for print`).to.exist;
      expect(printed(caption!)('display'), `caption ${i + 1}`).not.to.equal('none');
      if (emulates) expect(rendered(caption!), `caption ${i + 1}`).to.equal(true);
      for (const text of [g.images[i]!.title, g.images[i]!.caption, `Quelle: ${g.images[i]!.credit}`])
        expect(caption!.textContent).to.contain(text);
    });
    if (emulates) await emulateMedia({ media: 'screen' });
    expect(rendered(captions[0]!), 'on screen').to.equal(false);
  });

  it('prints link URLs after the link text, wrapping; paths as written', async () => {
    const box = await fixture(html`<report-infobox .data=${seedInfobox()}></report-infobox>`);
    const external = shadow(box).querySelector<HTMLAnchorElement>('a[href^="https:"]')!;
    const q = {
      ...seedQuotes()[0]!,
      cite: 'https://example.org/interviews/2023/doreen-barth-vertrauen-ist-keine-einbahnstrasse',
    };
    const quote = await fixture(html`<report-quote .data=${q}></report-quote>`);
    const relative = await fixture(
      html`<report-infobox .data=${{ title: 'Mehr', body: ['Text'], links: [{ text: 'Magazin', href: '/magazin-chancen' }] }}></report-infobox>`,
    );
    await print();
    expect(showsUrl(external), 'infobox link').to.equal(true);
    expect(showsUrl(part(quote, 'source')), 'quote source').to.equal(true);
    expect(showsUrl(shadow(relative).querySelector('a')!), 'a path').to.equal(true);
    expect(printed(external, '::after')('overflow-wrap')).to.equal('anywhere');
    if (emulates) {
      // The long URL wraps inside the quote instead of widening it.
      const source = part(quote, 'source');
      expect(source.getBoundingClientRect().right).to.be.at.most(quote.getBoundingClientRect().right + 0.5);
      await emulateMedia({ media: 'screen' });
      expect(getComputedStyle(external, '::after').content, 'on screen').not.to.contain('https:');
    }
  });

  it("prints the teaser's link URL small after the title, not as the card-wide overlay", async () => {
    const t = seed();
    const data = {
      kicker: 'Gute Praxis',
      title: t.title,
      href: 'https://example.org/berichte/erfahrungsaustausch',
      summary: 'Ein Tag voller Austausch.',
      image: t.image,
    };
    const el = await fixture(html`<report-teaser lang="de" .data=${data}></report-teaser>`);
    const link = part(el, 'link');
    await print();
    expect(showsUrl(link)).to.equal(true);
    expect(printed(link, '::after')('position'), 'no longer stretched over the card').to.equal('static');
    expect(printed(shadow(el).querySelector('article')!)('break-inside')).to.equal('avoid');
    if (emulates) {
      expect(parseFloat(getComputedStyle(link, '::after').fontSize)).to.be.below(
        parseFloat(getComputedStyle(link).fontSize),
      );
      expect(getComputedStyle(link, '::after').fontWeight).to.equal('400');
    }
  });

  it('prints black text on white, keeps boxes and quotes whole, and keeps themed accents', async () => {
    // A dark page: light text and the dark palette on screen would be invisible or pale on paper.
    const wrapper = await fixture<HTMLDivElement>(html`<div style="color-scheme: dark; color: rgb(238, 238, 238)">
      <report-infobox .data=${seedInfobox()}></report-infobox>
      <report-quote .data=${seedQuotes()[0]}></report-quote>
      <report-quote style="--report-quote-accent: rgb(200, 0, 0)" .data=${seedQuotes()[1]}></report-quote>
    </div>`);
    const [box, quote, themed] = [...wrapper.children];
    const aside = shadow(box!).querySelector('aside')!;
    const figure = shadow(quote!).querySelector('figure')!;
    await print();
    expect(printed(box!)('color')).to.equal(BLACK);
    expect(printed(box!)('background-color'), 'white behind it, whatever the page').to.equal('rgb(255, 255, 255)');
    expect(printed(box!)('color-scheme')).to.equal('light');
    expect(printed(shadow(box!).querySelector('a')!)('color')).to.equal(emulates ? BLACK : 'inherit');
    expect(printed(aside)('break-inside'), 'infobox').to.equal('avoid');
    expect(printed(figure)('break-inside'), 'quote').to.equal('avoid');
    expect(printed(part(box!, 'title'))('break-after')).to.equal('avoid');
    expect(printed(aside)('background-image')).to.equal('none');
    if (emulates) {
      expect(getComputedStyle(aside).backgroundColor, 'no tint').to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(aside).borderTopWidth, 'a hairline frame instead').to.equal('1px');
      expect(getComputedStyle(aside).boxShadow).to.equal('none');
      expect(getComputedStyle(figure).borderInlineStartColor, 'the light palette: a dark accent on paper').to.equal(
        'rgb(0, 82, 138)',
      );
      expect(
        getComputedStyle(shadow(themed!).querySelector('figure')!).borderInlineStartColor,
        'a themed accent',
      ).to.equal('rgb(200, 0, 0)');
      await emulateMedia({ media: 'screen' });
      expect(getComputedStyle(box!).color, 'on screen').to.equal('rgb(238, 238, 238)');
      expect(getComputedStyle(aside).backgroundImage).to.equal('none');
      expect(getComputedStyle(aside).backgroundColor, 'the tint on screen').not.to.equal('rgba(0, 0, 0, 0)');
    } else {
      expect(
        printed(themed!.shadowRoot!.querySelector('figure')!)('border-inline-start-color'),
        'the theme decides the accent',
      ).to.equal('');
    }
  });

  it('keeps the forced-colors rules next to the print rules', async () => {
    const box = await fixture(html`<report-infobox .data=${seedInfobox()}></report-infobox>`);
    const media = shadow(box)
      .adoptedStyleSheets.flatMap((s) => [...s.cssRules])
      .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule)
      .map((r) => [...r.media]);
    expect(media.some((m) => m.includes('(forced-colors: active)') && m.includes('print'))).to.equal(true);
    expect(
      media.some((m) => m.length === 1 && m[0] === '(forced-colors: active)'),
      'focus outlines in forced colours',
    ).to.equal(true);
  });
});
