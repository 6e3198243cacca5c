#!/usr/bin/env node
/**
 * The WordPress plugin against a real WordPress (the test bed in cms/testbed/wordpress: Debian's WordPress, PHP,
 * MariaDB), in Debian's Chromium:
 *
 * - the Administrator installs dist/report-elements-wordpress.zip through Plugins → Add New → Upload Plugin and
 *   activates it; the seed images go into the Media Library through the REST API (as JPEGs with IPTC title,
 *   caption and credit, since WordPress refuses SVG);
 * - an Author inserts each block from the inserter (search "Report"), fills it (Media Library images, the
 *   article from "Import JSON"), saves, and a visitor sees the elements render the content exactly;
 *   an Administrator does the same for the quote and the gallery;
 * - Custom HTML (`data-report`, `src`) and a class-marked core Gallery by an Author; `&`, `<`, `>`, quotes and
 *   URLs with `&` round-trip for Authors, Contributors and Administrators; the lightbox opens and Back closes it;
 *   the site language (de_DE, en_US) reaches the elements; the bundle is loaded once and only where needed; no
 *   request leaves 127.0.0.1; no PHP notice from the server render with empty attributes.
 *
 *   node cms/wordpress/test/e2e.mjs [--screenshots] [--keep]
 *   WP_TESTBED_CORE=/tmp/wp71 node cms/wordpress/test/e2e.mjs      the same against another WordPress copy, e.g.
 *                                                                   7.1 (see cms/testbed/wordpress/README.md)
 *
 * Needs `npm run build` first (the zip). --screenshots writes docs/wordpress/*.png; --keep leaves the plugin
 * active and the server running. Prints `WordPress: N passed, N failed`; with REPORT_WORDPRESS_TESTS set, also
 * writes the counts as JSON to that file (folded into `npm test`'s summary line).
 */
/* global URL, Buffer, fetch, structuredClone, getComputedStyle, history, HTMLTextAreaElement, Event */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';
// The test bed: Debian's WordPress, or another copy with WP_TESTBED_CORE (the current release, checked locally).
import * as bed from '../../testbed/wordpress/testbed.mjs';

const ROOT = resolve(new URL('../../..', import.meta.url).pathname);
const ZIP = join(ROOT, 'dist/report-elements-wordpress.zip');
const SHOTS = process.argv.includes('--screenshots') ? join(ROOT, 'docs/wordpress') : null;
const KEEP = process.argv.includes('--keep');
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
const seed = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/seed.json'), 'utf8'));
const started = Date.now();

// ------------------------------------------------------------------------------------------------ Harness

const results = [];
let lastPage;
async function test(name, fn) {
  if (ONLY && !ONLY.split('|').some((o) => name.includes(o)) && !name.includes('installs the zip')) return;
  const t0 = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✔ ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    results.push({ name, ok: false });
    // The last page a session opened, for the failure's picture.
    const file = join(process.env.TMPDIR || '/tmp', `re-e2e-failure-${results.length}.png`);
    if (lastPage && !lastPage.isClosed())
      await lastPage.screenshot({ path: file }).then(
        () => console.log(`      screenshot: ${file}`),
        () => {},
      );
    console.log(
      `  ✖ ${name} (${Date.now() - t0} ms)\n      ${String(e?.stack || e)
        .split('\n')
        .slice(0, 4)
        .join('\n      ')}`,
    );
  }
}
function assert(cond, message) {
  if (!cond) throw new Error(message);
}
function equal(actual, expected, message) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(
      `${message}\n      expected: ${JSON.stringify(expected)}\n      actual:   ${JSON.stringify(actual)}`,
    );
  }
}
function finish() {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`\nWordPress: ${passed} passed, ${failed} failed (${Math.round((Date.now() - started) / 1000)} s)`);
  if (process.env.REPORT_WORDPRESS_TESTS)
    writeFileSync(process.env.REPORT_WORDPRESS_TESTS, JSON.stringify({ passed, failed }));
  return failed;
}

// Text that HTML, kses and JSON each treat specially; it must come back exactly.
const TRICKY = `Tom & Jerry: 1 < 2 > 0, "quoted" and 'single', &amp; stays literal`;
const TRICKY_URL = 'https://example.org/search?a=1&b=2&c=%3C';

// ---------------------------------------------------------------------------------------------- The site

let site; // { url, users }
let browser;
const uploaded = {}; // file name → { id, url, ... } of the Media Library
const outside = []; // requests to other hosts, from every page

async function setupSite() {
  site = await bed.setup();
  const status = bed.status();
  // php -S answers one request at a time unless told otherwise; the block editor loads a few hundred files.
  process.env.PHP_CLI_SERVER_WORKERS ||= '4';
  site.url = status.served || (await bed.serve());
  site.startedServer = !status.served;
  // A clean start: no copy of the plugin (an earlier run or a linked checkout), site language English.
  sitePhp(`
    require_once ABSPATH . 'wp-admin/includes/plugin.php';
    deactivate_plugins( 'report-elements/report-elements.php', true );
    update_option( 'WPLANG', '' );
  `);
  rmSync(join(bed.DIR, 'wp-content/plugins/report-elements'), { recursive: true, force: true });
}

/** Runs PHP code inside the booted site (through the test bed). */
function sitePhp(code, input) {
  const file = join(bed.DIR, `re-e2e-${process.pid}.php`);
  writeFileSync(file, `<?php\n${code}\n`);
  const r = bed.php(file, [], { input });
  rmSync(file, { force: true });
  if (r.status !== 0) throw new Error(`PHP failed: ${r.stderr || r.stdout}`);
  return r.stdout;
}

