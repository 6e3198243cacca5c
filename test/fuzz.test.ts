/**
 * Property-based tests: generated and mutated content for every element, in a real browser. Whatever the
 * input: no uncaught exception, no script runs, no unsafe URL reaches the DOM, and invalid input yields a
 * well-formed `report-error`. 2,000 runs per property, 10,000 cases in all.
 * A failing case prints its seed and shrunk counterexample: turn it into a regular test.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/report-elements.js';
import type { ReportErrorDetail } from '../src/core/events.js';
import { HOSTILE_URLS, seed, seedGallery, seedInfobox, seedQuotes, TestEnvironment } from './helpers.js';

// Nothing is registered on import: this file's own environment, cleaned after each test.
const env = new TestEnvironment();
afterEach(() => env.cleanup());

const RUNS = 2000;
const TAGS = ['report-teaser', 'report-quote', 'report-gallery', 'report-infobox', 'report-article'] as const;
/** The browser's own URL parser is the oracle: what scheme would this attribute really load or open? */
function safeInDom(value: string, attr: string): boolean {
  let url: URL;
  try {
    url = new URL(value, location.href);
  } catch {
    return true; // an unparsable URL goes nowhere
  }
  if (attr === 'src') return ['http:', 'https:'].includes(url.protocol) || /^data:image\//i.test(url.href);
  return ['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol);
}

declare global {
  interface Window {
    __pwned?: number;
  }
}

/** Strings that break naive code: markup, RTL marks, combining marks, emoji, NUL, lone surrogates, huge. */
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '<img src=x onerror="window.__pwned=1">',
    '<script>window.__pwned=1</script>',
    '\u202Eevil\u202C',
    'ש׳לום עולם',
    'e\u0301\u0301\u0301',
    '👩‍👩‍👧‍👦🏳️‍🌈',
    '\u0000\u0000',
    '\ud800',
    '\udfff\ud800',
    'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen',
    '',
    '   ',
    '{{7*7}}',
    '${alert(1)}',
  ),
  fc.constant('x'.repeat(100_000)),
);

/** URLs that would run script or open foreign content: each must be rejected and reported. */
const hostileUrl = fc.oneof(
  fc.constantFrom(...HOSTILE_URLS, 'JAVASCRIPT:alert(1)', 'java\u0000script:alert(1)'.replace('\u0000', '\t')),
  fc
    .tuple(
      fc.constantFrom('', ' ', '\t', '\n', '\u0001', '\u001f'),
      fc.mixedCase(fc.constant('javascript')),
      fc.constantFrom(':', '\t:', ':\n'),
    )
    .map(([a, b, c]) => `${a}${b}${c}window.__pwned=1`),
);

/** Entity and percent tricks: the DOM never decodes them, so they stay harmless relative URLs. */
const trickyUrl = fc.constantFrom(
  'javascript&colon;alert(1)',
  'java&#x09;script:alert(1)',
  '%6Aavascript:alert(1)',
  '&#106;avascript:alert(1)',
);

/** Any JSON value, or a nasty string, or a hostile or tricky URL. */
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 4 }), nasty, hostileUrl, trickyUrl, fc.constant(undefined));

/** Replaces the value at a random path of `doc` with `value`. */
function mutate(doc: unknown, pick: number, value: unknown): unknown {
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) walk(x, [...path, Array.isArray(v) ? Number(k) : k]);
  };
  walk(doc, []);
  const path = paths[pick % paths.length]!;
  if (!path.length) return value;
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let at = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
  at[path.at(-1)!] = value;
  return copy;
}

const samples: Record<(typeof TAGS)[number], () => unknown> = {
  'report-teaser': () => ({
    kicker: 'K',
    title: 'T',
    href: '/x',
    date: '2023-12-19',
    summary: 'S',
    image: seed().image,
  }),
  'report-quote': () => seedQuotes()[0],
  'report-gallery': () => seedGallery(),
  'report-infobox': () => seedInfobox(),
  'report-article': () => seed(),
};

const host = document.createElement('div');
document.body.append(host);

