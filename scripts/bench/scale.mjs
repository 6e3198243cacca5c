/**
 * (6) Cost that does not grow with the work (issue #15): the viewer of a 300-image gallery opens, moves on and
 * closes as fast as that of a 9-image one, also on a page with 50 galleries; a page with 50 galleries costs
 * no more per gallery than a page with one; rendering a gallery is linear in its images. Each ratio row
 * compares medians of the same measurement at two sizes; target ≤ 1.5×. Galleries of photos (JPEG renditions
 * of the seed's images, see browser.mjs).
 */
import { median, summary } from './stats.mjs';

/** The viewer cases: a gallery of `images` images on a page of `count` galleries, opened in the middle. */
const VIEWERS = [
  { key: '9', images: 9, count: 1, label: '9 images' },
  { key: '300', images: 300, count: 1, label: '300 images' },
  { key: '50x9', images: 9, count: 50, label: '9 images, page with 50 galleries' },
];
/** Rendering: `count` galleries of `images` images. */
const RENDERS = [
  { key: '1x9', count: 1, images: 9 },
  { key: '50x9', count: 50, images: 9 },
  { key: '1x30', count: 1, images: 30 },
  { key: '1x300', count: 1, images: 300 },
];

export const TARGET = 1.5;

async function viewer(ctx, { images, count }) {
  const { freshPage, REPS } = ctx;
  const page = await freshPage();
  await page.evaluate((o) => window.bench.mountLightbox(o), { images, count, photos: true });
  const middle = images >> 1;
  const timed = async (arm, act) => {
    await page.evaluate(arm.fn, arm.arg);
    await act();
    return page.evaluate(() => window.bench.pending);
  };
  const runs = { open: [], next: [], close: [] };
  for (let i = 0; i < REPS.lightboxWarm + REPS.lightbox; i++) {
    const at = middle + (i % 2); // alternate, so "next" always has a new image to show
    const { x, y } = await page.evaluate((k) => window.bench.thumbPoint(k), at);
    const open = await timed({ fn: (k) => window.bench.armOpen(k), arg: at }, () => page.mouse.click(x, y));
    const next = await timed({ fn: (k) => window.bench.armNext(k), arg: at + 1 }, () =>
      page.keyboard.press('ArrowRight'),
    );
    const close = await timed({ fn: () => window.bench.armClose(), arg: undefined }, () =>
      page.keyboard.press('Escape'),
    );
    if (i >= REPS.lightboxWarm) {
      runs.open.push(open);
      runs.next.push(next);
      runs.close.push(close);
    }
  }
  await page.close();
  return runs;
}

export async function scaleSection(ctx) {
  const { freshPage, metrics, tables, REPS } = ctx;
  const rows = [];
  const ratio = (name, label, a, b) => {
    const m = { median: median(b) / median(a), p95: NaN, n: Math.min(a.length, b.length), unit: '×' };
    metrics[name] = m;
    rows.push(`| ${label} | **${m.median.toFixed(2)}×** ${m.median <= TARGET ? '✔' : '✖'} |`);
  };

  const viewers = {};
  for (const v of VIEWERS) {
    viewers[v.key] = await viewer(ctx, v);
    for (const step of ['open', 'next', 'close']) metrics[`scale.${step}.${v.key}`] = summary(viewers[v.key][step]);
  }

  const page = await freshPage();
  const renders = Object.fromEntries(RENDERS.map((r) => [r.key, []]));
  for (let i = 0; i < REPS.lightboxWarm + REPS.lightbox; i++) {
    for (const r of RENDERS) {
      await ctx.reset(page);
      const one = await page.evaluate((c, n) => window.bench.renderGalleries(c, n, true), r.count, r.images);
      if (i >= REPS.lightboxWarm) renders[r.key].push(one);
    }
  }
  await page.close();
  const per = (key, what) => renders[key].map((r) => r[what]);
  for (const r of RENDERS) metrics[`scale.render.${r.key}`] = summary(per(r.key, 'total'));

  const lines = [
    '| viewer (median ms) | open (click → image) | next (ArrowRight → image) | close (Escape → closed) |',
    '|---|---:|---:|---:|',
  ];
  for (const v of VIEWERS)
    lines.push(
      `| ${v.label} | ${['open', 'next', 'close'].map((s) => metrics[`scale.${s}.${v.key}`].median.toFixed(1)).join(' | ')} |`,
    );
  lines.push('', '| rendering (median) | whole | per gallery | per image |', '|---|---:|---:|---:|');
  for (const r of RENDERS) {
    const [whole, gallery, image] = ['total', 'perGallery', 'perImage'].map((w) => median(per(r.key, w)));
    lines.push(
      `| ${r.count} × ${r.images} images | ${whole.toFixed(1)} ms | ${gallery.toFixed(2)} ms | ${image.toFixed(3)} ms |`,
    );
  }

  for (const step of ['open', 'next', 'close']) {
    ratio(`scale.${step}.ratio.300`, `viewer ${step}: 300 images / 9`, viewers['9'][step], viewers['300'][step]);
    ratio(
      `scale.${step}.ratio.50`,
      `viewer ${step}: page of 50 galleries / of 1`,
      viewers['9'][step],
      viewers['50x9'][step],
    );
  }
  ratio(
    'scale.render.ratio.50',
    'rendering per gallery: 50 galleries / 1',
    per('1x9', 'perGallery'),
    per('50x9', 'perGallery'),
  );
  ratio(
    'scale.render.ratio.300',
    'rendering per image: 300 images / 30',
    per('1x30', 'perImage'),
    per('1x300', 'perImage'),
  );

  tables.push(
    [
      `Scaling (issue #15): the viewer opened in the middle of the gallery, ${REPS.lightbox} runs each; every ratio within ${TARGET}×.`,
      '',
      ...lines,
      '',
      '| ratio of medians | |',
      '|---|---:|',
      ...rows,
    ].join('\n'),
  );
}