/** The REST API as a user (application password). */
async function rest(user, path, { method = 'GET', body, headers = {} } = {}) {
  const u = site.users[user];
  const auth = Buffer.from(`${user}:${u.applicationPassword}`).toString('base64');
  const isJson = body && !(body instanceof Uint8Array);
  const res = await fetch(new URL(`wp-json${path}`, site.url), {
    method,
    headers: { authorization: `Basic ${auth}`, ...(isJson ? { 'content-type': 'application/json' } : {}), ...headers },
    body: isJson ? JSON.stringify(body) : body,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} as ${user}: ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

/** The seed images as JPEGs with IPTC title/caption/credit (rendered from the SVGs by Chromium), uploaded as admin. */
async function uploadImages() {
  const dir = join(bed.DIR, 'seed-images');
  mkdirSync(dir, { recursive: true });
  const meta = new Map();
  meta.set('lead-gruppenfoto.svg', seed.image);
  const gallery = seed.blocks.find((b) => b.type === 'gallery');
  for (const img of gallery.images) meta.set(img.src.split('/').pop(), img);
  const page = await browser.newPage();
  const items = [];
  for (const name of readdirSync(join(ROOT, 'test/fixtures/images'))
    .filter((f) => f.endsWith('.svg'))
    .sort()) {
    const svg = readFileSync(join(ROOT, 'test/fixtures/images', name), 'utf8');
    const [w, h] = (/width="(\d+)"\s+height="(\d+)"/.exec(svg) || [null, 1200, 800]).slice(1);
    await page.setViewport({ width: Number(w), height: Number(h) });
    await page.setContent(
      `<style>body{margin:0}</style><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`,
    );
    const file = join(dir, name.replace(/\.svg$/, '.jpg'));
    await page.screenshot({ path: file, type: 'jpeg', quality: 80 });
    const m = meta.get(name) || {};
    items.push({ file, name, title: m.title, caption: m.caption, credit: m.credit, alt: m.alt });
  }
  await page.close();
  const r = spawnSync('php', [join(ROOT, 'cms/wordpress/test/iptc.php')], {
    input: JSON.stringify(items),
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`iptc.php: ${r.stderr}`);
  // Earlier runs' copies go first (same titles would be ambiguous).
  const old = await rest('admin', '/wp/v2/media?per_page=100&search=re-e2e');
  for (const m of old) await rest('admin', `/wp/v2/media/${m.id}?force=true`, { method: 'DELETE' });
  for (const item of items) {
    const fileName = `re-e2e-${item.name.replace(/\.svg$/, '.jpg')}`;
    const media = await rest('admin', '/wp/v2/media', {
      method: 'POST',
      body: readFileSync(item.file),
      headers: { 'content-type': 'image/jpeg', 'content-disposition': `attachment; filename="${fileName}"` },
    });
    const updated = await rest('admin', `/wp/v2/media/${media.id}`, {
      method: 'POST',
      body: { alt_text: item.alt || '' },
    });
    uploaded[item.name] = { id: media.id, url: updated.source_url, item, media: updated };
  }
}

// ------------------------------------------------------------------------------------------ Browser helpers

/** A logged-in browser context for a user (or a visitor, without user). Records requests to other hosts. */
async function session(user) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  lastPage = page;
  await page.setViewport({ width: 1400, height: 1000 });
  // What readers load must stay on the site. (wp-admin itself asks gravatar.com and s.w.org for pictures, which
  // is WordPress's own doing, not the plugin's: those are blocked here and not counted.)
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (['127.0.0.1', ''].includes(url.hostname) || url.protocol === 'data:' || url.protocol === 'blob:')
      return req.continue();
    if (!user) outside.push(req.url());
    return req.abort();
  });
  page.on('pageerror', (e) => console.log(`      [page error, ${user || 'visitor'}] ${e.message}`));
  if (user) {
    await page.goto(new URL('wp-login.php', site.url), { waitUntil: 'domcontentloaded' });
    await page.type('#user_login', user);
    await page.type('#user_pass', site.users[user].password);
    await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#wp-submit')]);
  }
  return { context, page };
}

/** Opens a new post in the block editor, without the welcome guide. Returns the frame that holds the blocks. */
async function newPost(page) {
  await page.goto(new URL('wp-admin/post-new.php', site.url), { waitUntil: 'domcontentloaded' });
  // php -S serves one request at a time: the first editor load of a run fetches a few hundred files.
  await page.waitForFunction(
    () =>
      window.wp?.data?.select('core/block-editor') &&
      window.wp.blocks.getBlockType('report-elements/article') &&
      window.wp.data.select('core/editor').getCurrentPostType(),
    { timeout: 120000 },
  );
  await page.evaluate(() => {
    const { select, dispatch } = window.wp.data;
    const prefs = select('core/preferences');
    if (prefs?.get?.('core/edit-post', 'welcomeGuide') ?? select('core/edit-post').isFeatureActive('welcomeGuide')) {
      if (prefs?.get) dispatch('core/preferences').set('core/edit-post', 'welcomeGuide', false);
      else dispatch('core/edit-post').toggleFeature('welcomeGuide');
    }
  });
  await page.keyboard.press('Escape');
  return canvas(page);
}

/** The document with the blocks: the editor iframe where WordPress uses one, else the page. */
async function canvas(page) {
  const handle = await page.$('iframe[name="editor-canvas"]');
  if (!handle) return page.mainFrame();
  const frame = await handle.contentFrame();
  await frame.waitForSelector('.block-editor-block-list__layout');
  return frame;
}

