/**
 * `npm run bench`: rendering, lightbox and memory figures of the built bundle in real headless Chromium.
 *
 * Serves the built bundle (as /report-elements.js, the way a customer page loads it) and the benchmark page
 * from bench/ (at /bench/, with the seed and its images) out of .bench/site/ with scripts/serve.mjs (strict
 * CSP, Trusted Types), and drives the page with puppeteer-core. Each figure has a warm-up and N repetitions
 * and is reported as median and p95 (nearest rank, so with n = 12 it is the slowest run); the first run in a
 * fresh page is shown as "cold". Timed in the page (performance.now(), or the input event's timeStamp), plus
 * the renderer main thread's CPU time, which a busy machine inflates far less than wall time. Figures are
 * appended to bench/results.json under "version · date · commit" and compared with the latest earlier entry
 * that has the same metric.
 *
 *   (1) 1,000 <report-teaser> from `data` attributes vs. a hand-written vanilla baseline (same DOM, same
 *       adopted styles, same JSON text, JSON.parse included); target: Lit / vanilla ≤ 1.5.
 *   (2) one <report-article> with the whole seed, from setting `data` until every nested element rendered.
 *   (3) lightbox: click on a thumbnail → dialog open and image complete; ArrowRight → next image complete and
 *       counter updated (from the trusted input event's timeStamp; images cached by a first pass).
 *   (4) memory: JS heap, Blink heap, DOM nodes and event listeners before, with 200 galleries (some
 *       lightboxes opened and closed) and after removing them, each after a full GC. Exit 1 when they do not
 *       return to baseline (tolerances below, at TOLERANCE).
 *   (5) server-side rendering in Node (report-elements/ssr): loading the module, and renderToString() of
 *       the whole seed report (the first call cold).
 *
 * Options: --quick (fewer repetitions) · --only=teasers,article,lightbox,memory,ssr (some sections; not saved) ·
 * --profile (where a teaser run's time goes: CPU profile mapped to the TypeScript sources, Lit vs. vanilla,
 * and a trace of Blink's phases) · --no-save (do not write bench/results.json) · --leak=N (self-test: the page
 * keeps N removed galleries; the memory check must then fail). Run `npm run build` first.
 */
/* global performance, requestAnimationFrame -- Node's performance; rAF inside functions run in the page */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { SourceMap } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { serve } from './serve.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const QUICK = flag('quick');
const PROFILE = flag('profile');
const SAVE = !flag('no-save') && !option('leak') && !option('only');
const LEAK = Number(option('leak') ?? 0);
const ONLY = option('only')?.split(',');

const REPS = QUICK
  ? { teaserWarm: 1, teaser: 5, articleWarm: 3, article: 10, lightboxWarm: 2, lightbox: 9 }
  : { teaserWarm: 2, teaser: 12, articleWarm: 5, article: 30, lightboxWarm: 3, lightbox: 27 };
const GALLERIES = 200;
const OPEN_EVERY = 40; // 5 of the 200 galleries open and close their lightbox (each open/close restyles the whole page: inertness)
const RESULTS = 'bench/results.json';

// ------------------------------------------------------------------ Statistics

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Nearest-rank percentile: the smallest sample that at least p % of the samples do not exceed. */
const percentile = (xs, p) => sorted(xs)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)];
const summary = (xs, unit = 'ms', extra = {}) => ({
  median: median(xs),
  p95: percentile(xs, 95),
  n: xs.length,
  unit,
  ...extra,
});

// ------------------------------------------------------------------ Page and browser

try {
  await stat('dist/report-elements.js');
} catch {
  console.error('dist/report-elements.js is missing: run `npm run build` first.');
  process.exit(1);
}
// The site under test: the bundle at /report-elements.js, as a customer copies it, and the benchmark page at
// /bench/. Assembled in .bench/site/ (ignored by git) so nothing extra lands in dist/, which is published.
const SITE = '.bench/site';
await rm(SITE, { recursive: true, force: true });
await mkdir(`${SITE}/bench`, { recursive: true });
await cp('dist/report-elements.js', `${SITE}/report-elements.js`);
// With the files a customer copies beside it: the parts loaded on demand (the viewer's, the markup readers)
// and the languages. Without them every lightbox opening would try, and fail, to load the viewer's parts.
for (const f of await readdir('dist')) if (/^report-elements-.+\.js$/.test(f)) await cp(`dist/${f}`, `${SITE}/${f}`);
await cp('dist/i18n', `${SITE}/i18n`, { recursive: true });
for (const f of ['index.html', 'bench.js', 'bench.css']) await cp(`bench/${f}`, `${SITE}/bench/${f}`);
await cp('test/fixtures/seed.json', `${SITE}/bench/seed.json`);
await cp('test/fixtures/images', `${SITE}/bench/images`, { recursive: true });

