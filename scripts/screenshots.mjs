/**
 * `npm run screenshots`: looks at the built demo as a reader would. Full pages at 320, 768 and 1280 px,
 * light and dark, the open lightbox, and keyboard focus on the teaser, into .screenshots/. With
 * `--readme` it also refreshes docs/seed-report.png. Run `npm run build` first.
 */
import { mkdir } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { serve } from './serve.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';

const out = '.screenshots';
await mkdir(out, { recursive: true });
const server = await serve('dist', 0);
const url = `http://127.0.0.1:${server.address().port}/demo/`;
const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [...CHROMIUM_FLAGS, '--hide-scrollbars'],
});

const violations = [];
try {
  for (const scheme of ['light', 'dark']) {
    for (const width of [320, 768, 1280]) {
      const page = await browser.newPage();
      page.on('console', (m) => m.type() === 'error' && violations.push(`${width} ${scheme}: ${m.text()}`));
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.setViewport({ width, height: 900 });
      await page.goto(url, { waitUntil: 'networkidle0' });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 0) violations.push(`${width} ${scheme}: horizontal overflow of ${overflow}px`);
      await page.screenshot({ path: `${out}/demo-${width}-${scheme}.png`, fullPage: true });
      if (width === 1280 && scheme === 'light' && process.argv.includes('--readme')) {
        await page.screenshot({ path: 'docs/seed-report.png', clip: { x: 0, y: 0, width, height: 1500 } });
      }

      // Keyboard focus on the teaser: the whole card gets the ring.
      await page.keyboard.press('Tab');
      await page.screenshot({ path: `${out}/focus-${width}-${scheme}.png`, clip: { x: 0, y: 0, width, height: 700 } });

      // Open the lightbox on the fifth image with the keyboard, then move one on.
      await page.evaluate(() => {
        const gallery = document.querySelector('report-article').shadowRoot.querySelector('report-gallery');
        gallery.shadowRoot.querySelectorAll('[part~=thumb]')[4].focus();
      });
      // Each step waits for what it does: the first opening loads the viewer's parts, and a key pressed before
      // they are there would be lost (the picture would then vary from run to run).
      const shown = (index) =>
        page.waitForFunction(
          (i) => {
            const g = document.querySelector('report-article').shadowRoot.querySelector('report-gallery');
            const img = g.shadowRoot.querySelector('[part~=viewer-image]');
            return g.currentIndex === i && img?.complete && g.shadowRoot.querySelector('[part~=lightbox]').open;
          },
          {},
          index,
        );
      await page.keyboard.press('Enter');
      await shown(4);
      await page.keyboard.press('ArrowRight');
      await shown(5);
      await page.keyboard.press('Tab');
      await new Promise((r) => setTimeout(r, 300)); // the buttons' transitions
      await page.screenshot({ path: `${out}/lightbox-${width}-${scheme}.png` });
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`screenshots in ${out}/`);
if (violations.length) {
  console.error(violations.join('\n'));
  process.exitCode = 1;
}