/** Inserts a block from the main inserter, searching for "Report"; returns the titles the search offered. */
async function insertBlock(page, title) {
  const toggle = await page.waitForSelector(
    'button.edit-post-header-toolbar__inserter-toggle, button.editor-document-tools__inserter-toggle',
  );
  if ((await toggle.evaluate((b) => b.getAttribute('aria-pressed'))) !== 'true') await toggle.click();
  const search = await page.waitForSelector(
    '.block-editor-inserter__search input, .block-editor-inserter__menu input[type="search"]',
  );
  await search.click({ clickCount: 3 });
  await search.type('Report');
  // The search results: the five Report blocks (before the search applies, the list shows other blocks; the
  // list re-renders while the search settles, so the titles are read and the item clicked in one step).
  const offered = await (
    await page.waitForFunction(
      (title) => {
        const items = [...document.querySelectorAll('.block-editor-block-types-list__item')];
        const titles = items.map((b) => b.textContent.trim());
        if (!['article', 'teaser', 'quote', 'gallery', 'infobox'].every((n) => titles.includes(`Report ${n}`)))
          return null;
        items.find((b) => b.textContent.trim() === title).click();
        return titles;
      },
      { timeout: 15000 },
      title,
    )
  ).jsonValue();
  // Close the inserter again where it stays open.
  const still = await page.$(
    'button.edit-post-header-toolbar__inserter-toggle[aria-pressed="true"], button.editor-document-tools__inserter-toggle[aria-pressed="true"]',
  );
  if (still) await still.click();
  return offered;
}

/** The selected block's element in the canvas. */
async function selectedBlock(frame, name) {
  return frame.waitForSelector(
    `.wp-block-report-elements-${name}.is-selected, .wp-block-report-elements-${name}.has-child-selected, .wp-block-report-elements-${name}`,
  );
}

/** Types into the field labelled `label` inside `scope` (an element handle); `nth` for repeated labels. */
async function fill(scope, label, value, nth = 0) {
  const input = await scope.evaluateHandle(
    (root, label, nth) => {
      const labels = [...root.querySelectorAll('label')].filter((l) => l.textContent.trim() === label);
      const l = labels[nth];
      return l ? l.control || root.ownerDocument.getElementById(l.htmlFor) : null;
    },
    label,
    nth,
  );
  const el = input.asElement();
  if (!el) throw new Error(`no field "${label}"`);
  await el.click({ clickCount: 3 });
  await el.evaluate((e) => e.select?.());
  await page_keyboard_clear(el);
  if (value) await el.type(value, { delay: 0 });
}
async function page_keyboard_clear(el) {
  // Select all and delete, in the input's own frame.
  await el.focus();
  await el.evaluate((e) => {
    e.selectionStart = 0;
    e.selectionEnd = e.value.length;
  });
  await el.press('Backspace');
}

/** Clicks a button by its text inside `scope`. */
async function clickButton(scope, text, nth = 0) {
  const root =
    typeof scope.mainFrame === 'function'
      ? await scope.mainFrame().$('body')
      : typeof scope.childFrames === 'function'
        ? await scope.$('body')
        : scope;
  const ok = await root.evaluate(
    (root, text, nth) => {
      const b = [...root.querySelectorAll('button')].filter((b) => b.textContent.trim() === text)[nth];
      b?.click();
      return !!b;
    },
    text,
    nth,
  );
  if (!ok) throw new Error(`no button "${text}"`);
}

/** In the open media modal: the Media Library tab, the attachments with these ids, then "Select". */
async function pickMedia(page, ids) {
  // WordPress keeps an earlier modal in the page, hidden: only the visible one counts.
  const visibleModal = () =>
    [...document.querySelectorAll('.media-modal')].find(
      (m) => m.offsetParent !== null || (getComputedStyle(m).display !== 'none' && m.getClientRects().length),
    );
  await page.waitForFunction(`(${visibleModal})()`, { timeout: 20000 });
  await page.evaluate(
    `(${visibleModal})().querySelector('#menu-item-browse, .media-menu-item[id="menu-item-browse"]')?.click()`,
  );
  for (const id of ids) {
    const item = await page.waitForFunction(`(${visibleModal})()?.querySelector('li.attachment[data-id="${id}"]')`, {
      timeout: 20000,
    });
    await item.asElement().click();
  }
  const select = await page.waitForFunction(
    `(${visibleModal})()?.querySelector('.media-button-select:not([disabled])')`,
    { timeout: 10000 },
  );
  await select.asElement().click();
  await page.waitForFunction(`!(${visibleModal})()`, { timeout: 10000 });
}

/** Publishes the post being edited and returns its permalink. */
async function publish(page) {
  await page.evaluate(async () => {
    const { dispatch, select } = window.wp.data;
    dispatch('core/editor').editPost({
      status: select('core/editor').getCurrentPostType() === 'post' ? 'publish' : 'publish',
    });
    await dispatch('core/editor').savePost();
  });
  await page.waitForFunction(
    () => {
      const e = window.wp.data.select('core/editor');
      return !e.isSavingPost() && !e.isEditedPostDirty() && e.getCurrentPostAttribute('status') === 'publish';
    },
    { timeout: 30000 },
  );
  return page.evaluate(() => window.wp.data.select('core/editor').getPermalink());
}

/** A visitor's view of a URL: waits for the report elements to render. */
async function visit(url) {
  const { context, page } = await session(null);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.waitForFunction(
    () =>
      [
        ...document.querySelectorAll('report-article, report-teaser, report-quote, report-gallery, report-infobox'),
      ].every((e) => e.shadowRoot && !e.hasAttribute('report-loading')),
    { timeout: 15000 },
  );
  return { context, page, requests };
}

/** Text of a part in an element's shadow root. */
const partText = (page, selector, part) =>
  page.$eval(
    selector,
    (el, part) =>
      [...el.shadowRoot.querySelectorAll(`[part~="${part}"]`)].map((p) => p.textContent.replace(/\s+/g, ' ').trim()),
    part,
  );

/**
 * The page's headings as the accessibility tree has them: through shadow roots, and without hidden ones.
 */
async function headingOutline(page) {
  const out = [];
  const walk = (node) => {
    if (node.role === 'heading') out.push({ level: node.level, name: node.name.replace(/\s+/g, ' ').trim() });
    for (const child of node.children || []) walk(child);
  };
  walk(await page.accessibility.snapshot());
  return out;
}

/** The data-report JSON of the first element matching selector. */
const dataOf = (page, selector) => page.$eval(selector, (el) => JSON.parse(el.getAttribute('data-report')));