const server = await serve(SITE, 0);
const url = `http://127.0.0.1:${server.address().port}/bench/`;
const browser = await puppeteer.launch({
  protocolTimeout: 60_000, // a scenario that never finishes fails within a minute instead of three
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [
    ...CHROMIUM_FLAGS,
    '--hide-scrollbars',
    // Steady timings: no throttling of a page that puppeteer does not consider in front.
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
    '--js-flags=--expose-gc',
  ],
});
const chromium = (await browser.version()).replace(/^\D*/, '');
const stop = async () => {
  await browser.close().catch(() => {});
  server.close();
};
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void stop().then(() => process.exit(130)));

const problems = [];
async function freshPage() {
  const page = await browser.newPage();
  page.on(
    'console',
    (m) => ['error', 'warning'].includes(m.type()) && problems.push(`console.${m.type()}: ${m.text()}`),
  );
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  await page.bringToFront();
  await page.evaluate(() => window.bench.ready);
  page.cdp = await page.createCDPSession();
  await page.cdp.send('Performance.enable');
  return page;
}

/**
 * Runs `bench[name](arg)` in the page and adds what the renderer's main thread spent on it (CDP
 * Performance.getMetrics, read just before and after): `cpu` is its CPU time, which other processes on a busy
 * machine do not inflate the way they inflate wall time.
 */
