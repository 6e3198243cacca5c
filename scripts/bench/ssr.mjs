/** (5) Server-side rendering in Node (report-elements/ssr): loading the module, and renderToString() of the seed. */
/* global performance */
import { readFile } from 'node:fs/promises';
import { summary } from './stats.mjs';

export async function ssrSection(ctx) {
  const { metrics, notes, REPS } = ctx;
  const t0 = performance.now();
  const { renderToString } = await import('../../dist/ssr/index.js');
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
