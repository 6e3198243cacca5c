/**
 * (6) Cost that does not grow with the work (issue #15): the viewer of a 300-image gallery opens, moves on and
 * closes as fast as that of a 9-image one, also on a page with 50 galleries; a page with 50 galleries costs
 * no more per gallery than a page with one; rendering a gallery is linear in its images. Each ratio row
 * compares medians of the same measurement at two sizes; target ≤ 1.5×. Galleries of photos (JPEG renditions
 * of the seed's images, see browser.mjs).
 */
/* global requestAnimationFrame -- inside functions run in the page */
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

/** What is timed per round: the viewer's three steps, then a bare `<dialog>` on the same page (the browser's share). */
const STEPS = ['open', 'next', 'close', 'modalOpen', 'modalClose'];

/** A page with the gallery of case `v` mounted, and a function that times one round on it. */
async function viewerPage(ctx, { images, count }) {
  const page = await ctx.freshPage();
  await page.evaluate((o) => window.bench.mountLightbox(o), { images, count, photos: true });
  const middle = images >> 1;
  const timed = async (arm, arg, act) => {
    await page.evaluate(arm, arg);
    await act();
    return page.evaluate(() => window.bench.pending);
  };
  let round = 0;
  const once = async () => {
    const at = middle + (round++ % 2); // alternate, so "next" always has a new image to show
    // In front, and two frames to settle: a page coming to the front repaints, which is not ours to measure.
    await page.bringToFront();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const { x, y } = await page.evaluate((k) => window.bench.thumbPoint(k), at);
    const open = await timed(
      (k) => window.bench.armOpen(k),
      at,
      () => page.mouse.click(x, y),
    );
    const next = await timed(
      (k) => window.bench.armNext(k),
      at + 1,
      () => page.keyboard.press('ArrowRight'),
    );
    const close = await timed(
      () => window.bench.armClose(),
      undefined,
      () => page.keyboard.press('Escape'),
    );
    const modal = await page.evaluate(() => window.bench.bareModal());
    return { open, next, close, modalOpen: modal.open, modalClose: modal.close };
  };
  return { page, once };
}

export async function scaleSection(ctx) {
  const { freshPage, metrics, tables, REPS } = ctx;
  const rows = [];
  const ratio = (name, label, a, b, target = TARGET) => {
    // Paired (the same round): the median of the per-round ratios.
    const m = { median: median(b.map((x, i) => x / a[i])), p95: NaN, n: Math.min(a.length, b.length), unit: '×' };
    metrics[name] = m;
    const mark = target ? (m.median <= target ? ' ✔' : ' ✖') : ' (the browser’s, for comparison)';
    rows.push(`| ${label} | **${m.median.toFixed(2)}×**${mark} |`);
  };

  // The three cases in three pages, measured in turns (rotating order): each round compares like with like,
  // whatever the machine does meanwhile.
  const pages = [];
  for (const v of VIEWERS) pages.push(await viewerPage(ctx, v));
  const viewers = Object.fromEntries(VIEWERS.map((v) => [v.key, Object.fromEntries(STEPS.map((s) => [s, []]))]));
  for (let i = 0; i < REPS.lightboxWarm + REPS.lightbox; i++) {
    for (let k = 0; k < VIEWERS.length; k++) {
      const j = (i + k) % VIEWERS.length;
      const r = await pages[j].once();
      if (i >= REPS.lightboxWarm) for (const step of STEPS) viewers[VIEWERS[j].key][step].push(r[step]);
    }
  }
  for (const { page } of pages) await page.close();
  for (const v of VIEWERS) for (const step of STEPS) metrics[`scale.${step}.${v.key}`] = summary(viewers[v.key][step]);

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
    '| viewer (median ms) | open (click → image) | next (ArrowRight → image) | close (Escape → closed) | bare `<dialog>`: showModal() | close() |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const v of VIEWERS)
    lines.push(`| ${v.label} | ${STEPS.map((s) => metrics[`scale.${s}.${v.key}`].median.toFixed(1)).join(' | ')} |`);
  lines.push('', '| rendering (median) | whole | per gallery | per image |', '|---|---:|---:|---:|');
  for (const r of RENDERS) {
    const [whole, gallery, image] = ['total', 'perGallery', 'perImage'].map((w) => median(per(r.key, w)));
    lines.push(
      `| ${r.count} × ${r.images} images | ${whole.toFixed(1)} ms | ${gallery.toFixed(2)} ms | ${image.toFixed(3)} ms |`,
    );
  }

  const NAMES = {
    open: 'viewer open',
    next: 'viewer next',
    close: 'viewer close',
    modalOpen: 'bare <dialog> showModal()',
    modalClose: 'bare <dialog> close()',
  };
  for (const step of STEPS) {
    const target = step.startsWith('modal') ? 0 : TARGET;
    ratio(
      `scale.${step}.ratio.300`,
      `${NAMES[step]}: 300 images / 9`,
      viewers['9'][step],
      viewers['300'][step],
      target,
    );
    ratio(
      `scale.${step}.ratio.50`,
      `${NAMES[step]}: page of 50 galleries / of 1`,
      viewers['9'][step],
      viewers['50x9'][step],
      target,
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
      '| ratio (median of per-round ratios) | |',
      '|---|---:|',
      ...rows,
    ].join('\n'),
  );
}