async function measured(page, name, arg) {
  const metrics = async () =>
    Object.fromEntries((await page.cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const a = await metrics();
  const r = await page.evaluate((n, x) => window.bench[n](x), name, arg);
  const b = await metrics();
  const d = (k) => (b[k] - a[k]) * 1000;
  return { ...r, cpu: d('ThreadTime') };
}
/** Empties the page between repetitions, outside the timed region: DOM removed, GC, two quiet frames. */
const reset = (page) =>
  page.evaluate(async () => {
    document.getElementById('stage').replaceChildren();
    window.gc?.();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });

// ------------------------------------------------------------------ (1) Teasers

const metrics = {};
const notes = [];
const t0 = performance.now();
const loadAtStart = loadavg()[0];

async function teaserSection() {
  // Cold: the first run in a fresh page, each contender in its own page.
  const cold = {};
  for (const kind of ['lit', 'vanilla']) {
    const page = await freshPage();
    cold[kind] = await measured(page, 'teasers', kind);
    await page.close();
  }

  const page = await freshPage();
  const dom = await page.evaluate(() => window.bench.sameDom());
  if (!dom.same) {
    problems.push('the vanilla baseline no longer builds the same DOM as <report-teaser>; update bench/bench.js');
    console.error(`  lit:     ${dom.lit}\n  vanilla: ${dom.vanilla}`);
  }
  const runs = { lit: [], vanilla: [] };
  for (let i = 0; i < REPS.teaserWarm + REPS.teaser; i++) {
    // Alternate the order, so neither contender always runs right after the other's garbage.
    for (const kind of i % 2 ? ['vanilla', 'lit'] : ['lit', 'vanilla']) {
      await reset(page);
      const r = await measured(page, 'teasers', kind);
      if (i >= REPS.teaserWarm) runs[kind].push(r);
    }
  }
  const pick = (kind, key) => runs[kind].map((r) => r[key]);
  for (const kind of ['lit', 'vanilla']) {
    metrics[`teaser.${kind}`] = summary(pick(kind, 'total'), 'ms', { cold: cold[kind].total });
    for (const key of ['build', 'layout', 'cpu'])
      metrics[`teaser.${kind}.${key}`] = summary(pick(kind, key), 'ms', { cold: cold[kind][key] });
  }
  const ratio = (key) => {
    const paired = runs.lit.map((r, i) => r[key] / runs.vanilla[i][key]);
    return {
      median:
        metrics[`teaser.lit${key === 'total' ? '' : `.${key}`}`].median /
        metrics[`teaser.vanilla${key === 'total' ? '' : `.${key}`}`].median,
      p95: percentile(paired, 95),
      n: paired.length,
      unit: '×',
      cold: cold.lit[key] / cold.vanilla[key],
    };
  };
  metrics['teaser.ratio'] = ratio('total');
  metrics['teaser.ratio.cpu'] = ratio('cpu');
  if (PROFILE) await profileTeasers(page);
  await page.close();
}

/** Where a Lit teaser run spends its time: a CPU profile (self time by function) and a trace (by phase). */
async function profileTeasers(page) {
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  const runs = 5;
  const profiles = { lit: [], vanilla: [] };
  for (let i = 0; i < runs; i++) {
    for (const kind of ['lit', 'vanilla']) {
      await reset(page);
      await cdp.send('Profiler.start');
      await page.evaluate((k) => window.bench.teasers(k), kind);
      profiles[kind].push((await cdp.send('Profiler.stop')).profile);
    }
  }
  // Minified positions in the bundle → the TypeScript source they come from (the bundle's source map).
  let map;
  try {
    map = new SourceMap(JSON.parse(await readFile('dist/report-elements.js.map', 'utf8')));
  } catch {
    // No source map: positions stay those of the minified bundle.
  }
  const origin = (f) => {
    if (!f.url) return '';
    const file = f.url.replace(/^.*\//, '');
    const e = file === 'report-elements.js' ? map?.findEntry(f.lineNumber, f.columnNumber) : undefined;
    return e?.originalSource
      ? `${e.originalSource.replace(/^.*?(src|node_modules)\//, '$1/')}:${e.originalLine + 1}`
      : `${file}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
  };
  const selfTime = (list) => {
    const self = new Map();
    for (const profile of list) {
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      profile.samples.forEach((id, i) => {
        const { callFrame: f } = byId.get(id);
        const key = `${f.functionName || '(anonymous)'} ${origin(f)}`.trim();
        self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      });
    }
    self.delete('(idle)');
    return self;
  };
  // Buckets that answer "where does the time go".
  const bucket = (key) => {
    const [name, where = ''] = key.split(' ');
    if (name === 'getBoundingClientRect') return 'style + layout (run by the layout read)';
    if (name === '(garbage collector)') return 'garbage collection';
    if (name === '(program)') return 'browser work outside JS (element creation and insertion, microtasks, …)';
    if (/lit-html|reactive-element|lit-element/.test(where))
      return 'Lit JS (template instantiation, parts, update cycle)';
    if (where.startsWith('src/')) return `report-elements JS: ${where.replace(/:\d+$/, '')}`;
    if (where.startsWith('bench.js')) return 'benchmark page JS (vanilla: building the DOM)';
    if (!where) return `DOM API/built-in: ${name}`;
    return `other: ${key}`;
  };
  const grouped = (self) => {
    const out = new Map();
    for (const [k, v] of self) out.set(bucket(k), (out.get(bucket(k)) ?? 0) + v);
    return out;
  };
  const lit = selfTime(profiles.lit);
  const vanilla = selfTime(profiles.vanilla);
  const [gl, gv] = [grouped(lit), grouped(vanilla)];
  const ms = (v) => (v === undefined ? '–' : `${(v / runs).toFixed(1)} ms`);
  console.log(`\nCPU profile: self time per run of 1,000 teasers, mean of ${runs} (sampled every 50 µs)\n`);
  console.log('| where | Lit | vanilla | Lit − vanilla |\n|---|---:|---:|---:|');
  const rows = [...new Set([...gl.keys(), ...gv.keys()])].map((k) => [k, gl.get(k) ?? 0, gv.get(k) ?? 0]);
  for (const [k, a, b] of rows.sort((x, y) => y[1] + y[2] - (x[1] + x[2])).slice(0, 18))
    console.log(`| ${k} | ${ms(a)} | ${ms(b)} | ${ms(a - b)} |`);
  const sum = (m) => [...m.values()].reduce((a, b) => a + b, 0);
  console.log(`| **busy in total** | ${ms(sum(lit))} | ${ms(sum(vanilla))} | ${ms(sum(lit) - sum(vanilla))} |`);
  console.log('\nTop functions in the Lit runs:');
  for (const [k, v] of [...lit].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${ms(v).padStart(9)}  ${k}`);

  // Blink's phases on the renderer main thread, from a trace of one run each (thread CPU time).
  for (const kind of ['lit', 'vanilla']) {
    await reset(page);
    await page.tracing.start({
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'],
    });
    await page.evaluate((k) => window.bench.teasers(k), kind);
    const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
    const layouts = new Map();
    for (const e of events)
      if (e.name === 'Layout') layouts.set(`${e.pid}:${e.tid}`, (layouts.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
    const main = [...layouts].sort((a, b) => b[1] - a[1])[0]?.[0];
    const sums = new Map();
    for (const e of events) {
      if (e.ph !== 'X' || `${e.pid}:${e.tid}` !== main) continue;
      if (
        ![
          'UpdateLayoutTree',
          'Layout',
          'MinorGC',
          'MajorGC',
          'ParseAuthorStyleSheet',
          'Paint',
          'PrePaint',
          'HitTest',
        ].includes(e.name)
      )
        continue;
      sums.set(e.name, (sums.get(e.name) ?? 0) + (e.tdur ?? e.dur) / 1000);
    }
    console.log(
      `Trace of one ${kind} run, main thread (CPU ms): ${[...sums]
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${v.toFixed(1)}`)
        .join(' · ')}`,
    );
  }

  // The library's own work per teaser, timed piece by piece in the page.
  const parts = await page.evaluate(() => window.bench.pieces());
  console.log(
    `Pieces for 1,000 teasers (ms): ${Object.entries(parts)
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join(' · ')}`,
  );
}

// ------------------------------------------------------------------ (2) Article

async function articleSection() {
  const page = await freshPage();
  const runs = [];
  let nested = 0;
  for (let i = 0; i < REPS.articleWarm + REPS.article + 1; i++) {
    await reset(page);
    const r = await measured(page, 'article');
    nested = r.nested;
    if (i === 0 || i > REPS.articleWarm) runs.push(r);
  }
  const [cold, ...warm] = runs;
  metrics['article'] = summary(
    warm.map((r) => r.total),
    'ms',
    { cold: cold.total },
  );
  for (const key of ['build', 'layout', 'cpu'])
    metrics[`article.${key}`] = summary(
      warm.map((r) => r[key]),
      'ms',
      { cold: cold[key] },
    );
  notes.push(`\`<report-article>\` renders ${nested} nested elements (quotes, gallery, infobox) for the seed.`);
  await page.close();
}

// ------------------------------------------------------------------ (3) Lightbox

async function lightboxSection() {
  const page = await freshPage();
  const images = await page.evaluate(() => window.bench.mountLightbox());
  const click = async (index) => {
    const { x, y } = await page.evaluate((i) => window.bench.thumbPoint(i), index);
    await page.evaluate((i) => window.bench.armOpen(i), index);
    await page.mouse.click(x, y);
    return page.evaluate(() => window.bench.pending);
  };
  const close = async () => {
    await page.evaluate(() => window.bench.armClose());
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.bench.pending);
  };

  const open = [];
  for (let i = 0; i < REPS.lightboxWarm + REPS.lightbox; i++) {
    const ms = await click(i % images);
    if (i >= REPS.lightboxWarm) open.push(ms);
    await close();
  }
  const next = [];
  await click(0);
  for (let i = 0; i < REPS.lightboxWarm + REPS.lightbox; i++) {
    await page.evaluate((to) => window.bench.armNext(to), (i + 1) % images);
    await page.keyboard.press('ArrowRight');
    const ms = await page.evaluate(() => window.bench.pending);
    if (i >= REPS.lightboxWarm) next.push(ms);
  }
  await close();
  metrics['lightbox.open'] = summary(open);
  metrics['lightbox.next'] = summary(next);
  await page.close();
}

// ------------------------------------------------------------------ (4) Memory

/**
 * Tolerances for "back to baseline". Each reading follows three full garbage collections, and the baseline is
 * taken after one identical create/open/remove cycle, so what a page makes once (templates, compiled code, the
 * Intl formatter, decoded images, hash tables grown to size) is in it; what the check looks for is memory that
 * stays behind with every cycle. Self-test: `--leak=1` keeps one removed gallery, which fails every counter
 * below except the global listeners (measured: +906 nodes, its ~100 and the 9 SVG image documents it keeps
 * alive; +39 listeners, all of its own; +55 KiB JS heap; +1.5 MiB Blink heap).
 * - DOM nodes, documents, JS event listeners (all of them) and listeners on window and document: exact.
 *   Blink counts them exactly after a full GC and the page does nothing between the readings; one leaked
 *   gallery, or an element that adds a global listener and does not remove it, shows here at once.
 * - JS heap (V8's used size): 32 KiB. Measured after one cycle: +4…13 KiB (code and type feedback the
 *   optimising compiler attaches; +13 KiB since the gallery grew history and gesture code); 0 at steady
 *   state. Above that noise, below one leaked gallery (+55 KiB).
 * - Blink's heap (`embedderHeap`): 128 KiB. Measured: +7 KiB per cycle, from buffers that are not the
 *   elements' (each image request adds a DevTools network record and a performance entry; found with heap
 *   snapshots), and once in 16 cycles a transient +90 KiB (a table resized). A leaked gallery is 1.5 MiB.
 */
const TOLERANCE = {
  heap: 32 * 1024,
  embedderHeap: 128 * 1024,
  nodes: 0,
  jsEventListeners: 0,
  documents: 0,
  windowListeners: 0,
  documentListeners: 0,
};

async function counters(cdp) {
  await cdp.send('Runtime.evaluate', { expression: 'performance.clearResourceTimings()' });
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const listeners = {};
  for (const target of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: target });
    listeners[target] = (
      await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })
    ).listeners.length;
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  }
  return {
    heap: heap.usedSize,
    embedderHeap: heap.embedderHeapUsedSize,
    nodes: dom.nodes,
    jsEventListeners: dom.jsEventListeners,
    documents: dom.documents,
    windowListeners: listeners.window,
    documentListeners: listeners.document,
  };
}

