/**
 * The benchmark's report: a Markdown table of every figure with its change against the latest earlier entry
 * in bench/results.json that has the same metric, the memory table, notes; and the record appended there.
 */
/* global performance */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';

export const RESULTS = 'bench/results.json';

/** Row labels, in the order printed; a metric without a label is recorded but not printed. */
const LABELS = {
  'teaser.lit': '1,000 `<report-teaser>`: `data` attributes → rendered (wall)',
  'teaser.lit.build': '  … create, append, every updateComplete',
  'teaser.lit.layout': '  … style + layout (the forced read after one frame)',
  'teaser.lit.cpu': '  … renderer main-thread CPU time',
  'teaser.vanilla': '1,000 vanilla teasers: same JSON, same DOM and styles (wall)',
  'teaser.vanilla.build': '  … JSON.parse, createElement, append',
  'teaser.vanilla.layout': '  … style + layout (the forced read after one frame)',
  'teaser.vanilla.cpu': '  … renderer main-thread CPU time',
  'teaser.bare': '1,000 bare teasers: same JSON and DOM, two CSS rules (wall)',
  'teaser.bare.cpu': '  … renderer main-thread CPU time',
  'teaser.ratio': '**Lit / vanilla, wall time** (target ≤ 1.5×)',
  'teaser.ratio.cpu': '**Lit / vanilla, main-thread CPU time** (target ≤ 1.5×)',
  'teaser.ratio.bare': '**Lit / bare DOM, wall time** (target ≤ 2.0×)',
  'teaser.ratio.bare.cpu': '**Lit / bare DOM, main-thread CPU time** (target ≤ 2.0×)',
  article: '`<report-article>`, whole seed: `data` set → all nested rendered (wall)',
  'article.build': '  … every updateComplete, nested ones included',
  'article.layout': '  … style + layout (the forced read after one frame)',
  'article.cpu': '  … renderer main-thread CPU time',
  'lightbox.open': 'Lightbox: click on a thumbnail → dialog open, image complete',
  'lightbox.next': 'Lightbox: ArrowRight → next image complete, counter updated',
  'ssr.import': 'Server: `import("report-elements/ssr")` in Node (once)',
  'ssr.article': 'Server: `renderToString` of the whole seed report (Node)',
};
/** Targets of the ratio rows (issues #6, #15): reported with ✔/✖, not enforced (timings are never a unit test). */
const TARGETS = {
  'teaser.ratio': 1.5,
  'teaser.ratio.cpu': 1.5,
  'teaser.ratio.bare': 2.0,
  'teaser.ratio.bare.cpu': 2.0,
};

const git = (...a) => {
  try {
    return execFileSync('git', a, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
};

export const fmt = (v, unit) =>
  v === undefined || Number.isNaN(v)
    ? '–'
    : unit === 'B'
      ? `${(v / 1024).toFixed(1)} KiB`
      : unit === '×'
        ? `${v.toFixed(2)}×`
        : unit === 'count'
          ? String(v)
          : `${v.toFixed(v < 10 ? 2 : 1)} ms`;

/**
 * Prints the report and, with `save`, records the run in bench/results.json.
 * @param {object} run - `{ metrics, notes, tables, memoryRows, chromium, quick, save, started, loadAtStart,
 *   galleries, openEvery }`; `tables` are extra Markdown blocks from sections (printed after the main table).
 */
export async function report(run) {
  const { metrics, notes, memoryRows } = run;
  const version = JSON.parse(await readFile('package.json', 'utf8')).version;
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
  const delta = (name, m) => {
    const p = previous(name);
    if (!p) return '–';
    const d = m.median - p.median;
    const pct = p.median ? ` (${d >= 0 ? '+' : ''}${((100 * d) / Math.abs(p.median)).toFixed(0)} %)` : '';
    return `${d >= 0 ? '+' : '-'}${fmt(Math.abs(d), m.unit)}${pct}`;
  };

  const last = Object.keys(history).at(-1);
  console.log(
    `\n### report-elements ${version} · ${commit}${dirty ? ' (uncommitted changes in src/)' : ''} · ${date} · Chromium ${run.chromium}${run.quick ? ' · --quick' : ''}\n`,
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
    const mark = TARGETS[name] ? (m.median <= TARGETS[name] ? ' ✔' : ' ✖') : '';
    console.log(
      `| ${label} | ${fmt(m.median, m.unit)}${mark} | ${fmt(m.p95, m.unit)} | ${fmt(m.cold, m.unit)} | ${m.n} | ${delta(name, m)} |`,
    );
  }
  for (const table of run.tables ?? []) console.log(`\n${table}`);

  if (memoryRows) {
    console.log(
      `\nMemory: ${run.galleries} \`<report-gallery>\` with the seed gallery appended and rendered, ${run.galleries / run.openEvery} of their lightboxes opened and closed, then all removed; each reading after a full GC\n`,
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
  const load = {
    cores: availableParallelism(),
    start: +run.loadAtStart.toFixed(2),
    end: +loadavg()[0].toFixed(2),
  };
  if (Math.max(load.start, load.end) > load.cores) {
    notes.push(
      `⚠ The machine was busy (load average ${load.start} → ${load.end} on ${load.cores} cores): wall times include waiting for a CPU. Compare the CPU-time rows, and wall times only between quiet runs.`,
    );
  }
  for (const n of notes) console.log(`\n${n}`);
  console.log(
    `\nTotal ${((performance.now() - run.started) / 1000).toFixed(1)} s. median/p95 over n warm runs (nearest rank); cold = first run in a fresh page.`,
  );

  if (run.save) {
    history[key] = {
      version,
      date,
      commit,
      dirty,
      chromium: run.chromium,
      node: process.version,
      bundle: {
        sha256: createHash('sha256').update(bundle).digest('hex').slice(0, 16),
        bytes: bundle.length,
        gzip: gzipSync(bundle, { level: 9 }).length,
      },
      quick: run.quick || undefined,
      load,
      metrics,
    };
    await writeFile(RESULTS, `${JSON.stringify(history, null, 2)}\n`);
    console.log(`Recorded in ${RESULTS} as "${key}".`);
  }
}
