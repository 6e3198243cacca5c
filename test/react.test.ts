/**
 * report-elements/react: the @lit/react wrappers rendered by React 19's DOM renderer. Props reach the
 * elements as properties, `on…` props receive the elements' events.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { createElement, version, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { ReportErrorDetail, ReportLightboxDetail } from '../src/core/events.js';
import { ReportArticle, ReportGallery, ReportInfobox, ReportQuote, ReportTeaser } from '../src/react/index.js';
import {
  expectSame,
  type PageWatcher,
  seed,
  seedGallery,
  seedInfobox,
  seedQuotes,
  shadow,
  TestEnvironment,
  textOf,
} from './helpers.js';

// Nothing is registered on import: this file's own environment, cleaned after each test.
const env = new TestEnvironment();
afterEach(() => env.cleanup());

describe('report-elements/react', () => {
  let container: HTMLDivElement;
  let root: Root;
  let page: PageWatcher;

  /** Renders synchronously (the element is in the DOM with its props set when this returns). */
  const render = (node: ReactElement) => flushSync(() => root.render(node));
  const one = <K extends keyof HTMLElementTagNameMap>(tag: K) => container.querySelector(tag)!;

  beforeEach(() => {
    page = env.watchPage();
    container = document.createElement('div');
    container.lang = 'de';
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    flushSync(() => root.unmount());
    container.remove();
    expect(page.consoleCalls, 'nothing on the console (React warnings included)').to.deep.equal([]);
  });

  it('runs React 19', () => {
    expect(version).to.match(/^19\./);
  });

  it('passes data as a property to each of the five elements, which render it', async () => {
    const teaser = { title: 'Erfahrungsaustausch', href: '/bericht', summary: 'Zwei Jobcenter.' };
    const quote = seedQuotes()[0]!;
    const gallery = seedGallery();
    const infobox = seedInfobox();
    const article = seed();
    render(
      createElement(
        'div',
        null,
        createElement(ReportTeaser, { data: teaser, headingLevel: 3 }),
        createElement(ReportQuote, { data: quote }),
        createElement(ReportGallery, { data: gallery }),
        createElement(ReportInfobox, { data: infobox }),
        createElement(ReportArticle, { data: article }),
      ),
    );
    const els = [
      one('report-teaser'),
      one('report-quote'),
      one('report-gallery'),
      one('report-infobox'),
      one('report-article'),
    ];
    await Promise.all(els.map((el) => el.updateComplete));
    expect(els.map((el) => el.data)).to.deep.equal([teaser, quote, gallery, infobox, article]);
    expect(one('report-teaser').data, 'the object itself, not JSON text').to.equal(teaser);
    expect(one('report-teaser').hasAttribute('data'), 'no attribute round trip').to.equal(false);
    expect(one('report-teaser').headingLevel).to.equal(3);
    expect(shadow(one('report-teaser')).querySelector('h3')!.textContent).to.contain('Erfahrungsaustausch');
    expect(textOf(one('report-infobox'))).to.contain(infobox.title);
    expect(shadow(one('report-gallery')).querySelectorAll('[part~=thumb]')).to.have.length(gallery.images.length);
    expect(textOf(one('report-article'))).to.contain(article.title);
    expect(page.events, 'valid data reports nothing').to.have.length(0);
  });

  it('re-renders the element when React passes new data', async () => {
    render(createElement(ReportQuote, { data: { text: 'Erste Fassung.' } }));
    const el = one('report-quote');
    await el.updateComplete;
    expect(textOf(el)).to.contain('Erste Fassung.');
    render(createElement(ReportQuote, { data: { text: 'Zweite Fassung.' } }));
    expectSame(one('report-quote'), el, 'the same element, updated in place');
    await el.updateComplete;
    expect(textOf(el)).to.contain('Zweite Fassung.');
  });

  it('calls onReportError with the problems of invalid data', async () => {
    const calls: CustomEvent<ReportErrorDetail>[] = [];
    render(
      createElement(ReportQuote, {
        data: { author: 'Doreen Barth' } as never, // the text is missing
        onReportError: (e) => {
          e.preventDefault(); // routed here: no console message
          calls.push(e);
        },
      }),
    );
    await one('report-quote').updateComplete;
    expect(calls).to.have.length(1);
    expect(calls[0]!.detail.errors.map((e) => e.path)).to.deep.equal(['text']);
    expect(page.consoleCalls, 'preventDefault() in the handler silences the console').to.have.length(0);
  });

  it('calls onReportError for invalid JSON text too, on every element', async () => {
    const seen: string[] = [];
    const onReportError = (e: CustomEvent<ReportErrorDetail>) => {
      e.preventDefault();
      seen.push((e.target as Element).localName);
    };
    render(
      createElement(
        'div',
        null,
        createElement(ReportTeaser, { data: '{', onReportError }),
        createElement(ReportGallery, { data: '{', onReportError }),
        createElement(ReportInfobox, { data: '{', onReportError }),
        createElement(ReportArticle, { data: '{', onReportError }),
      ),
    );
    await Promise.all(
      ['report-teaser', 'report-gallery', 'report-infobox', 'report-article'].map(
        (t) => one(t as 'report-teaser').updateComplete,
      ),
    );
    expect(seen.sort()).to.deep.equal(['report-article', 'report-gallery', 'report-infobox', 'report-teaser']);
  });

  it("calls the gallery's onLightboxOpen, onLightboxChange and onLightboxClose", async () => {
    const log: string[] = [];
    const on = (name: string) => (e: CustomEvent<ReportLightboxDetail>) => log.push(`${name} ${e.detail.index}`);
    render(
      createElement(ReportGallery, {
        data: seedGallery(),
        onLightboxOpen: on('open'),
        onLightboxChange: on('change'),
        onLightboxClose: on('close'),
      }),
    );
    const el = one('report-gallery');
    await el.updateComplete;
    const opened = oneEvent(el, 'report-lightbox-open');
    shadow(el).querySelectorAll<HTMLButtonElement>('[part~=thumb]')[2]!.click();
    await opened;
    expect(log).to.deep.equal(['open 2']);
    el.next();
    await el.updateComplete;
    const closed = oneEvent(el, 'report-lightbox-close');
    el.close();
    await closed;
    expect(log).to.deep.equal(['open 2', 'change 3', 'close 3']);
  });
});
