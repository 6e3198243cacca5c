/**
 * (3) The lightbox of the seed gallery: click on a thumbnail → dialog open and image complete; ArrowRight →
 * next image complete and counter updated (from the trusted input event's timeStamp; images cached first).
 */
import { summary } from './stats.mjs';

export async function lightboxSection(ctx) {
  const { freshPage, metrics, REPS } = ctx;
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
