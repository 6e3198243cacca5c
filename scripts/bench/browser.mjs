/**
 * The benchmark's browser: assembles the site under test in .bench/site/ (the bundle with the files beside it,
 * as a customer copies it, and the page from bench/), serves it with scripts/serve.mjs (strict CSP, Trusted
 * Types) and launches headless Chromium with puppeteer-core.
 */
/* global requestAnimationFrame -- inside functions run in the page */
import { cp, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { serve } from '../serve.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.mjs';

/** Problems seen in any page (console errors and warnings, page errors), reported after the figures. */
export const problems = [];

/** Builds the site, starts the server and the browser; returns what the sections use. */
export async function openBench() {
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
  await photos(browser, `${SITE}/bench/photos`);
  const stop = async () => {
    await browser.close().catch(() => {});
    server.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void stop().then(() => process.exit(130)));

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

  return { chromium, stop, freshPage, measured, reset };
}

/**
 * JPEG renditions of the seed's images, made here from the SVGs (nothing is downloaded): galleries show
 * photos, and a vector thumbnail costs the browser about ten times as much to repaint as a JPEG one, which
 * would measure the SVG renderer rather than the library. The scaling section uses these.
 */
async function photos(browser, dir) {
  await mkdir(dir, { recursive: true });
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 800 });
  for (const f of (await readdir('test/fixtures/images')).filter((n) => n.endsWith('.svg'))) {
    const svg = (await readFile(`test/fixtures/images/${f}`)).toString('base64');
    await page.setContent(
      `<img src="data:image/svg+xml;base64,${svg}" width="1200" height="800" style="display:block">`,
    );
    await page.screenshot({ path: `${dir}/${f.replace(/\.svg$/, '.jpg')}`, type: 'jpeg', quality: 80 });
  }
  await page.close();
}