let memoryFailed = false;
async function memorySection() {
  const page = await freshPage();
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.enable');
  const cycle = async (leak = 0, n = GALLERIES) => {
    let t = performance.now();
    const lap = (what) =>
      process.env.BENCH_DEBUG && console.error(`    ${what}: ${(-t + (t = performance.now())).toFixed(0)} ms`);
    const made = await page.evaluate((n, every) => window.bench.createGalleries(n, every), n, OPEN_EVERY);
    lap('create');
    const peak = await counters(cdp);
    lap('counters');
    await page.evaluate((l) => window.bench.removeGalleries(l), leak);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    lap('remove');
    const after = await counters(cdp);
    lap('counters');
    return { made, peak, after };
  };
  // One cycle first: what is made once per page (templates, compiled code, Intl, the image cache) belongs to
  // the baseline; what the check looks for is memory that grows with the number of elements made and removed.
  await cycle();
  const before = await counters(cdp);
  const { made, peak, after } = await cycle(LEAK);
  if (made.galleries !== GALLERIES || made.opened !== GALLERIES / OPEN_EVERY)
    throw new Error(`memory: made ${JSON.stringify(made)}`);
  await cdp.detach();
  await page.close();

  const rows = [];
  for (const key of [
    'heap',
    'embedderHeap',
    'nodes',
    'jsEventListeners',
    'documents',
    'windowListeners',
    'documentListeners',
  ]) {
    const tol = TOLERANCE[key];
    const delta = after[key] - before[key];
    const ok = tol === undefined || delta <= tol;
    if (!ok) memoryFailed = true;
    rows.push({
      key,
      before: before[key],
      peak: peak[key],
      after: after[key],
      delta,
      tol,
      ok,
      perGallery: (peak[key] - before[key]) / GALLERIES,
    });
  }
  for (const r of rows) {
    const unit = r.key.endsWith('eap') ? 'B' : 'count';
    metrics[`memory.${r.key}.perGallery`] = { median: r.perGallery, p95: r.perGallery, n: 1, unit };
    metrics[`memory.${r.key}.retained`] = { median: r.delta, p95: r.delta, n: 1, unit };
  }
  return rows;
}