/** A gettext .mo catalogue with only its header entry (the language), no translations. */
function headerOnlyMo(language) {
  const header = Buffer.from(`Content-Type: text/plain; charset=UTF-8\nLanguage: ${language}\n`);
  const mo = Buffer.alloc(28 + 16 + 1 + header.length + 1);
  mo.writeUInt32LE(0x950412de, 0); // magic, revision 0
  mo.writeUInt32LE(1, 8); // one string
  mo.writeUInt32LE(28, 12); // originals table
  mo.writeUInt32LE(36, 16); // translations table
  mo.writeUInt32LE(0, 20); // no hash table
  mo.writeUInt32LE(44, 24);
  mo.writeUInt32LE(0, 28); // original "" (length 0) at 44
  mo.writeUInt32LE(44, 32);
  mo.writeUInt32LE(header.length, 36); // its translation: the header, at 45
  mo.writeUInt32LE(45, 40);
  header.copy(mo, 45);
  return mo;
}

async function shot(page, name, clip) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await (clip || page).screenshot({ path: join(SHOTS, `${name}.png`) });
}

// ---------------------------------------------------------------------------------------------- The tests

async function main() {
  if (!existsSync(ZIP)) throw new Error(`${ZIP} is missing: run npm run build first`);
  browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS, '--headless=new'],
    headless: true,
  });
  const t0 = Date.now();
  await setupSite();
  console.log(
    `WordPress ${sitePhp("echo get_bloginfo( 'version' );")} at ${site.url} (set up in ${Date.now() - t0} ms)`,
  );

  await test('the Administrator installs the zip through Plugins → Add New → Upload Plugin and activates it', async () => {
    const { context, page } = await session('admin');
    await page.goto(new URL('wp-admin/plugin-install.php?tab=upload', site.url), { waitUntil: 'domcontentloaded' });
    const input = await page.waitForSelector('input#pluginzip');
    await input.uploadFile(ZIP);
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'domcontentloaded', timeout: 60000 }),
      page.click('#install-plugin-submit'),
    ]);
    const text = await page.$eval('#wpbody-content', (e) => e.textContent);
    assert(
      /Plugin installed successfully/i.test(text),
      `install page says: ${text.replace(/\s+/g, ' ').slice(0, 300)}`,
    );
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'domcontentloaded' }),
      page.click('a[href*="action=activate"]'),
    ]);
    const active = await page.$('tr[data-plugin="report-elements/report-elements.php"].active');
    assert(active, 'the plugin is not listed as active');
    const row = await page.$eval('tr[data-plugin="report-elements/report-elements.php"]', (e) =>
      e.textContent.replace(/\s+/g, ' '),
    );
    assert(/Report Elements/.test(row) && /Version 1\.0\.0/.test(row), `plugin row: ${row}`);
    await context.close();
  });

  await uploadImages();
  const img = (name) => uploaded[name];
  const galleryFiles = [
    '01-kaffee.svg',
    '02-team.svg',
    '03-gespraech.svg',
    '04-notizbuch.svg',
    '05-hund.svg',
    '06-neumann.svg',
    '07-flyer.svg',
    '08-kreis.svg',
    '09-lachen.svg',
  ];
  const posts = {};

  for (const user of ['author', 'admin']) {
    const who = user === 'author' ? 'an Author' : 'an Administrator';
    await test(`${who} finds the five blocks in the inserter (search "Report")`, async () => {
      const { context, page } = await session(user);
      await newPost(page);
      const offered = await insertBlock(page, 'Report quote');
      for (const t of ['Report article', 'Report teaser', 'Report quote', 'Report gallery', 'Report infobox'])
        assert(offered.includes(t), `"${t}" not offered: ${offered.join(', ')}`);
      await context.close();
    });

    await test(`${who} builds a quote and a gallery from fields and Media Library images; a visitor sees them exactly`, async () => {
      const { context, page } = await session(user);
      const frame = await newPost(page);
      await page.evaluate(
        (t) => window.wp.data.dispatch('core/editor').editPost({ title: t }),
        `Quote and gallery by ${user}`,
      );
      await insertBlock(page, 'Report quote');
      let block = await selectedBlock(frame, 'quote');
      await fill(block, 'Quotation (without quotation marks)', TRICKY);
      await fill(block, 'Who said it', 'Doreen Barth & Co.');
      await fill(block, 'Role or organisation', 'Coachin <L.IGA>');
      await fill(block, 'Source URL', TRICKY_URL);
      await clickButton(block, 'Choose image');
      await pickMedia(page, [img('06-neumann.svg').id]);
      await frame.waitForFunction((b) => b.querySelector('report-quote')?.shadowRoot?.querySelector('img'), {}, block);
      if (user === 'author') await shot(page, 'editor-quote');

      await insertBlock(page, 'Report gallery');
      block = await selectedBlock(frame, 'gallery');
      await fill(block, 'Gallery title', 'Bildergalerie & mehr');
      await clickButton(block, 'Choose images');
      await pickMedia(
        page,
        galleryFiles.map((f) => img(f).id),
      );
      await frame.waitForFunction(
        (b) => b.querySelectorAll('.report-elements-image').length === 9,
        { timeout: 15000 },
        block,
      );
      // Credits come from the images' IPTC metadata through the REST API.
      await frame.waitForFunction(
        (b) =>
          [...b.querySelectorAll('label')]
            .filter((l) => l.textContent.trim() === 'Credit')
            .every((l) => document.getElementById(l.htmlFor)?.value || l.control?.value),
        { timeout: 15000 },
        block,
      );
      if (user === 'author') await shot(page, 'editor-gallery');
      const url = await publish(page);
      posts[`${user}-quote-gallery`] = url;
      await context.close();

      const v = await visit(url);
      const quote = await dataOf(v.page, 'report-quote');
      equal(quote.text, TRICKY, 'quote text in data-report');
      equal(quote.cite, TRICKY_URL, 'quote cite');
      equal(quote.author, 'Doreen Barth & Co.', 'quote author');
      equal(quote.role, 'Coachin <L.IGA>', 'quote role');
      const shown = (await partText(v.page, 'report-quote', 'text'))[0];
      assert(shown.includes(TRICKY), `the quote shows "${shown}"`);
      equal((await partText(v.page, 'report-quote', 'author'))[0], 'Doreen Barth & Co.', 'author shown');
      const href = await v.page.$eval('report-quote', (e) => e.shadowRoot.querySelector('[part~="source"]').href);
      equal(href, TRICKY_URL, 'source link');
      const gallery = await dataOf(v.page, 'report-gallery');
      equal(gallery.title, 'Bildergalerie & mehr', 'gallery title');
      equal(gallery.images.length, 9, 'gallery images');
      const first = gallery.images[0];
      const meta = img('01-kaffee.svg').item;
      equal(
        [first.alt, first.title, first.caption, first.credit],
        [meta.alt, meta.title, meta.caption, meta.credit],
        'alt, title, caption and credit from the attachment',
      );
      assert(
        /\s\d+w/.test(first.srcset || '') && first.sizes,
        `srcset/sizes from WordPress's image sizes: ${first.srcset} / ${first.sizes}`,
      );
      const thumbs = await v.page.$eval(
        'report-gallery',
        (e) => e.shadowRoot.querySelectorAll('[part~="thumb"]').length,
      );
      equal(thumbs, 9, 'thumbnails shown');
      if (user === 'author') await shot(v.page, 'front-quote-gallery');
      await v.context.close();
    });
  }

  await test('an Author builds a teaser and an infobox from fields', async () => {
    const { context, page } = await session('author');
    const frame = await newPost(page);
    await page.evaluate(() => window.wp.data.dispatch('core/editor').editPost({ title: 'Teaser and infobox' }));
    await insertBlock(page, 'Report teaser');
    let block = await selectedBlock(frame, 'teaser');
    await fill(block, 'Kicker', 'Gute Praxis');
    await fill(block, 'Title', seed.title);
    await fill(block, 'Link (URL)', TRICKY_URL);
    await fill(block, 'Summary', TRICKY);
    await clickButton(block, 'Choose image');
    await pickMedia(page, [img('lead-gruppenfoto.svg').id]);
    await insertBlock(page, 'Report infobox');
    block = await selectedBlock(frame, 'infobox');
    await fill(block, 'Label (e.g. "Background")', 'Infobox');
    await fill(block, 'Title', 'No Limit');
    await fill(
      block,
      'Text',
      'Erster Absatz & mehr.\n\nWeitere Informationen auf der [Internetseite von EPM](https://www.proarbeit-kreis-offenbach.de/?a=1&b=2).',
    );
    await clickButton(block, 'Add link');
    await fill(block, 'Link text', 'ERASMUS+ <Programm>');
    await fill(block, 'URL', 'https://erasmus-plus.ec.europa.eu/?x=1&y=2');
    await shot(page, 'editor-infobox');
    const url = await publish(page);
    await context.close();

    const v = await visit(url);
    const teaser = await dataOf(v.page, 'report-teaser');
    equal(
      [teaser.kicker, teaser.title, teaser.href, teaser.summary],
      ['Gute Praxis', seed.title, TRICKY_URL, TRICKY],
      'teaser data',
    );
    equal(teaser.image.credit, seed.image.credit, 'teaser image credit from IPTC');
    const link = await v.page.$eval('report-teaser', (e) => e.shadowRoot.querySelector('a')?.href);
    equal(link, TRICKY_URL, 'teaser link');
    const box = await dataOf(v.page, 'report-infobox');
    equal(
      box.body,
      [
        'Erster Absatz & mehr.',
        [
          'Weitere Informationen auf der ',
          { text: 'Internetseite von EPM', href: 'https://www.proarbeit-kreis-offenbach.de/?a=1&b=2' },
          '.',
        ],
      ],
      'infobox body with a link',
    );
    equal(
      box.links,
      [{ text: 'ERASMUS+ <Programm>', href: 'https://erasmus-plus.ec.europa.eu/?x=1&y=2' }],
      'infobox links',
    );
    const links = await v.page.$eval('report-infobox', (e) =>
      [...e.shadowRoot.querySelectorAll('a')].map((a) => [a.textContent.trim(), a.href]),
    );
    assert(
      links.some(([t, h]) => t === 'ERASMUS+ <Programm>' && h === 'https://erasmus-plus.ec.europa.eu/?x=1&y=2'),
      `links shown: ${JSON.stringify(links)}`,
    );
    await v.context.close();
  });

  await test('the element’s report-error messages show in the block sidebar', async () => {
    const { context, page } = await session('author');
    const frame = await newPost(page);
    await insertBlock(page, 'Report quote');
    const block = await selectedBlock(frame, 'quote');
    await fill(block, 'Quotation (without quotation marks)', 'Vertrauen ist keine Einbahnstraße');
    await fill(block, 'Source URL', 'javascript:alert(1)');
    await page.evaluate(() => window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block'));
    const notice = await page.waitForFunction(
      () =>
        [...document.querySelectorAll('.components-notice')]
          .map((n) => n.textContent.trim())
          .find((t) => t.includes('cite: ')),
      { timeout: 15000 },
    );
    const text = await notice.jsonValue();
    assert(/cite/.test(text), `notice: ${text}`);
    await shot(page, 'editor-problem');
    await fill(block, 'Source URL', 'https://example.org/');
    await page.waitForFunction(
      () => ![...document.querySelectorAll('.components-notice')].some((n) => n.textContent.includes('cite: ')),
      { timeout: 15000 },
    );
    await context.close();
  });

  await test('an Author imports the seed report into a Report article (Import JSON) with Media Library images; it renders as the seed', async () => {
    const { context, page } = await session('author');
    const frame = await newPost(page);
    await page.evaluate((t) => window.wp.data.dispatch('core/editor').editPost({ title: t }), seed.title);
    await insertBlock(page, 'Report article');
    const block = await selectedBlock(frame, 'article');
    // The seed with its images taken from the Media Library (ids; the server adds src, srcset and sizes).
    const report = structuredClone(seed);
    const lib = (image) => ({
      ...image,
      id: img(image.src.split('/').pop()).id,
      src: img(image.src.split('/').pop()).url,
    });
    report.image = lib(report.image);
    for (const b of report.blocks) if (b.type === 'gallery') b.images = b.images.map(lib);
    // Import JSON: the sidebar panel (Settings tab of the block).
    await page.evaluate(() => window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block'));
    await page.waitForSelector('.interface-complementary-area .components-panel__body');
    await clickButton(page.mainFrame(), 'Import JSON');
    const area = await page.waitForSelector('.report-elements-import textarea');
    await area.evaluate((t, json) => {
      // Pasted (typing 13 kB would take long): React reads the native value setter.
      const set = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
      set.call(t, json);
      t.dispatchEvent(new Event('input', { bubbles: true }));
    }, JSON.stringify(report));
    await clickButton(page.mainFrame(), 'Import');
    await frame.waitForFunction(
      (b, n) => b.querySelectorAll('.block-editor-block-list__block').length >= n,
      { timeout: 20000 },
      block,
      report.blocks.length,
    );
    // The post has the report's title, so the block leaves its own out by default, and says so.
    const toggle = await page.$$eval('.report-elements-title-choice', (boxes) =>
      boxes.map((b) => [b.querySelector('input[type="checkbox"]')?.checked, b.textContent]),
    );
    equal(toggle.length, 1, 'one "Show the report title" toggle in the sidebar');
    assert(toggle[0][0] === false && /post title/.test(toggle[0][1]), `the toggle: ${JSON.stringify(toggle[0])}`);
    await shot(page, 'editor-article');
    // The live preview: the real element, in the canvas.
    await page.click('button.report-elements-preview-toggle');
    // As on the page: the title hidden, the body's headings at h2 (under the editor's post title).
    await frame.waitForFunction(
      () => {
        const root = document.querySelector('.report-elements-preview:not([hidden]) report-article')?.shadowRoot;
        const title = root?.querySelector('[part~="title"]');
        return title && getComputedStyle(title).display === 'none' && root.querySelector('h2[part~="heading"]');
      },
      { timeout: 15000 },
    );
    await shot(page, 'editor-article-preview');
    const url = await publish(page);
    posts.article = url;
    await context.close();

    const v = await visit(url);
    const data = await dataOf(v.page, 'report-article');
    equal(data.title, seed.title, 'title');
    equal(data.lead, seed.lead, 'lead');
    equal(
      data.blocks.map((b) => b.type),
      seed.blocks.map((b) => b.type),
      'the body blocks, in order',
    );
    const strip = (b) =>
      JSON.parse(
        JSON.stringify(b, (k, v) => (['src', 'srcset', 'sizes', 'width', 'height', 'id'].includes(k) ? undefined : v)),
      );
    equal(data.blocks.map(strip), seed.blocks.map(strip), 'the body blocks equal the seed (image URLs aside)');
    assert(data.image.srcset, 'main image has a srcset');
    // The post's title is the report's: the theme's h1 shows it once, and the article's headings follow at h2.
    const outline = await headingOutline(v.page);
    equal(
      outline.filter((h) => h.name.includes(seed.title)),
      [{ level: 1, name: seed.title }],
      'the title once, as the theme’s h1 (not again as the report’s heading)',
    );
    // The article's headings (sections, then the gallery's and infobox's titles, which may carry a kicker).
    const sections = seed.blocks
      .filter((b) => b.title || b.type === 'heading')
      .map((b) => outline.findIndex((h) => h.name.endsWith(b.text ?? b.title)));
    equal(
      sections.map((i) => outline[i]?.level),
      sections.map(() => 2),
      'the body’s headings, gallery and infobox titles at h2',
    );
    equal(outline[sections[0] - 1], { level: 1, name: seed.title }, 'right after the theme’s h1');
    const fallback = await v.page.$eval('report-article', (e) =>
      [...e.querySelectorAll('article :is(h1, h2, h3, h4, h5, h6)')].map((h) => [h.localName, h.textContent]),
    );
    equal(fallback[0], ['h2', seed.blocks.find((b) => b.type === 'heading').text], 'the fallback markup: h2 first');
    assert(!fallback.some(([, t]) => t === seed.title), 'the fallback markup leaves the title out too');
    await shot(v.page, 'front-article');
    await v.context.close();

    // A post with a title of its own, and one that asks for the title: the report's title is an h2 again.
    const body = `<!-- wp:paragraph --><p>Text.</p><!-- /wp:paragraph -->`;
    const head = { title: seed.title.replace(/&/g, '&amp;'), kicker: seed.kicker };
    for (const [postTitle, attrs, why] of [
      ['Reports from the regions', {}, 'a post with another title'],
      [seed.title, { showTitle: true }, '"Show the report title" switched on'],
    ]) {
      const post = await rest('author', '/wp/v2/posts', {
        method: 'POST',
        body: {
          title: postTitle,
          status: 'publish',
          content: `<!-- wp:report-elements/article ${JSON.stringify({ data: head, ...attrs })} -->${body}<!-- /wp:report-elements/article -->`,
        },
      });
      const shown = await visit(post.link);
      const found = (await headingOutline(shown.page)).filter((h) => h.name.includes(seed.title));
      equal(
        found.map((h) => h.level),
        postTitle === seed.title ? [1, 2] : [2],
        `${why}: the report's title as an h2 below the theme's h1`,
      );
      // The kicker is read as part of the heading ("Gute Praxis: Erfahrungsaustausch …").
      assert(found.at(-1).name.startsWith(seed.kicker), `the heading with its kicker: ${found.at(-1).name}`);
      await shown.context.close();
    }
  });

  /** A post with a nine-image Report gallery: the Author's from the editor test, else one made through REST. */
  async function galleryPost() {
    if (posts['author-quote-gallery']) return posts['author-quote-gallery'];
    const images = galleryFiles.map((f) => ({
      id: img(f).id,
      src: img(f).url,
      alt: img(f).item.alt.replace(/&/g, '&amp;'),
    }));
    const content = `<!-- wp:report-elements/gallery ${JSON.stringify({ data: { title: 'Bildergalerie', images } })} /-->`;
    const post = await rest('author', '/wp/v2/posts', {
      method: 'POST',
      body: { title: 'Gallery', status: 'publish', content },
    });
    return (posts['author-quote-gallery'] = post.link);
  }

  await test('the lightbox opens from a thumbnail, counts "Image 3 of 9", and the Back button closes it', async () => {
    const url = await galleryPost();
    const v = await visit(url);
    const { page } = v;
    await page.$eval('report-gallery', (e) => e.shadowRoot.querySelectorAll('[part~="thumb"]')[2].click());
    await page.waitForFunction(() => document.querySelector('report-gallery').shadowRoot.querySelector('dialog[open]'));
    equal((await partText(page, 'report-gallery', 'counter'))[0], 'Image 3 of 9', 'counter (en_US site)');
    await shot(page, 'front-lightbox');
    await page.evaluate(() => history.back());
    await page.waitForFunction(
      () => !document.querySelector('report-gallery').shadowRoot.querySelector('dialog[open]'),
      { timeout: 5000 },
    );
    equal(new URL(page.url()).pathname, new URL(url).pathname, 'still on the post');
    await v.context.close();
  });

  await test('a de_DE site shows „Bild 3 von 9“ (html lang from WordPress), a report in English keeps its language', async () => {
    // WordPress accepts a site language only when it is installed (wp-content/languages/de_DE.mo). The
    // translation files are not needed here (no network for language packs): an empty catalogue makes
    // German the site language, as Settings → General would, and WordPress writes <html lang="de-DE">.
    const languages = join(bed.DIR, 'wp-content/languages');
    mkdirSync(languages, { recursive: true });
    if (!existsSync(join(languages, 'de_DE.mo'))) writeFileSync(join(languages, 'de_DE.mo'), headerOnlyMo('de_DE'));
    equal(sitePhp(`update_option( 'WPLANG', 'de_DE' ); echo get_option( 'WPLANG' );`), 'de_DE', 'site language');
    try {
      const v = await visit(await galleryPost());
      equal(await v.page.$eval('html', (h) => h.lang), 'de-DE', '<html lang>');
      await v.page.$eval('report-gallery', (e) => e.shadowRoot.querySelectorAll('[part~="thumb"]')[2].click());
      await v.page.waitForFunction(() =>
        document.querySelector('report-gallery').shadowRoot.querySelector('dialog[open]'),
      );
      equal((await partText(v.page, 'report-gallery', 'counter'))[0], 'Bild 3 von 9', 'counter (de_DE site)');
      await v.context.close();
      // A quote block whose content language is English, on the German site.
      const post = await rest('author', '/wp/v2/posts', {
        method: 'POST',
        body: {
          title: 'English quote',
          status: 'publish',
          content: `<!-- wp:report-elements/quote {"data":{"text":"Trust is not a one-way street","author":"D. B."},"lang":"en"} /-->`,
        },
      });
      const e = await visit(post.link);
      equal(await e.page.$eval('report-quote', (q) => q.getAttribute('lang')), 'en', 'lang on the element');
      const text = (await partText(e.page, 'report-quote', 'text'))[0];
      assert(text.startsWith('“'), `English quotation marks inside a German page: ${text}`);
      await e.context.close();
    } finally {
      sitePhp(`update_option( 'WPLANG', '' );`);
    }
  });

  await test('Authors, Contributors and Administrators store the same and render text with & < > " \' exactly (REST save, kses)', async () => {
    const stored = JSON.stringify({
      text: TRICKY.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
      author: 'A & B'.replace(/&/g, '&amp;'),
      cite: TRICKY_URL.replace(/&/g, '&amp;'),
    });
    const content = `<!-- wp:report-elements/quote {"data":${stored}} /-->`;
    const seen = [];
    for (const user of ['author', 'contributor', 'admin']) {
      const post = await rest(user, '/wp/v2/posts', {
        method: 'POST',
        body: { title: `Round trip ${user}`, status: user === 'contributor' ? 'pending' : 'publish', content },
      });
      const raw = await rest('admin', `/wp/v2/posts/${post.id}?context=edit`);
      const html = raw.content.rendered;
      const json = /data-report="([^"]*)"/.exec(html)?.[1];
      assert(json, `no data-report in ${html.slice(0, 200)}`);
      const data = JSON.parse(
        json
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&#0?39;/g, "'")
          .replace(/&amp;/g, '&'),
      );
      equal([data.text, data.author, data.cite], [TRICKY, 'A & B', TRICKY_URL], `rendered data for ${user}`);
      // The block's attributes as parsed (kses re-serialises them with \u0026 escapes; the values are what count).
      seen.push(JSON.parse(/wp:report-elements\/quote (\{.*\}) \/-->/.exec(raw.content.raw)[1]));
    }
    equal(seen[0], seen[1], 'Author and Contributor store the same');
    equal(seen[0], seen[2], 'Author and Administrator store the same');
  });

  await test('an Author’s Custom HTML with <report-quote data-report> and <report-gallery src> renders (allowlist)', async () => {
    const quote = { text: TRICKY, author: 'Doreen Barth', role: 'Coachin', cite: TRICKY_URL };
    const attr = JSON.stringify(quote)
      .replace(/&/g, '&amp;')
      .replace(/"/g, '&quot;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/'/g, '&#39;');
    // src: a JSON file with relative image URLs, put on the server (WordPress refuses .json uploads).
    const dir = join(bed.DIR, 'wp-content/uploads/re-e2e-src');
    mkdirSync(join(dir, 'images'), { recursive: true });
    const gallery = seed.blocks.find((b) => b.type === 'gallery');
    writeFileSync(join(dir, 'gallery.json'), JSON.stringify({ title: gallery.title, images: gallery.images }));
    for (const f of galleryFiles)
      writeFileSync(join(dir, 'images', f), readFileSync(join(ROOT, 'test/fixtures/images', f)));
    const content = `<!-- wp:html -->\n<report-quote data-report="${attr}"><figure><blockquote><p>${TRICKY.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p></blockquote></figure></report-quote>\n<!-- /wp:html -->\n\n<!-- wp:html -->\n<report-gallery src="/wp-content/uploads/re-e2e-src/gallery.json"></report-gallery>\n<!-- /wp:html -->`;
    const post = await rest('author', '/wp/v2/posts', {
      method: 'POST',
      body: { title: 'Custom HTML', status: 'publish', content },
    });
    const raw = (await rest('author', `/wp/v2/posts/${post.id}?context=edit`)).content.raw;
    assert(
      raw.includes('<report-quote data-report="') &&
        raw.includes('<report-gallery src="/wp-content/uploads/re-e2e-src/gallery.json">'),
      `kses kept: ${raw.slice(0, 300)}`,
    );
    const v = await visit(post.link);
    equal(await dataOf(v.page, 'report-quote'), quote, 'data-report after kses');
    assert((await partText(v.page, 'report-quote', 'text'))[0].includes(TRICKY), 'quote text shown');
    const thumbs = await v.page.$eval('report-gallery', (e) =>
      [...e.shadowRoot.querySelectorAll('[part~="thumb"] img, img')].map((i) => i.currentSrc || i.src),
    );
    assert(
      thumbs.length >= 9 && thumbs.every((s) => s.includes('/wp-content/uploads/re-e2e-src/images/')),
      `gallery from src, images relative to the JSON: ${thumbs.slice(0, 2)}`,
    );
    const broken = await v.page.$eval(
      'report-gallery',
      (e) => [...e.shadowRoot.querySelectorAll('img')].filter((i) => i.complete && !i.naturalWidth).length,
    );
    equal(broken, 0, 'no broken images');
    await v.context.close();
  });

  await test('an Author’s core Gallery block with the class "report-gallery" becomes the lightbox gallery', async () => {
    const ids = galleryFiles.slice(0, 3).map((f) => img(f));
    const inner = ids
      .map(
        (m) =>
          `<!-- wp:image {"id":${m.id},"sizeSlug":"large","linkDestination":"none"} -->\n<figure class="wp-block-image size-large"><img src="${m.url}" alt="${m.item.alt}" class="wp-image-${m.id}"/><figcaption class="wp-element-caption">${m.item.caption}</figcaption></figure>\n<!-- /wp:image -->`,
      )
      .join('\n\n');
    const content = `<!-- wp:gallery {"linkTo":"none","className":"report-gallery"} -->\n<figure class="wp-block-gallery has-nested-images columns-default is-cropped report-gallery">${inner}</figure>\n<!-- /wp:gallery -->`;
    const post = await rest('author', '/wp/v2/posts', {
      method: 'POST',
      body: { title: 'Core gallery', status: 'publish', content },
    });
    const v = await visit(post.link);
    await v.page.waitForFunction(
      () => document.querySelector('report-gallery')?.shadowRoot?.querySelectorAll('[part~="thumb"]').length === 3,
      { timeout: 10000 },
    );
    await v.page.$eval('report-gallery', (e) => e.shadowRoot.querySelectorAll('[part~="thumb"]')[1].click());
    await v.page.waitForFunction(() =>
      document.querySelector('report-gallery').shadowRoot.querySelector('dialog[open]'),
    );
    equal((await partText(v.page, 'report-gallery', 'counter'))[0], 'Image 2 of 3', 'counter');
    await v.context.close();
  });

  await test('the bundle is loaded once on pages with report content and not at all on other pages', async () => {
    const v = await visit(posts.article || (await galleryPost()));
    const scripts = v.requests.filter((u) => /\/report-elements\/assets\/report-elements\.js/.test(u));
    equal(scripts.length, 1, 'one request for the bundle');
    const tags = await v.page.$$eval(
      'script[src*="report-elements.js"], script[type="module"][src*="report-elements"]',
      (s) => s.map((e) => e.getAttribute('src')),
    );
    equal(tags.length, 1, `one script tag: ${tags}`);
    await v.context.close();
    const plain = await rest('author', '/wp/v2/posts', {
      method: 'POST',
      body: {
        title: 'Plain',
        status: 'publish',
        content: '<!-- wp:paragraph --><p>Nothing to see.</p><!-- /wp:paragraph -->',
      },
    });
    const p = await session(null);
    const requests = [];
    p.page.on('request', (r) => requests.push(r.url()));
    await p.page.goto(plain.link, { waitUntil: 'networkidle0' });
    equal(
      requests.filter((u) => u.includes('/report-elements/assets/')).length,
      0,
      'no bundle on a page without report content',
    );
    await p.context.close();
  });

  await test('no PHP notice or warning from the server render with empty and odd attributes', async () => {
    const out = JSON.parse(sitePhp(`require ${JSON.stringify(join(ROOT, 'cms/wordpress/test/render-edge.php'))};`));
    equal(out.problems, [], 'PHP problems');
  });

  await test('no page made a request to a host other than 127.0.0.1', async () => {
    equal(outside, [], 'requests to other hosts');
  });
}

try {
  await main();
} catch (e) {
  results.push({ name: 'setup', ok: false });
  console.log(`  ✖ setup: ${e?.stack || e}`);
} finally {
  await browser?.close();
  if (!KEEP && site) {
    try {
      sitePhp(
        `require_once ABSPATH . 'wp-admin/includes/plugin.php'; deactivate_plugins( 'report-elements/report-elements.php', true ); update_option( 'WPLANG', '' );`,
      );
    } catch {
      /* reported above */
    }
    if (site.startedServer) await bed.stop();
  }
}
process.exitCode = finish() ? 1 : 0;
