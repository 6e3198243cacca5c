/**
 * Does report content survive the real CMS sanitizers? Every snippet of test/cms/snippets.mjs (each documented
 * way of writing each element) went through the server-side sanitizers in the pre-step (scripts/cms/sanitize.mjs
 * → test/cms/.out/results.json); the browser-side ones (CKEditor 5 as Drupal and TYPO3 configure it, DOMPurify)
 * run here. Each result is put into the page as HTML, rendered by the elements, and compared with a reference
 * element given the original content through its `data` property. The verdicts are asserted against
 * expectations.ts in every run; the matrix is written to test/cms/.out/ (gitignored), and into the tree
 * (docs/cms-survival.md, test/cms/last-local-run.json) only by `npm run survival`, so a test run changes no
 * committed file.
 */
import { expect } from '@open-wc/testing';
import { readFile, writeFile } from '@web/test-runner-commands';
import DOMPurify from 'dompurify';
import type { ReportErrorDetail } from '../../src/core/events.js';
import '../../src/report-elements.js';
import { expectationFor, noteFor } from './expectations.js';
import { COLUMNS, renderMatrix, type LocalRun, type Result, type Run, type Way } from './matrix.js';
import {
  ckeditor,
  ckeditorConfigs,
  dompurifyCustom,
  dompurifyDefault,
  loadCkeditor,
  type Sanitize,
} from './sanitizers.js';

interface Snippet {
  id: string;
  element: string;
  way: string;
  html: string;
  expected: unknown;
}
interface PreStep {
  runId: string;
  versions: Record<string, string>;
  snippets: Snippet[];
  columns: Record<string, Record<string, string>>;
  notRun: Record<string, string>;
  ways: Way[];
}

const ENGINE = /Firefox\//.test(navigator.userAgent)
  ? 'Firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'Chromium'
    : 'WebKit';
const ENGINES = ['Chromium', 'Firefox', 'WebKit'];

// ---------------------------------------------------------------- What an element shows

interface Facts {
  text: string;
  links: string[];
  images: string[];
}

/**
 * What a reader gets from a rendered element: its visible text (through nested shadow roots, without the
 * fallback slot), link targets, images (URL, alt, size) and dates, all as resolved by the page.
 */
function facts(el: Element): Facts {
  const text: string[] = [];
  const links: string[] = [];
  const images: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) text.push(node.textContent ?? '');
    if (!(node instanceof Element)) return;
    if (['style', 'script', 'template', 'slot'].includes(node.localName)) return;
    if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) links.push(node.href);
    if (node instanceof HTMLQuoteElement && node.hasAttribute('cite')) links.push(`cite ${node.cite}`);
    if (node instanceof HTMLImageElement)
      images.push(`${node.src} | ${node.alt} | ${node.getAttribute('width')}×${node.getAttribute('height')}`);
    if (node instanceof HTMLTimeElement) text.push(` [${node.dateTime}] `);
    for (const child of (node.shadowRoot ?? node).childNodes) walk(child);
  };
  for (const child of el.shadowRoot?.childNodes ?? []) walk(child);
  return { text: text.join('').replace(/\s+/g, ' ').trim(), links, images };
}

/** Rendered content (not just the fallback slot)? */
const rendered = (el: Element): boolean => facts(el).text !== '' || facts(el).images.length > 0;

/** Where two texts first differ, with a little context: `“…nein”…` instead of `"…nein"…`. */
function firstDifference(expected: string, got: string): string {
  let i = 0;
  while (i < expected.length && expected[i] === got[i]) i++;
  const from = Math.max(0, i - 12);
  const cut = (s: string) =>
    JSON.stringify((from > 0 ? '…' : '') + s.slice(from, i + 18) + (s.length > i + 18 ? '…' : ''));
  return `${cut(got)} instead of ${cut(expected)}`;
}

function compare(expected: Facts, got: Facts): Result {
  const problems: string[] = [];
  // WordPress's wptexturize curls straight quotes (and primes) in text: name that damage as such.
  const straight = (t: string) => t.replace(/[“”″]/g, '"').replace(/[‘’′]/g, "'");
  if (got.text !== expected.text)
    problems.push(
      `${straight(got.text) === straight(expected.text) ? 'straight quotes curled (only that), ' : 'text '}${firstDifference(expected.text, got.text)}`,
    );
  const list = (name: string, a: string[], b: string[]) => {
    if (a.join('\n') === b.join('\n')) return;
    const missing = a.filter((x) => !b.includes(x));
    const extra = b.filter((x) => !a.includes(x));
    problems.push(
      `${name}: ${b.length} of ${a.length}${missing.length ? `, missing ${JSON.stringify(missing[0])}` : ''}${extra.length ? `, unexpected ${JSON.stringify(extra[0])}` : ''}`,
    );
  };
  list('links', expected.links, got.links);
  list('images', expected.images, got.images);
  return problems.length ? { verdict: 'damaged', detail: problems.join('; ') } : { verdict: 'survives', detail: '' };
}

// ---------------------------------------------------------------- Rendering

const stage = document.createElement('div');
stage.lang = 'de';
document.body.append(stage);

