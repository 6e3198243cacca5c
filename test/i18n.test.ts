import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/report-elements.js';
import { registerTranslation, translation } from '../src/core/i18n.js';
import type { ReportGallery } from '../src/gallery/gallery.js';
import type { ReportQuote } from '../src/quote/quote.js';
import { part, seed, seedGallery, shadow, TestEnvironment, textOf, watchPage } from './helpers.js';

// Nothing is registered on import: this file's own environment, cleaned after each test.
const env = new TestEnvironment();
afterEach(() => env.cleanup());

const text = (el: Element, name: string) =>
  part(el, name)
    .textContent!.replace(/[ \t\n\r]+/g, ' ')
    .trim();
const label = (el: Element, name: string) => part(el, name).getAttribute('aria-label');

/** Waits until a language's module has arrived (the elements re-render with it in the same task). */
async function loaded(lang: string, close: string) {
  translation(lang);
  await waitUntil(() => translation(lang).close === close, `${lang} did not arrive`, { timeout: 5000 });
  await nextFrame();
}

/** A page in `lang` with a gallery (open, thumbnails strip), a quote with a source and a teaser with a credit. */
async function page(lang: string, dir?: string) {
  const quote = { text: 'Q', author: 'A', cite: 'https://example.org/q' };
  const teaser = { title: 'T', date: '2023-12-19', image: { src: 'images/05-hund.svg', alt: '', credit: 'Olena' } };
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang} dir=${dir ?? 'ltr'}>
      <report-gallery thumbnails .data=${seedGallery()}></report-gallery>
      <report-quote .data=${quote}></report-quote>
      <report-teaser .data=${teaser}></report-teaser>
    </div>`,
  );
  const [gallery, q, t] = [...wrapper.children] as [ReportGallery, ReportQuote, HTMLElement];
  return { wrapper, gallery, quote: q, teaser: t };
}

describe('a page in another language gets the whole UI in it, with no markup of its own', () => {
  const cases = [
    {
      lang: 'uk',
      close: 'Закрити',
      counter: 'Зображення 1 з 9',
      previous: 'Попереднє зображення',
      strip: 'Усі зображення',
      source: 'Джерело',
      credit: 'Джерело: Olena',
      marks: '«Q»',
    },
    {
      lang: 'tr',
      close: 'Kapat',
      counter: 'Görsel 1 / 9',
      previous: 'Önceki görsel',
      strip: 'Tüm görseller',
      source: 'Kaynak',
      credit: 'Kaynak: Olena',
      marks: '“Q”',
    },
    {
      lang: 'ar',
      dir: 'rtl',
      close: 'إغلاق',
      counter: `الصورة ${new Intl.NumberFormat('ar').format(1)} من ${new Intl.NumberFormat('ar').format(9)}`,
      previous: 'الصورة السابقة',
      strip: 'جميع الصور',
      source: 'المصدر',
      credit: 'المصدر: Olena',
      marks: '«Q»',
    },
  ];
  for (const c of cases) {
    it(`lang="${c.lang}"${c.dir ? ` dir="${c.dir}"` : ''}`, async () => {
      const { gallery, quote, teaser } = await page(c.lang, c.dir);
      await loaded(c.lang, c.close);
      await gallery.show(0);
      expect(text(gallery, 'close')).to.equal(c.close);
      expect(text(gallery, 'counter')).to.equal(c.counter);
      expect(label(gallery, 'previous')).to.equal(c.previous);
      expect(label(gallery, 'strip')).to.equal(c.strip);
      expect(text(quote, 'source')).to.equal(c.source);
      expect(text(quote, 'text')).to.equal(c.marks);
      expect(text(teaser, 'credit')).to.equal(c.credit);
      expect(text(teaser, 'date')).to.equal(
        new Intl.DateTimeFormat(c.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2023, 11, 19)),
      );
      gallery.close();
    });
  }

  it('right to left (Arabic): ← shows the next image, the arrows point the other way', async () => {
    const { gallery } = await page('ar', 'rtl');
    await loaded('ar', 'إغلاق');
    await gallery.show(0);
    await sendKeys({ press: 'ArrowLeft' });
    await gallery.updateComplete;
    expect(gallery.currentIndex).to.equal(1);
    expect(getComputedStyle(part(gallery, 'next').querySelector('svg')!).transform).to.equal(
      'matrix(-1, 0, 0, 1, 0, 0)',
    );
    gallery.close();
  });

  it('is accessible in Persian, right to left', async () => {
    const { gallery, wrapper } = await page('fa', 'rtl');
    await loaded('fa', 'بستن');
    await gallery.show(2);
    expect(text(gallery, 'counter')).to.equal('تصویر ۳ از ۹');
    await expect(wrapper).to.be.accessible();
    gallery.close();
  });
});

describe('content language', () => {
  it('a German report on an English page: marked and typeset as German, UI in English', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><report-article .data=${{ ...seed(), lang: 'de' }}></report-article></div>`,
    );
    const article = wrapper.firstElementChild!;
    await (article as ReportGallery).updateComplete;
    expect(shadow(article).querySelector('article')!.lang).to.equal('de');
    expect(text(article, 'date')).to.equal('19. Dezember 2023');
    expect(text(article, 'credit')).to.equal('Credit: Thomas Rafalzyk');
    const quote = shadow(article).querySelector('report-quote')!;
    await quote.updateComplete;
    expect(text(quote, 'text')).to.equal('„Vertrauen ist keine Einbahnstraße“');
    const gallery = shadow(article).querySelector('report-gallery')!;
    await gallery.show(0);
    expect(text(gallery, 'close')).to.equal('Close');
    expect(text(gallery, 'counter')).to.equal('Image 1 of 9');
    gallery.close();
  });

  it('every shape takes a lang: quote, teaser, gallery, infobox', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="de">
        <report-quote .data=${{ text: 'Q', cite: 'https://example.org', lang: 'fr' }}></report-quote>
        <report-teaser .data=${{ title: 'T', date: '2023-12-19', lang: 'en-GB' }}></report-teaser>
        <report-gallery .data=${{ ...seedGallery(), lang: 'en' }}></report-gallery>
        <report-infobox .data=${{ title: 'T', body: ['B'], lang: 'en' }}></report-infobox>
      </div>`,
    );
    const [quote, teaser, gallery, infobox] = [...wrapper.children] as ReportGallery[];
    await loaded('fr', 'Fermer');
    expect(shadow(quote!).querySelector('figure')!.lang).to.equal('fr');
    expect(text(quote!, 'text')).to.equal('«\u202fQ\u202f»');
    expect(text(quote!, 'source'), 'UI follows the page').to.equal('Quelle');
    expect(shadow(teaser!).querySelector('article')!.lang).to.equal('en-GB');
    expect(text(teaser!, 'date')).to.equal('19 December 2023');
    expect(part(gallery!, 'list').lang).to.equal('en');
    expect(part(infobox!, 'box').lang).to.equal('en');
    await gallery!.show(0);
    expect(text(gallery!, 'counter'), 'UI follows the page').to.equal('Bild 1 von 9');
    expect(part(gallery!, 'viewer-caption').lang).to.equal('en');
    gallery!.close();
  });
});

describe('run-time switching', () => {
  let original: string | null;
  beforeEach(() => (original = document.documentElement.getAttribute('lang')));
  afterEach(() =>
    original === null
      ? document.documentElement.removeAttribute('lang')
      : document.documentElement.setAttribute('lang', original),
  );

  it('changing <html lang> updates every element within a frame', async () => {
    document.documentElement.lang = 'en';
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <report-quote .data=${{ text: 'Q' }}></report-quote>
        <report-gallery .data=${seedGallery()}></report-gallery>
        <report-article .data=${seed()}></report-article>
      </div>`,
    );
    const [quote, gallery, article] = [...wrapper.children] as ReportGallery[];
    await gallery!.show(0);
    expect(text(quote!, 'text')).to.equal('“Q”');
    expect(text(gallery!, 'counter')).to.equal('Image 1 of 9');
    document.documentElement.lang = 'de';
    await nextFrame();
    expect(text(quote!, 'text')).to.equal('„Q“');
    expect(text(gallery!, 'counter')).to.equal('Bild 1 von 9');
    expect(text(article!, 'date')).to.equal('19. Dezember 2023');
    const nested = shadow(article!).querySelector('report-quote')!;
    expect(text(nested, 'text')).to.equal('„Vertrauen ist keine Einbahnstraße“');
    document.documentElement.lang = 'ru';
    await loaded('ru', 'Закрыть');
    expect(text(gallery!, 'close')).to.equal('Закрыть');
    expect(text(quote!, 'text')).to.equal('«Q»');
    gallery!.close();
  });

  it('an ancestor’s lang and the element’s own lang count too', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<section lang="en">
        <div><report-quote .data=${{ text: 'Q' }}></report-quote></div>
      </section>`,
    );
    const quote = wrapper.querySelector('report-quote')!;
    await quote.updateComplete;
    wrapper.querySelector('div')!.lang = 'de-CH';
    await nextFrame();
    expect(text(quote, 'text')).to.equal('«Q»');
    quote.lang = 'de';
    await nextFrame();
    expect(text(quote, 'text')).to.equal('„Q“');
  });

  it('an element moved into another language follows it', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <p lang="en"><report-quote .data=${{ text: 'Q' }}></report-quote></p>
        <p lang="uk"></p>
      </div>`,
    );
    const quote = wrapper.querySelector('report-quote')!;
    await quote.updateComplete;
    expect(text(quote, 'text')).to.equal('“Q”');
    wrapper.lastElementChild!.append(quote);
    await loaded('uk', 'Закрити');
    expect(text(quote, 'text')).to.equal('«Q»');
  });

  it('uses one observer for all elements', async () => {
    const observe = MutationObserver.prototype.observe;
    const observers = new Set<MutationObserver>();
    MutationObserver.prototype.observe = function (
      this: MutationObserver,
      target: Node,
      options?: MutationObserverInit,
    ) {
      if (options?.attributeFilter?.includes('lang')) observers.add(this);
      return observe.call(this, target, options);
    };
    try {
      await fixture(
        html`<div>
          ${Array.from({ length: 20 }, () => html`<report-quote .data=${{ text: 'Q' }}></report-quote>`)}
        </div>`,
      );
    } finally {
      MutationObserver.prototype.observe = observe;
    }
    expect(observers.size).to.equal(1);
  });
});