// ------------------------------------------------------------------ (5) Server-side rendering (Node)

async function ssrSection() {
  const t0 = performance.now();
  const { renderToString } = await import('../dist/ssr/index.js');
  metrics['ssr.import'] = summary([performance.now() - t0]);
  const seed = JSON.parse(await readFile('test/fixtures/seed.json', 'utf8'));
  const runs = [];
  for (let i = 0; i < REPS.article + 1; i++) {
    const t = performance.now();
    await renderToString('report-article', seed, { lang: 'de' });
    runs.push(performance.now() - t);
  }
  const [cold, ...warm] = runs;
  metrics['ssr.article'] = summary(warm, 'ms', { cold });
  notes.push(
    '`ssr.*` run in this Node process (no browser): `import` is loading report-elements/ssr with @lit-labs/ssr.',
  );
}

// ------------------------------------------------------------------ Run, report, record

let memoryRows;
try {
  const sections = [
    ['teasers', teaserSection],
    ['article', articleSection],
    ['lightbox', lightboxSection],
    ['memory', async () => (memoryRows = await memorySection())],
    ['ssr', ssrSection],
  ];
  for (const [name, run] of sections) {
    if (ONLY && !ONLY.includes(name)) continue;
    const s = performance.now();
    await run();
    console.error(`  ${name}: ${((performance.now() - s) / 1000).toFixed(1)} s`);
  }
} finally {
  await stop();
}

