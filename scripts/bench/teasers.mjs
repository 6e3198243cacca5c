/**
 * (1) 1,000 <report-teaser> from `data` attributes against two hand-written baselines that build the same DOM
 * from the same JSON text: "vanilla" with the element's own styles (what Lit and the library's JS cost; target
 * ≤ 1.5×) and "bare" with two CSS rules (what the styles cost on top; target ≤ 2.0×, issue #15). Paired: each
 * round runs all three in one page, in rotating order. `--profile` adds where a Lit run spends its time.
 */
import { readFile } from 'node:fs/promises';
import { SourceMap } from 'node:module';
import { summary } from './stats.mjs';

const CONTENDERS = ['lit', 'vanilla', 'bare'];

export async function teaserSection(ctx) {
  const { freshPage, measured, reset, metrics, problems, REPS, PROFILE } = ctx;
  // Cold: the first run in a fresh page, each contender in its own page.
  const cold = {};
  for (const kind of CONTENDERS) {
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
  const runs = Object.fromEntries(CONTENDERS.map((kind) => [kind, []]));
  for (let i = 0; i < REPS.teaserWarm + REPS.teaser; i++) {
    // Rotate the order, so no contender always runs right after another's garbage.
    for (let k = 0; k < CONTENDERS.length; k++) {
      const kind = CONTENDERS[(i + k) % CONTENDERS.length];
      await reset(page);
      const r = await measured(page, 'teasers', kind);
      if (i >= REPS.teaserWarm) runs[kind].push(r);
    }
  }
  const pick = (kind, key) => runs[kind].map((r) => r[key]);
  for (const kind of CONTENDERS) {
    metrics[`teaser.${kind}`] = summary(pick(kind, 'total'), 'ms', { cold: cold[kind].total });
    for (const key of ['build', 'layout', 'cpu'])
      metrics[`teaser.${kind}.${key}`] = summary(pick(kind, key), 'ms', { cold: cold[kind][key] });
  }
  // Paired: each Lit run against the baseline run of the same round, in the same page.
  const ratio = (baseline, key) =>
    summary(
      runs.lit.map((r, i) => r[key] / runs[baseline][i][key]),
      '×',
      { cold: cold.lit[key] / cold[baseline][key] },
    );
  metrics['teaser.ratio'] = ratio('vanilla', 'total');
  metrics['teaser.ratio.cpu'] = ratio('vanilla', 'cpu');
  metrics['teaser.ratio.bare'] = ratio('bare', 'total');
  metrics['teaser.ratio.bare.cpu'] = ratio('bare', 'cpu');
  if (PROFILE) await profileTeasers(ctx, page);
  await page.close();
}

/** Where a Lit teaser run spends its time: a CPU profile (self time by function) and a trace (by phase). */
async function profileTeasers(ctx, page) {
  const { reset } = ctx;
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
