/**
 * `npm run bench`: rendering, lightbox, scaling and memory figures of the built bundle in real headless Chromium.
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
 *   (1) 1,000 <report-teaser> from `data` attributes vs. hand-written baselines (same DOM, same JSON text,
 *       JSON.parse included): "vanilla" with the same adopted styles (target: Lit / vanilla ≤ 1.5) and "bare"
 *       with two CSS rules (target: Lit / bare ≤ 2.0, so the styles cost little more than the markup).
 *   (2) one <report-article> with the whole seed, from setting `data` until every nested element rendered.
 *   (3) lightbox: click on a thumbnail → dialog open and image complete; ArrowRight → next image complete and
 *       counter updated (from the trusted input event's timeStamp; images cached by a first pass).
 *   (4) memory: JS heap, Blink heap, DOM nodes and event listeners before, with 200 galleries (some
 *       lightboxes opened and closed) and after removing them, each after a full GC. Exit 1 when they do not
 *       return to baseline (tolerances below, at TOLERANCE).
 *   (5) server-side rendering in Node (report-elements/ssr): loading the module, and renderToString() of
 *       the whole seed report (the first call cold).
 *   (6) scaling: the viewer's open, next and close with 9 and 300 images and on a page of 50 galleries;
 *       rendering per gallery (1 vs 50) and per image (30 vs 300); each ratio within 1.5×.
 *
 * Options: --quick (fewer repetitions) · --only=teasers,article,lightbox,memory,ssr,scale (some sections; not saved) ·
 * --profile (where a teaser run's time goes: CPU profile mapped to the TypeScript sources, Lit vs. vanilla,
 * and a trace of Blink's phases) · --no-save (do not write bench/results.json) · --leak=N (self-test: the page
 * keeps N removed galleries; the memory check must then fail). Run `npm run build` first.
 *
 * Files: this entry (options, order of the sections), browser.mjs (the site, the server, the browser, timed
 * calls), one module per section, stats.mjs (median, percentile) and report.mjs (the tables, the record).
 * The page side is bench/bench.js.
 */
/* global performance */
import { loadavg } from 'node:os';
import { articleSection } from './article.mjs';
import { openBench, problems } from './browser.mjs';
import { lightboxSection } from './lightbox.mjs';
import { memorySection } from './memory.mjs';
import { report } from './report.mjs';
import { scaleSection } from './scale.mjs';
import { ssrSection } from './ssr.mjs';
import { teaserSection } from './teasers.mjs';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const QUICK = flag('quick');
const LEAK = Number(option('leak') ?? 0);
const ONLY = option('only')?.split(',');

const started = performance.now();
const loadAtStart = loadavg()[0];
const bench = await openBench();
/** What every section gets: the browser's helpers, the repetitions, and where to put figures and notes. */
const ctx = {
  ...bench,
  problems,
  metrics: {},
  notes: [],
  tables: [],
  PROFILE: flag('profile'),
  LEAK,
  REPS: QUICK
    ? { teaserWarm: 1, teaser: 5, articleWarm: 3, article: 10, lightboxWarm: 2, lightbox: 9 }
    : { teaserWarm: 2, teaser: 12, articleWarm: 5, article: 30, lightboxWarm: 3, lightbox: 27 },
  GALLERIES: 200,
  // 5 of the 200 galleries open and close their lightbox (each open/close restyles the whole page: inertness).
  OPEN_EVERY: 40,
};

let memoryRows;
try {
  const sections = [
    ['teasers', teaserSection],
    ['article', articleSection],
    ['lightbox', lightboxSection],
    ['scale', scaleSection],
    ['memory', async () => (memoryRows = await memorySection(ctx))],
    ['ssr', ssrSection],
  ];
  for (const [name, run] of sections) {
    if (ONLY && !ONLY.includes(name)) continue;
    const s = performance.now();
    await run(ctx);
    console.error(`  ${name}: ${((performance.now() - s) / 1000).toFixed(1)} s`);
  }
} finally {
  await bench.stop();
}

await report({
  ...ctx,
  memoryRows,
  chromium: bench.chromium,
  quick: QUICK,
  save: !flag('no-save') && !LEAK && !ONLY,
  started,
  loadAtStart,
  galleries: ctx.GALLERIES,
  openEvery: ctx.OPEN_EVERY,
});

if (problems.length) console.error(`\nProblems:\n  ${[...new Set(problems)].join('\n  ')}`);
if (memoryRows?.some((r) => !r.ok)) {
  console.error('\nMemory did not return to baseline (✖ above): something keeps removed elements alive.');
  process.exitCode = 1;
}