describe('the registry, seen from the page', () => {
  it('overrides a single string at run time', async () => {
    const el = await fixture<ReportGallery>(html`<report-gallery lang="en" .data=${seedGallery()}></report-gallery>`);
    await el.show(0);
    registerTranslation({ lang: 'en', close: 'Shut' });
    try {
      await nextFrame();
      expect(text(el, 'close')).to.equal('Shut');
      expect(text(el, 'counter')).to.equal('Image 1 of 9');
    } finally {
      registerTranslation({ lang: 'en', close: 'Close' });
      el.close();
    }
  });

  it('falls back to English for an unknown or malformed language, quietly', async () => {
    const watch = watchPage();
    try {
      for (const lang of ['sv', 'not a tag!', 'x-klingon', 'constructor', '__proto__']) {
        const el = await fixture<ReportGallery>(
          html`<report-gallery
            lang=${lang}
            .data=${{ ...seedGallery(), images: seedGallery().images.slice(0, 2) }}
          ></report-gallery>`,
        );
        await el.show(1);
        expect(text(el, 'counter'), lang).to.equal('Image 2 of 2');
        expect(text(el, 'close'), lang).to.equal('Close');
        el.close();
      }
      const teaser = await fixture(
        html`<report-teaser lang="not a tag!" .data=${{ title: 'T', date: '2023-12-19' }}></report-teaser>`,
      );
      expect(textOf(teaser)).to.contain('December 19, 2023');
      expect(watch.uncaught).to.deep.equal([]);
      expect(watch.consoleCalls).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });
});

interface CspWindow extends Window {
  violations: string[];
}

describe('the built bundle loads a language under a strict CSP with Trusted Types', () => {
  it('Ukrainian arrives from dist/i18n/uk.js; a German quote keeps its marks', async () => {
    const res = await fetch('/dist/i18n/uk.js', { method: 'HEAD' });
    expect(res.ok, 'dist/i18n/uk.js is missing: run `npm run build` first').to.equal(true);
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe src="/test/csp/i18n.html" title="CSP test page" width="800" height="400"></iframe>`,
    );
    await waitUntil(
      () =>
        frame.contentDocument?.querySelector('report-quote')?.shadowRoot?.querySelector('[part~=source]')
          ?.textContent === 'Джерело',
      'Ukrainian did not arrive',
      { timeout: 10000 },
    );
    const [uk, de] = [...frame.contentDocument!.querySelectorAll('report-quote')];
    expect(text(uk!, 'text')).to.equal('«Довіра — це не вулиця з одностороннім рухом.»');
    expect(text(de!, 'text')).to.equal('„Vertrauen ist keine Einbahnstraße.“');
    expect(shadow(de!).querySelector('figure')!.lang).to.equal('de');
    expect((frame.contentWindow as CspWindow).violations).to.deep.equal([]);
  });
});