/** Renders `data` in a fresh `tag` (as property or attribute) and checks every invariant. */
async function check(tag: (typeof TAGS)[number], data: unknown, asAttribute: boolean): Promise<void> {
  const events: CustomEvent<ReportErrorDetail>[] = [];
  const el = document.createElement(tag);
  el.addEventListener('report-error', (e) => {
    e.preventDefault(); // keep the console quiet for thousands of cases
    events.push(e);
  });
  if (asAttribute) {
    const text = data === undefined ? undefined : JSON.stringify(data);
    if (text !== undefined) el.setAttribute('data', text);
  } else {
    (el as { data: unknown }).data = data;
  }
  host.append(el);
  await el.updateComplete;
  for (const nested of el.shadowRoot!.querySelectorAll('report-quote, report-gallery, report-infobox'))
    await (nested as typeof el).updateComplete;

  for (const e of events) {
    expect(e.bubbles && e.composed).to.equal(true);
    expect(e.detail.errors.length).to.be.above(0);
    for (const x of e.detail.errors) {
      expect(x.path).to.be.a('string');
      expect(x.message).to.be.a('string').and.not.equal('');
    }
  }
  expect(events.length, 'at most one event per update').to.be.at.most(1);
  const stack: ParentNode[] = [el.shadowRoot!];
  while (stack.length) {
    for (const node of stack.pop()!.querySelectorAll('*')) {
      for (const attr of ['href', 'src', 'cite']) {
        const v = node.getAttribute(attr);
        if (v !== null) expect(safeInDom(v, attr), `${node.localName}[${attr}]=${v}`).to.equal(true);
      }
      expect(node.localName).not.to.equal('script');
      if (node.shadowRoot) stack.push(node.shadowRoot);
    }
  }
  el.remove();
}

describe(`fuzzing (${RUNS} cases per property)`, function () {
  this.timeout(RUNS * 60);
  const uncaught: unknown[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));
  afterEach(() => {
    expect(window.__pwned, 'script ran').to.equal(undefined);
    expect(uncaught).to.deep.equal([]);
  });

  it('random JSON of any shape, as property or attribute, to every element', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TAGS), fc.jsonValue({ maxDepth: 5 }), fc.boolean(), (tag, data, attr) =>
        check(tag, data, attr),
      ),
      { numRuns: RUNS },
    );
  });

  it('the seed content with one value anywhere replaced by a hostile or wrong one', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TAGS), fc.nat(), anyValue, fc.boolean(), (tag, pick, value, attr) =>
        check(tag, mutate(samples[tag](), pick, value), attr),
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it('hostile URLs in every URL field are rejected and reported', async () => {
    await fc.assert(
      fc.asyncProperty(hostileUrl, async (url) => {
        const events: CustomEvent<ReportErrorDetail>[] = [];
        const onEvent = (e: Event) => {
          e.preventDefault();
          events.push(e as CustomEvent<ReportErrorDetail>);
        };
        host.addEventListener('report-error', onEvent);
        const g = seedGallery();
        g.images[0]!.src = url;
        g.images[1]!.srcset = `${url} 2x`;
        await check('report-gallery', g, false);
        await check('report-teaser', { title: 'T', href: url }, true);
        await check('report-quote', { text: 'T', cite: url }, false);
        host.removeEventListener('report-error', onEvent);
        expect(events.map((e) => e.detail.errors[0]!.path)).to.deep.equal(['images[0].src', 'href', 'cite']);
      }),
      { numRuns: RUNS },
    );
  });

  it('malformed JSON text in the attribute', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 60 }),
          fc.json().map((j) => j.slice(0, -1)),
        ),
        async (text) => {
          const el = document.createElement('report-quote');
          let detail: ReportErrorDetail | undefined;
          el.addEventListener('report-error', (e) => {
            e.preventDefault();
            detail = e.detail;
          });
          el.setAttribute('data', text);
          host.append(el);
          await el.updateComplete;
          el.remove();
          let valid = true;
          try {
            JSON.parse(text);
          } catch {
            valid = false;
          }
          if (!valid) expect(detail?.errors[0]?.message).to.match(/^invalid JSON: /);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
