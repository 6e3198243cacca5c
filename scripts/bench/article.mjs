/** (2) One <report-article> with the whole seed, from setting `data` until every nested element rendered. */
import { summary } from './stats.mjs';

export async function articleSection(ctx) {
  const { freshPage, measured, reset, metrics, notes, REPS } = ctx;
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
