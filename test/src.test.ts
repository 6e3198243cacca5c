import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/report-elements.js';
import type { ReportLoadDetail } from '../src/core/events.js';
import type { ReportQuote } from '../src/quote/report-quote.js';
import { type PageWatcher, seed, seedQuotes, settled, shadow, TestEnvironment, textOf } from './helpers.js';

// Nothing is registered on import: this file's own environment, cleaned after each test.
const env = new TestEnvironment();
afterEach(() => env.cleanup());

// The endpoints under /api/ are served by web-test-runner.config.mjs.

// Assertions compare booleans and strings, not elements: a failing assertion on an element stalls the runner
// while it serialises the element.

/** Whether `el` renders a quote. */
const rendered = (el: Element) => !!shadow(el).querySelector('blockquote');

/** Pixels of `n` rem. */
const rem = (n: number) => n * parseFloat(getComputedStyle(document.documentElement).fontSize);

describe('src', () => {
  let page: PageWatcher;
  /** Every `report-load` the page heard. */
  let loads: CustomEvent<ReportLoadDetail>[];
  /** Every request the page made, with its abort signal. */
  let requests: { url: string; signal: AbortSignal }[];
  const realFetch = window.fetch;
  const onLoad = (e: Event) => loads.push(e as CustomEvent<ReportLoadDetail>);

  beforeEach(() => {
    page = env.watchPage();
    loads = [];
    requests = [];
    document.addEventListener('report-load', onLoad);
    window.fetch = (input, init) => {
      requests.push({ url: String(input), signal: init!.signal! });
      return realFetch(input, init);
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
    document.removeEventListener('report-load', onLoad);
    expect(page.uncaught, 'uncaught errors or unhandled rejections').to.deep.equal([]);
  });

  /** Waits until `el` has reported, and returns what it reported. */
  const reported = async (el: Element, timeout = 5000) => {
    await waitUntil(() => page.events.some((e) => e.target === el), 'nothing reported', { timeout });
    return page.events.filter((e) => e.target === el).flatMap((e) => e.detail.errors);
  };

  it('loads the content, renders it and fires report-load once', async () => {
    const el = await fixture<ReportQuote>(html`<report-quote lang="de" src="/api/seed-quote.json"></report-quote>`);
    await waitUntil(() => loads.length, 'no report-load');
    const q = seedQuotes()[0]!;
    expect(loads.map((e) => [e.target === el, e.detail.src, e.bubbles, e.composed])).to.deep.equal([
      [true, '/api/seed-quote.json', true, true],
    ]);
    // Rendered when the event fires.
    expect(shadow(el).querySelector('blockquote')!.textContent).to.contain(q.text as string);
    expect(textOf(el)).to.contain(q.author!);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(el.hasAttribute('report-loading')).to.equal(false);
    expect(requests.map((r) => r.url)).to.deep.equal(['/api/seed-quote.json']);
    expect(page.events).to.have.length(0);
    expect(page.consoleCalls).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('takes a URL object (or anything with a string form) as the src property', async () => {
    const el = await fixture<ReportQuote>(
      html`<report-quote lang="de" .src=${new URL('/api/seed-quote.json', location.href) as unknown as string}></report-quote>`,
    );
    await waitUntil(() => loads.length, 'no report-load');
    expect(shadow(el).querySelector('blockquote')!.textContent).to.contain(seedQuotes()[0]!.text as string);
    const hostile = await fixture<ReportQuote>(
      html`<report-quote .src=${{ toString: null } as unknown as string}></report-quote>`,
    );
    await hostile.updateComplete;
    expect(requests.map((r) => new URL(r.url, location.href).pathname)).to.deep.equal(['/api/seed-quote.json']);
  });

  it('works for every element (a whole report)', async () => {
    const el = await fixture(html`<report-article src="/api/seed.json"></report-article>`);
    await waitUntil(() => loads.length, 'no report-load');
    expect(shadow(el).querySelector('h1')!.textContent).to.contain(seed().title);
    expect(page.events).to.have.length(0);
  });

  it('is busy and reserves --report-loading-block-size while loading', async () => {
    const wrapper = await fixture(html`<div>
      <report-quote src="/api/slow/1000/quote?text=A"></report-quote>
      <report-quote style="--report-loading-block-size: 5rem" src="/api/slow/1000/quote?text=B"></report-quote>
    </div>`);
    const [a, b] = wrapper.querySelectorAll('report-quote');
    for (const el of [a!, b!]) {
      expect(el.getAttribute('aria-busy')).to.equal('true');
      expect(el.hasAttribute('report-loading')).to.equal(true);
    }
    expect(a!.getBoundingClientRect().height).to.be.at.least(rem(12) - 0.5);
    expect(b!.getBoundingClientRect().height).to.be.closeTo(rem(5), 0.5);
    await expect(a).to.be.accessible();
    await waitUntil(() => loads.length === 2, 'not loaded', { timeout: 5000 });
    for (const el of [a!, b!]) {
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      expect(el.hasAttribute('report-loading')).to.equal(false);
      // Now as high as its content, well below the reserved 12rem.
      expect(el.getBoundingClientRect().height).to.be.below(rem(6));
    }
    expect(textOf(a!)).to.contain('A');
    expect(textOf(b!)).to.contain('B');
  });

  it('aborts the request before when src changes: the last one wins', async () => {
    const el = await fixture<ReportQuote>(html`<report-quote src="/api/slow/600/quote?text=Old"></report-quote>`);
    el.src = '/api/slow/100/quote?text=New';
    await waitUntil(() => loads.length, 'no report-load');
    expect(requests[0]!.signal.aborted, 'old request aborted').to.equal(true);
    // The old request is aborted: nothing of it can arrive after its rejection has settled.
    await settled(el);
    expect(textOf(el)).to.contain('New');
    expect(loads).to.have.length(1);
    expect(page.events).to.have.length(0);
  });

  it('shows nothing stale while a new src loads', async () => {
    const el = await fixture<ReportQuote>(html`<report-quote src="/api/quote?text=First"></report-quote>`);
    await waitUntil(() => loads.length, 'no report-load');
    el.src = '/api/slow/500/quote?text=Second';
    await el.updateComplete;
    expect(rendered(el)).to.equal(false);
    expect(el.getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => loads.length === 2, 'second not loaded');
    expect(textOf(el)).to.contain('Second');
  });

  it('aborts on removal without a word, and loads again when re-added', async () => {
    const wrapper = await fixture(html`<div><report-quote src="/api/slow/400/quote?text=Later"></report-quote></div>`);
    const el = wrapper.querySelector('report-quote')!;
    el.remove();
    expect(requests[0]!.signal.aborted, 'request aborted').to.equal(true);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    await settled(el);
    expect(page.events).to.have.length(0);
    expect(page.consoleCalls).to.have.length(0);
    expect(loads).to.have.length(0);
    expect(rendered(el)).to.equal(false);

    wrapper.append(el);
    await waitUntil(() => loads.length, 'not loaded after re-adding');
    expect(requests).to.have.length(2);
    expect(textOf(el)).to.contain('Later');
    // Loaded content is kept: moving the element again fetches nothing.
    el.remove();
    wrapper.append(el);
    await el.updateComplete;
    expect(requests).to.have.length(2);
    expect(textOf(el)).to.contain('Later');
  });

  it('gives up after `timeout` milliseconds and says so', async () => {
    const el = await fixture<ReportQuote>(
      html`<report-quote timeout="300" src="/api/slow/3000/quote?text=Late"></report-quote>`,
    );
    const started = performance.now();
    const errors = await reported(el);
    expect(performance.now() - started).to.be.below(2000);
    expect(errors).to.deep.equal([
      { path: 'src', message: 'could not load "/api/slow/3000/quote?text=Late": timed out after 300 ms' },
    ]);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(page.consoleCalls).to.have.length(1);
  });

  it('waits 10 s by default', async () => {
    const realSetTimeout = window.setTimeout;
    const delays: unknown[] = [];
    window.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => (
      delays.push(ms),
      realSetTimeout(fn, ms, ...rest)
    )) as typeof setTimeout;
    try {
      const el = await fixture<ReportQuote>(html`<report-quote src="/api/slow/200/quote?text=Hi"></report-quote>`);
      await waitUntil(() => loads.length, 'no report-load');
      expect(delays).to.include(10000);
      el.timeout = 50;
      el.src = '/api/slow/200/quote?text=Again';
      await reported(el);
      expect(delays).to.include(50);
    } finally {
      window.setTimeout = realSetTimeout;
    }
  });

  it('takes a `timeout` beyond what a timer holds (2^31 − 1 ms) as the longest wait, not as none', async () => {
    // Browsers fire a longer timer at once, which would abort every request on the spot.
    const el = await fixture<ReportQuote>(
      html`<report-quote timeout="3000000000" src="/api/slow/100/quote?text=Patient"></report-quote>`,
    );
    await waitUntil(() => loads.length || page.events.length, 'neither report-load nor report-error');
    expect(page.errors).to.deep.equal([]);
    expect(textOf(el)).to.contain('Patient');
  });

  it('reports HTTP errors with status, status text and URL', async () => {
    const el = await fixture<ReportQuote>(html`<report-quote src="/api/status/404"></report-quote>`);
    expect(await reported(el)).to.deep.equal([
      { path: 'src', message: 'could not load "/api/status/404": HTTP 404 Not Found' },
    ]);
    const other = await fixture<ReportQuote>(html`<report-quote src="/api/status/503"></report-quote>`);
    expect(await reported(other)).to.deep.equal([
      { path: 'src', message: 'could not load "/api/status/503": HTTP 503 Service Unavailable' },
    ]);
    expect(page.consoleCalls).to.have.length(2);
    expect(String(page.consoleCalls[0]![0])).to.contain('src: could not load "/api/status/404": HTTP 404');
    // Reported once: later updates do not fetch or report again.
    el.setAttribute('lang', 'de');
    // A new request would start in the update; its report would follow its (immediate) answer.
    await settled(el);
    expect(page.events).to.have.length(2);
    expect(requests).to.have.length(2);
  });

  it('reports network failures', async () => {
    // Port 1 is blocked by every browser: the request fails at once.
    const el = await fixture<ReportQuote>(html`<report-quote src="http://127.0.0.1:1/x.json"></report-quote>`);
    const errors = await reported(el);
    expect(errors).to.have.length(1);
    expect(errors[0]!.path).to.equal('src');
    expect(errors[0]!.message).to.match(/^could not load "http:\/\/127\.0\.0\.1:1\/x\.json": TypeError\b/);
  });

  it('reports a body that is not JSON, with the parser message', async () => {
    const el = await fixture<ReportQuote>(html`<report-quote src="/api/not-json"></report-quote>`);
    const errors = await reported(el);
    expect(errors).to.have.length(1);
    expect(errors[0]!.path).to.equal('src');
    expect(errors[0]!.message).to.match(/^could not load "\/api\/not-json": SyntaxError: .*\b(JSON|token)\b/);
    expect(rendered(el)).to.equal(false);
  });

  it('validates loaded content as it does `data`, with the same paths', async () => {
    const el = await fixture<ReportQuote>(html`<report-quote src="/api/invalid"></report-quote>`);
    const errors = await reported(el);
    expect(errors.map((e) => e.path)).to.deep.equal(['text', 'author']);
    expect(page.events).to.have.length(1);
    expect(loads).to.have.length(0);
    expect(rendered(el)).to.equal(false);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
  });

  it('rejects unsafe URLs without fetching them', async () => {
    const unsafe = [
      'javascript:alert(1)',
      ' JaVa\tScRiPt:alert(1)',
      'data:application/json,{"text":"x"}',
      'data:image/png;base64,AAAA',
      'ftp://a.de/q.json',
      'file:///etc/passwd',
    ];
    for (const src of unsafe) {
      const el = await fixture<ReportQuote>(html`<report-quote src=${src}></report-quote>`);
      expect(await reported(el), src).to.deep.equal([
        { path: 'src', message: `unsafe or unsupported URL ${JSON.stringify(src)} (allowed: http(s), relative)` },
      ]);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
    }
    expect(requests).to.deep.equal([]);
    expect(page.events).to.have.length(unsafe.length);
  });

  // The order of sources as a whole is walked once, in test/intake.test.ts; here only what it means for requests.
  it('makes no request while a source above src is set, and one when that goes', async () => {
    const el = await fixture<ReportQuote>(
      html`<report-quote data='{"text":"Attribute"}' src="/api/quote?text=Src"></report-quote>`,
    );
    await settled(el);
    expect(textOf(el)).to.contain('Attribute');
    expect(requests).to.have.length(0);
    el.removeAttribute('data');
    await waitUntil(() => loads.length, 'src not loaded');
    expect(textOf(el)).to.contain('Src');
    expect(requests).to.have.length(1);
    expect(page.events).to.have.length(0);
  });

  it('drops a request in flight when data is set, silently', async () => {
    const el = await fixture<ReportQuote>(html`<report-quote src="/api/slow/300/quote?text=Src"></report-quote>`);
    el.setAttribute('data', '{"text":"Data"}');
    await el.updateComplete;
    expect(requests[0]!.signal.aborted).to.equal(true);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    await settled(el);
    expect(textOf(el)).to.contain('Data');
    expect(loads).to.have.length(0);
    expect(page.events).to.have.length(0);
  });

  it('never throws or leaves a rejection unhandled, whatever happens to the request', async () => {
    const wrapper = await fixture(html`<div>
      <report-quote src="/api/status/500"></report-quote>
      <report-quote src="/api/not-json"></report-quote>
      <report-quote src="/api/invalid"></report-quote>
      <report-quote timeout="100" src="/api/slow/1000/quote?text=x"></report-quote>
      <report-quote src="/api/slow/300/quote?text=removed"></report-quote>
      <report-quote src="/api/slow/300/quote?text=changed"></report-quote>
      <report-quote src="javascript:alert(1)"></report-quote>
      <report-quote src="http://127.0.0.1:1/"></report-quote>
    </div>`);
    const els = wrapper.querySelectorAll<ReportQuote>('report-quote');
    els[4]!.remove();
    els[5]!.src = '/api/quote?text=now';
    await waitUntil(() => page.events.length === 6 && loads.length === 1, 'not all settled', { timeout: 5000 });
    await settled();
    expect(page.uncaught).to.deep.equal([]);
    expect(page.events).to.have.length(6);
  });
});