const version = JSON.parse(await readFile('package.json', 'utf8')).version;
const git = (...a) => {
  try {
    return execFileSync('git', a, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
};
const commit = git('rev-parse', '--short', 'HEAD') || 'unknown';
const dirty = git('status', '--porcelain', '--', 'src', 'package.json', 'rollup.config.mjs') !== '';
const bundle = await readFile('dist/report-elements.js');
const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
const key = `${version} · ${date} · ${commit}${dirty ? '+dirty' : ''}`;

let history = {};
try {
  history = JSON.parse(await readFile(RESULTS, 'utf8'));
} catch {
  // First run: no history yet.
}
const previous = (metric) => {
  for (const k of Object.keys(history).reverse())
    if (history[k].metrics?.[metric]) return { key: k, ...history[k].metrics[metric] };
  return undefined;
};

const fmt = (v, unit) =>
  v === undefined || Number.isNaN(v)
    ? '–'
    : unit === 'B'
      ? `${(v / 1024).toFixed(1)} KiB`
      : unit === '×'
        ? `${v.toFixed(2)}×`
        : unit === 'count'
          ? String(v)
          : `${v.toFixed(v < 10 ? 2 : 1)} ms`;
const delta = (name, m) => {
  const p = previous(name);
  if (!p) return '–';
  const d = m.median - p.median;
  const pct = p.median ? ` (${d >= 0 ? '+' : ''}${((100 * d) / Math.abs(p.median)).toFixed(0)} %)` : '';
  return `${d >= 0 ? '+' : '-'}${fmt(Math.abs(d), m.unit)}${pct}`;
};

const LABELS = {
  'teaser.lit': '1,000 `<report-teaser>`: `data` attributes → rendered (wall)',
  'teaser.lit.build': '  … create, append, every updateComplete',
  'teaser.lit.layout': '  … style + layout (the forced read after one frame)',
  'teaser.lit.cpu': '  … renderer main-thread CPU time',
  'teaser.vanilla': '1,000 vanilla teasers: same JSON, same DOM and styles (wall)',
  'teaser.vanilla.build': '  … JSON.parse, createElement, append',
  'teaser.vanilla.layout': '  … style + layout (the forced read after one frame)',
  'teaser.vanilla.cpu': '  … renderer main-thread CPU time',
  'teaser.ratio': '**Lit / vanilla, wall time** (target ≤ 1.5×)',
  'teaser.ratio.cpu': '**Lit / vanilla, main-thread CPU time** (target ≤ 1.5×)',
  article: '`<report-article>`, whole seed: `data` set → all nested rendered (wall)',
  'article.build': '  … every updateComplete, nested ones included',
  'article.layout': '  … style + layout (the forced read after one frame)',
  'article.cpu': '  … renderer main-thread CPU time',
  'lightbox.open': 'Lightbox: click on a thumbnail → dialog open, image complete',
  'lightbox.next': 'Lightbox: ArrowRight → next image complete, counter updated',
  'ssr.import': 'Server: `import("report-elements/ssr")` in Node (once)',
  'ssr.article': 'Server: `renderToString` of the whole seed report (Node)',
};
const last = Object.keys(history).at(-1);
console.log(
  `\n### report-elements ${version} · ${commit}${dirty ? ' (uncommitted changes in src/)' : ''} · ${date} · Chromium ${chromium}${QUICK ? ' · --quick' : ''}\n`,
);
if (last)
  console.log(`Δ: against the latest earlier entry with the same metric in ${RESULTS} (the latest is "${last}").\n`);
if (Object.keys(metrics).some((k) => LABELS[k])) {
  console.log('| measurement | median | p95 | cold (1st run) | n | Δ median vs previous |');
  console.log('|---|---:|---:|---:|---:|---:|');
}
for (const [name, label] of Object.entries(LABELS)) {
  const m = metrics[name];
  if (!m) continue;
  const mark = name.startsWith('teaser.ratio') ? (m.median <= 1.5 ? ' ✔' : ' ✖') : '';
  console.log(
    `| ${label} | ${fmt(m.median, m.unit)}${mark} | ${fmt(m.p95, m.unit)} | ${fmt(m.cold, m.unit)} | ${m.n} | ${delta(name, m)} |`,
  );
}

if (memoryRows) {
  console.log(
    `\nMemory: ${GALLERIES} \`<report-gallery>\` with the seed gallery appended and rendered, ${GALLERIES / OPEN_EVERY} of their lightboxes opened and closed, then all removed; each reading after a full GC\n`,
  );
  console.log(
    '| counter | baseline | with the galleries | per gallery | after removal | retained | tolerance | | Δ per gallery vs previous |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---|---:|');
  for (const r of memoryRows) {
    const unit = r.key.endsWith('eap') ? 'B' : 'count';
    const v = (x) => (unit === 'B' ? fmt(x, unit) : String(Math.round(x * 10) / 10));
    const d = delta(`memory.${r.key}.perGallery`, metrics[`memory.${r.key}.perGallery`]);
    console.log(
      `| ${r.key} | ${v(r.before)} | ${v(r.peak)} | ${v(r.perGallery)} | ${v(r.after)} | ${r.delta >= 0 ? '+' : ''}${v(r.delta)} | ${r.tol === undefined ? 'reported' : unit === 'B' ? `≤ ${fmt(r.tol, unit)}` : `${r.tol}`} | ${r.tol === undefined ? '' : r.ok ? '✔' : '✖'} | ${d} |`,
    );
  }
}
const load = { cores: availableParallelism(), start: +loadAtStart.toFixed(2), end: +loadavg()[0].toFixed(2) };
if (Math.max(load.start, load.end) > load.cores) {
  notes.push(
    `⚠ The machine was busy (load average ${load.start} → ${load.end} on ${load.cores} cores): wall times include waiting for a CPU. Compare the CPU-time rows, and wall times only between quiet runs.`,
  );
}
for (const n of notes) console.log(`\n${n}`);
console.log(
  `\nTotal ${((performance.now() - t0) / 1000).toFixed(1)} s. median/p95 over n warm runs (nearest rank); cold = first run in a fresh page.`,
);

if (SAVE) {
  history[key] = {
    version,
    date,
    commit,
    dirty,
    chromium,
    node: process.version,
    bundle: {
      sha256: createHash('sha256').update(bundle).digest('hex').slice(0, 16),
      bytes: bundle.length,
      gzip: gzipSync(bundle, { level: 9 }).length,
    },
    quick: QUICK || undefined,
    load,
    metrics,
  };
  await writeFile(RESULTS, `${JSON.stringify(history, null, 2)}\n`);
  console.log(`Recorded in ${RESULTS} as "${key}".`);
}

if (problems.length) console.error(`\nProblems:\n  ${[...new Set(problems)].join('\n  ')}`);
if (memoryFailed) {
  console.error('\nMemory did not return to baseline (✖ above): something keeps removed elements alive.');
  process.exitCode = 1;
}