/** Errors reported per element (prevented: the console stays readable). */
const errors = new WeakMap<EventTarget, string[]>();
document.addEventListener('report-error', (event) => {
  const e = event as CustomEvent<ReportErrorDetail>;
  e.preventDefault();
  const target = e.composedPath()[0]!;
  errors.set(target, [
    ...(errors.get(target) ?? []),
    ...e.detail.errors.map((x) => `${x.path || '(data)'}: ${x.message}`),
  ]);
});

/**
 * Waits until no element is loading and the number of rendered ones has stayed the same for 200 ms (and at
 * least `minMs`; at most 5 s longer).
 */
async function settle(hosts: HTMLElement[], tag: (host: HTMLElement) => Element | null, minMs = 0): Promise<void> {
  const start = performance.now();
  let last = -1;
  let stable = 0;
  while (performance.now() - start < minMs + 5000) {
    const els = hosts.map(tag).filter((e): e is Element => !!e);
    await Promise.all(els.map((e) => (e as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
    await new Promise((r) => setTimeout(r, 50));
    const busy = els.some((e) => e.getAttribute('aria-busy') === 'true');
    const count = els.filter(rendered).length;
    if (!busy && count === last) {
      if (++stable >= 4 && performance.now() - start >= minMs) return;
    } else [last, stable] = [count, 0];
  }
}

/** Verdicts by element and HTML: many contexts give the same HTML (rendering is deterministic), judged once. */
const judged = new Map<string, Result>();

/** Renders each snippet's sanitized HTML, then judges what its element shows against the reference. */
async function judge(
  all: Snippet[],
  html: (s: Snippet) => string,
  reference: Map<string, Facts>,
  minMs = 0,
): Promise<Record<string, Result>> {
  const key = (s: Snippet) => `${s.id}\n${html(s)}`;
  const snippets = all.filter((s, i) => !judged.has(key(s)) && all.findIndex((o) => key(o) === key(s)) === i);
  const collect = () => Object.fromEntries(all.map((s) => [s.id, judged.get(key(s))!]));
  if (!snippets.length) return collect();
  stage.replaceChildren();
  const hosts: HTMLElement[] = snippets.map((s) => {
    const host = document.createElement('div');
    stage.append(host);
    // Parsed from text on purpose: the sanitized HTML reaches the page as a CMS would print it.
    host.setHTMLUnsafe(html(s));
    return host;
  });
  // Class-marked markup is wrapped by the page's MutationObserver (a microtask later).
  await new Promise((r) => setTimeout(r));
  const find = (i: number) => (host: HTMLElement) => host.querySelector(`report-${snippets[i]!.element}`);
  await settle(hosts, (h) => find(hosts.indexOf(h))(h), minMs);
  const out: Record<string, Result> = {};
  snippets.forEach((s, i) => {
    const host = hosts[i]!;
    const el = find(i)(host);
    const visible = (host.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!el) {
      const others = host.querySelector('report-article, report-teaser, report-quote, report-gallery, report-infobox');
      out[s.id] = {
        verdict: 'lost',
        detail: `no <report-${s.element}> left${others ? ` (a <${others.localName}> inside is)` : ''}; ${visible ? `its text stays as plain text${/[{]"|"\w+":/.test(visible) ? ' (raw JSON shown to readers)' : ''}` : 'nothing visible'}`,
      };
      return;
    }
    if (!rendered(el)) {
      const reported = errors.get(el);
      out[s.id] = {
        verdict: 'lost',
        detail: `<report-${s.element}> renders nothing${reported ? ` (report-error ${JSON.stringify(reported[0])})` : ''}${visible ? '; its fallback text stays visible' : ''}`,
      };
      return;
    }
    out[s.id] = compare(reference.get(s.id)!, facts(el));
  });
  stage.replaceChildren();
  for (const s of snippets) judged.set(key(s), out[s.id]!);
  return collect();
}

/** The reference: each snippet's expected content given to a fresh element through its `data` property. */
async function references(snippets: Snippet[]): Promise<Map<string, Facts>> {
  stage.replaceChildren();
  const els = snippets.map((s) => {
    const el = document.createElement(`report-${s.element}`) as HTMLElement & { data: unknown };
    el.data = s.expected;
    stage.append(el);
    return el;
  });
  await settle(els, (e) => e);
  const map = new Map(snippets.map((s, i) => [s.id, facts(els[i]!)]));
  stage.replaceChildren();
  return map;
}

// ---------------------------------------------------------------- The run

type Maker = () => Promise<{ sanitize: Sanitize; destroy?: () => Promise<void> }>;
const browserSanitizers: Record<string, Maker> = {
  raw: async () => ({ sanitize: (html) => html }),
  'dompurify-default': async () => ({ sanitize: dompurifyDefault }),
  'dompurify-custom': async () => ({ sanitize: dompurifyCustom }),
};

describe('CMS survival: every way of writing × every sanitizer, rendered and compared', function () {
  // 40 snippets × 23 contexts; CKEditor and the comparison take a while in WebKit on a busy machine.
  this.timeout(300_000);

  let pre: PreStep;
  let reference: Map<string, Facts>;
  const run: Run = { engine: ENGINE, runId: '', finished: '', versions: {}, notRun: {}, verdicts: {} };
  /** What the browser-side sanitizers made of each snippet (in .out/measured-<engine>.json, for reading). */
  const outputs: Record<string, Record<string, string>> = {};

  before(async () => {
    // Read by the server (the test server would serve a `.json` path as a JavaScript module).
    const text = await readFile({ path: '.out/results.json' });
    if (!text)
      throw new Error(
        'test/cms/.out/results.json is missing: run `node scripts/cms/sanitize.mjs` first (npm test does)',
      );
    pre = JSON.parse(text) as PreStep;
    const ck = await loadCkeditor();
    for (const [id, { config }] of Object.entries(ckeditorConfigs(ck))) browserSanitizers[id] = () => ckeditor(config);
    Object.assign(run, {
      runId: pre.runId,
      versions: { ...pre.versions, ckeditor: ck.version, dompurify: DOMPurify.version },
      notRun: pre.notRun,
    });
    reference = await references(pre.snippets);
    // The elements load their markup reader on demand: load it once (and the images) before anything is judged.
    await judge(pre.snippets, (s) => s.html, reference, 2000);
  });

  it('the reference renders every snippet’s content', () => {
    for (const s of pre.snippets) expect(reference.get(s.id)!.text, s.id).not.to.equal('');
  });

  for (const column of COLUMNS) {
    it(`${column.group}: ${column.label}`, async function () {
      const reason = pre.notRun[column.id];
      if (reason) {
        // Reported, not passed: the matrix says "not run" with this reason.
        console.warn(`not run: ${column.group}, ${column.label}: ${reason}`);
        this.skip();
      }
      let html: (s: Snippet) => string;
      let done = async () => {};
      if (column.where === 'browser') {
        const made = await browserSanitizers[column.id]!();
        const cache = new Map(pre.snippets.map((s) => [s.id, made.sanitize(s.html)]));
        html = (s) => cache.get(s.id)!;
        if (column.id !== 'raw') outputs[column.id] = Object.fromEntries(cache);
        done = made.destroy ?? done;
      } else {
        const col = pre.columns[column.id];
        expect(col, `${column.id} missing from results.json`).to.exist;
        html = (s) => col![s.id]!;
      }
      await done();
      const verdicts = await judge(pre.snippets, html, reference);
      run.verdicts[column.id] = verdicts;
      const wrong = pre.snippets
        .map((s) => ({ s, want: expectationFor(column.id, s.element, s.way), got: verdicts[s.id]! }))
        .filter(({ want, got }) => want !== undefined && want !== got.verdict)
        .map(
          ({ s, want, got }) =>
            `${s.id}: expected ${want}, got ${got.verdict}${got.detail ? ` — ${got.detail}` : ''}${noteFor(column.id, s.element, s.way) ? ` [${noteFor(column.id, s.element, s.way)}]` : ''}`,
        );
      expect(wrong, `${column.group}, ${column.label}`).to.deep.equal([]);
    });
  }

  after(async () => {
    if (!pre) return;
    run.finished = new Date().toISOString();
    await writeFile({ path: `.out/measured-${ENGINE}.json`, content: JSON.stringify({ ...run, outputs }) });
    // The Drupal/TYPO3 PHP columns, when this run had their code: kept for runs without it (CI).
    const localColumns = COLUMNS.filter((c) => c.where === 'php-local' && run.verdicts[c.id]).map((c) => c.id);
    let local: LocalRun | undefined;
    try {
      local = JSON.parse((await readFile({ path: 'last-local-run.json' })) ?? 'null') ?? undefined;
    } catch {
      local = undefined;
    }
    // Every engine of this run measured so far (they run one after another).
    const runs: Run[] = [];
    for (const engine of ENGINES) {
      if (engine === ENGINE) runs.push(run);
      else {
        const text = await readFile({ path: `.out/measured-${engine}.json` }).catch(() => undefined);
        const other = text ? (JSON.parse(text) as Run) : undefined;
        if (other?.runId === run.runId) runs.push(other);
      }
    }
    if (localColumns.length) {
      local = {
        finished: run.finished,
        engines: runs.map((r) => r.engine),
        versions: Object.fromEntries(Object.entries(run.versions).filter(([k]) => k === 'drupal' || k === 'typo3')),
        verdicts: Object.fromEntries(localColumns.map((c) => [c, run.verdicts[c]!])),
      };
      await writeFile({ path: '.out/last-local-run.json', content: `${JSON.stringify(local, null, 1)}\n` });
    }
    const ways = pre.ways.filter((w) => pre.snippets.some((s) => s.way === w.id));
    const markdown = renderMatrix({
      runs,
      ways,
      snippetIds: pre.snippets.map((s) => s.id),
      command: 'npm run survival: node scripts/cms/sanitize.mjs, then web-test-runner test/cms/survival.test.ts',
      local,
    });
    // Copied to docs/cms-survival.md by scripts/cms/survival.mjs (npm run survival) when the run passed.
    await writeFile({ path: '.out/cms-survival.md', content: markdown });
  });
});
