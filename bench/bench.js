/* global performance, requestAnimationFrame, fetch, CSSStyleSheet, Node, structuredClone -- a browser page */
/**
 * The benchmark page's side: building blocks that scripts/bench/ drives through puppeteer-core. Every
 * measurement happens here, with performance.now() (or an input event's timeStamp) in the page's own clock;
 * the driver only repeats, collects and reports. Nothing here uses innerHTML or eval: the page runs under
 * the same strict CSP (Trusted Types included) as a customer page.
 */

const stage = document.getElementById('stage');
const frame = () => new Promise((r) => requestAnimationFrame(r));
const TAGS = ['report-teaser', 'report-quote', 'report-gallery', 'report-infobox', 'report-article'];

let SEED;
let GALLERY;
/** The 1,000 teasers as JSON text, made once: both contenders parse exactly these strings. */
let TEASERS = [];

// ------------------------------------------------------------------ Data

function teaserData(i) {
  // The seed-like teaser of the demo page; the title and link vary so no two cards are identical.
  return {
    kicker: SEED.kicker,
    title: `${SEED.title} (${i + 1})`,
    href: `#bericht-${i + 1}`,
    date: SEED.date,
    summary: 'Zwei Jobcenter, ein Tag, viele Ideen: wie Menschen mit psychischen Erkrankungen wieder in Arbeit finden.',
    image: SEED.image,
  };
}

// ------------------------------------------------------------------ The vanilla baseline

/**
 * The same shadow DOM as <report-teaser heading-level="3">, built by hand with createElement and
 * textContent from the same JSON text (JSON.parse included), with the same constructed style sheets adopted
 * by every shadow root, the same per-image load/error listeners and one cached Intl formatter. What it
 * leaves out is exactly what the library adds: validation, the URL allowlist, language lookup, Lit's
 * templates and its update cycle.
 */
let SHEETS;
/**
 * The bare baseline's stylesheet: the same DOM with two rules (block hosts, images that fit), so the
 * comparison shows what the library's styles cost on top of the markup (issue #15: within 2.0×).
 */
let BARE_SHEETS;
const BARE_CSS = ':host { display: block } img { display: block; max-width: 100%; height: auto }';
const formatters = new Map();
function formatDate(iso, lang) {
  let f = formatters.get(lang);
  if (!f) formatters.set(lang, (f = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' })));
  const [y, m, d] = iso.split('-').map(Number);
  return f.format(Date.UTC(y, m - 1, d));
}
function onImageError(e) {
  e.target.setAttribute('data-broken', '');
}
function onImageLoad(e) {
  e.target.removeAttribute('data-broken');
}
function element(tag, part, text) {
  const el = document.createElement(tag);
  if (part) el.setAttribute('part', part);
  if (text !== undefined) el.textContent = text;
  return el;
}
function vanillaTeaser(json, level, sheets = SHEETS) {
  const t = JSON.parse(json);
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  const lang = document.documentElement.lang || 'en';
  const article = document.createElement('article');
  const text = document.createElement('div');
  text.className = 'text';
  const h = element(`h${level}`, 'title');
  if (t.kicker) {
    const sr = element('span', undefined, ': ');
    sr.className = 'sr-only';
    h.append(element('span', 'kicker', t.kicker), sr);
  }
  if (t.href) {
    const a = element('a', 'link', t.title);
    a.setAttribute('href', t.href);
    h.append(a);
  } else h.append(t.title);
  text.append(h);
  if (t.date) {
    const time = element('time', 'date', formatDate(t.date, lang));
    time.setAttribute('datetime', t.date);
    text.append(time);
  }
  if (t.summary) text.append(element('p', 'summary', t.summary));
  article.append(text);
  if (t.image) {
    const i = t.image;
    const figure = element('figure', 'figure');
    const img = element('img', 'image');
    img.setAttribute('src', i.src);
    img.setAttribute('alt', i.alt);
    if (i.width) img.setAttribute('width', i.width);
    if (i.height) img.setAttribute('height', i.height);
    img.setAttribute('loading', 'lazy');
    img.setAttribute('decoding', 'async');
    img.setAttribute('data-path', 'image');
    img.addEventListener('error', onImageError);
    img.addEventListener('load', onImageLoad);
    figure.append(img);
    if (i.credit) {
      const caption = element('figcaption', 'caption');
      caption.append(element('span', 'credit', `${lang.startsWith('de') ? 'Quelle:' : 'Credit:'} ${i.credit}`));
      figure.append(caption);
    }
    article.append(figure);
  }
  root.append(article);
  return host;
}

/**
 * Tags, sorted attributes and text of a tree: "the same DOM" as a reader and the styles see it. Comments
 * (Lit's markers) are left out, adjacent text nodes are joined and white space is collapsed.
 */
function signature(node) {
  const out = [];
  const walk = (n) => {
    let text = '';
    const flush = () => {
      const t = text.replace(/\s+/g, ' ').trim();
      if (t) out.push(JSON.stringify(t));
      text = '';
    };
    for (const c of n.childNodes) {
      if (c.nodeType === Node.TEXT_NODE) text += c.data;
      else if (c.nodeType === Node.ELEMENT_NODE) {
        flush();
        const attrs = [...c.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
        out.push(`<${[c.localName, ...attrs].join(' ')}>`);
        walk(c);
        out.push(`</${c.localName}>`);
      }
    }
    flush();
  };
  walk(node);
  return out.join('');
}

// ------------------------------------------------------------------ Helpers

/** Waits for every report-* element in `root` and in their shadow roots, however deep, to finish updating. */
async function settled(root) {
  const els = [...root.querySelectorAll('*')].filter((e) => e.localName.startsWith('report-'));
  await Promise.all(els.map((e) => e.updateComplete));
  for (const e of els) if (e.shadowRoot) await settled(e.shadowRoot);
}

const once = (target, type) => new Promise((r) => target.addEventListener(type, r, { once: true }));
const loaded = (img) => (img.complete ? Promise.resolve() : once(img, 'load'));
const part = (g, name) => g.shadowRoot.querySelector(`[part~='${name}']`);

// ------------------------------------------------------------------ Scenarios

/**
 * (1) 1,000 teasers from JSON text until rendered: every updateComplete (vanilla: built synchronously),
 * then one animation frame and a layout read. Returns the total and its phases in ms. `kind`: 'lit' (the
 * element), 'vanilla' (the same DOM with the element's styles) or 'bare' (the same DOM, two CSS rules).
 */
async function teasers(kind, n = TEASERS.length) {
  const box = document.createElement('div');
  const t0 = performance.now();
  if (kind === 'lit') {
    const els = new Array(n);
    for (let i = 0; i < n; i++) {
      const el = document.createElement('report-teaser');
      el.setAttribute('heading-level', '3');
      el.setAttribute('data', TEASERS[i]);
      box.append(el);
      els[i] = el;
    }
    stage.append(box);
    await Promise.all(els.map((e) => e.updateComplete));
  } else {
    const sheets = kind === 'bare' ? BARE_SHEETS : SHEETS;
    for (let i = 0; i < n; i++) box.append(vanillaTeaser(TEASERS[i], 3, sheets));
    stage.append(box);
  }
  const t1 = performance.now();
  await frame();
  const t2 = performance.now();
  const height = box.getBoundingClientRect().height;
  const t3 = performance.now();
  if (!(height > n)) throw new Error(`${kind}: teasers did not lay out (height ${height})`);
  return { total: t3 - t0, build: t1 - t0, frameWait: t2 - t1, layout: t3 - t2 };
}

/** Checks that the baseline builds the same DOM as the element (and so is a fair one). */
async function sameDom() {
  const el = document.createElement('report-teaser');
  el.setAttribute('heading-level', '3');
  el.setAttribute('data', TEASERS[0]);
  stage.append(el);
  await el.updateComplete;
  const lit = signature(el.shadowRoot);
  const vanilla = signature(vanillaTeaser(TEASERS[0], 3).shadowRoot);
  el.remove();
  const litSheets = el.shadowRoot.adoptedStyleSheets.length;
  return { same: lit === vanilla, lit, vanilla, sheets: [litSheets, SHEETS.length] };
}

/** (2) One <report-article> with the whole seed: from setting `data` until it and every nested element rendered. */
async function article() {
  const el = document.createElement('report-article');
  stage.append(el);
  await el.updateComplete;
  const data = structuredClone(SEED);
  const t0 = performance.now();
  el.data = data;
  await el.updateComplete;
  await settled(el.shadowRoot);
  const t1 = performance.now();
  await frame();
  const t2 = performance.now();
  el.getBoundingClientRect();
  const t3 = performance.now();
  const nested = el.shadowRoot.querySelectorAll('report-quote, report-gallery, report-infobox').length;
  el.remove();
  return { total: t3 - t0, build: t1 - t0, frameWait: t2 - t1, layout: t3 - t2, nested };
}

/**
 * A gallery of `n` images: the seed's nine, repeated, each with its own title and caption (so `n` images, but
 * the same nine files: what is measured is the library, not image decoding). With `photos`, the JPEG
 * renditions that scripts/bench/browser.mjs makes of them; otherwise the seed's SVGs.
 */
function galleryOf(n, photos = false) {
  if (n === GALLERY.images.length && !photos) return GALLERY;
  const images = Array.from({ length: n }, (_, i) => {
    const image = GALLERY.images[i % GALLERY.images.length];
    const src = photos ? image.src.replace(/^images\/(.*)\.svg$/, 'photos/$1.jpg') : image.src;
    return { ...image, src, title: `Bild ${i + 1}`, caption: `${image.caption ?? ''} (${i + 1})` };
  });
  return { ...GALLERY, images };
}

/** Appends `count` galleries of `images` images and waits until they are rendered and laid out. */
async function appendGalleries(count, images, photos) {
  const json = JSON.stringify(galleryOf(images, photos));
  const box = document.createElement('div');
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const g = document.createElement('report-gallery');
    g.setAttribute('data', json);
    box.append(g);
  }
  stage.append(box);
  await Promise.all([...box.children].map((g) => g.updateComplete));
  await frame();
  box.getBoundingClientRect();
  return { box, ms: performance.now() - t0 };
}

/** (6) Rendering cost: `count` galleries of `images` images each, from `data` until laid out. */
async function renderGalleries(count, images, photos) {
  const { box, ms } = await appendGalleries(count, images, photos);
  box.remove();
  return { total: ms, perGallery: ms / count, perImage: ms / count / images };
}

/**
 * (3, 6) The gallery whose viewer is measured: with `images` images, on a page with `count` galleries (the
 * one in the middle). Every distinct image is shown once first, so all of them are cached.
 */
let lightbox;
let lightboxData;
async function mountLightbox({ images = GALLERY.images.length, count = 1, photos = false } = {}) {
  const { box } = await appendGalleries(count, images, photos);
  lightbox = box.children[count >> 1];
  lightboxData = galleryOf(images, photos);
  for (let i = 0; i < Math.min(images, GALLERY.images.length); i++) {
    await lightbox.show(i);
    await loaded(part(lightbox, 'viewer-image'));
  }
  const closed = once(lightbox, 'report-lightbox-close');
  lightbox.close();
  await closed;
  await frame();
  return images;
}

let pending;
/** Starts timing at the next trusted input event of `type` (its timeStamp: when the input happened). */
function inputStart(type) {
  return new Promise((r) => window.addEventListener(type, (e) => r(e.timeStamp), { capture: true, once: true }));
}

/** Arms the click-to-open measurement: dialog open and its image complete (then a layout read). */
function armOpen(index) {
  const start = inputStart('click');
  pending = (async () => {
    await once(lightbox, 'report-lightbox-open');
    const img = part(lightbox, 'viewer-image');
    await loaded(img);
    if (!part(lightbox, 'lightbox').open || lightbox.currentIndex !== index)
      throw new Error('lightbox did not open on the clicked image');
    img.getBoundingClientRect();
    return performance.now() - (await start);
  })();
}

/** Arms the next-image measurement: new image complete and counter updated (then a layout read). */
function armNext(index) {
  const start = inputStart('keydown');
  const expected = lightboxData.images[index].src;
  const counter = `Bild ${index + 1} von ${lightboxData.images.length}`;
  pending = (async () => {
    await once(lightbox, 'report-lightbox-change');
    const img = part(lightbox, 'viewer-image');
    if (!img.src.endsWith(expected)) throw new Error(`expected ${expected}, shows ${img.src}`);
    await loaded(img);
    const shown = part(lightbox, 'counter').textContent.trim();
    if (shown !== counter) throw new Error(`counter says "${shown}", expected "${counter}"`);
    img.getBoundingClientRect();
    return performance.now() - (await start);
  })();
}

/**
 * The browser's own share: a bare `<dialog>` (no library code) opened modally and closed on the same page,
 * each with the style and layout it forces. Modality makes the whole page inert, which the browser restyles.
 */
let plainDialog;
async function bareModal() {
  if (!plainDialog) stage.append((plainDialog = document.createElement('dialog')));
  await frame();
  const t0 = performance.now();
  plainDialog.showModal();
  plainDialog.getBoundingClientRect();
  await frame();
  const t1 = performance.now();
  plainDialog.close();
  plainDialog.getBoundingClientRect();
  return { open: t1 - t0, close: performance.now() - t1 };
}

/** Arms the close measurement: Escape → dialog closed and focus back on the thumbnail (then a layout read). */
function armClose() {
  const start = inputStart('keydown');
  pending = (async () => {
    await once(lightbox, 'report-lightbox-close');
    if (part(lightbox, 'lightbox')?.open) throw new Error('lightbox still open');
    lightbox.getBoundingClientRect();
    return performance.now() - (await start);
  })();
}

/** The point of the thumbnail to click, in viewport coordinates, after scrolling it into view. */
function thumbPoint(index) {
  const thumb = lightbox.shadowRoot.querySelectorAll("[part~='thumb']")[index];
  thumb.scrollIntoView({ block: 'center' });
  const r = thumb.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** (4) Memory: `n` galleries appended and rendered; on every `openEvery`-th the lightbox opened and closed. */
let galleries;
async function createGalleries(n, openEvery) {
  const box = document.createElement('div');
  const json = JSON.stringify(GALLERY);
  for (let i = 0; i < n; i++) {
    const g = document.createElement('report-gallery');
    g.setAttribute('data', json);
    box.append(g);
  }
  stage.append(box);
  const els = [...box.children];
  await Promise.all(els.map((g) => g.updateComplete));
  await frame();
  box.getBoundingClientRect();
  let opened = 0;
  for (let i = 0; i < n; i += openEvery) {
    const g = els[i];
    await g.show(1);
    await g.next();
    await loaded(part(g, 'viewer-image'));
    const closed = once(g, 'report-lightbox-close');
    g.close();
    await closed;
    opened++;
  }
  galleries = box;
  const nodes = box.querySelectorAll('report-gallery').length;
  return { galleries: nodes, opened };
}

/**
 * Removes every gallery and drops every reference the page holds. `leak` (the self-test) takes that many
 * galleries out on their own and keeps them, as a page that caches removed elements would.
 */
function removeGalleries(leak = 0) {
  if (leak) window.leaked = [...galleries.children].slice(0, leak).map((g) => (g.remove(), g));
  galleries.remove();
  galleries = undefined;
  lightbox?.remove();
  lightbox = undefined;
  lightboxData = undefined;
  pending = undefined;
}

/**
 * The library's own steps for 1,000 teasers, each timed alone (for --profile): JSON.parse, the teaser's
 * validation (the element's `check`, reached through an instance), the date with the cached Intl formatter,
 * and the language lookup every element does on each update.
 */
function pieces() {
  const probe = document.createElement('report-teaser');
  const check = probe.check;
  const n = TEASERS.length;
  const time = (f) => {
    const t = performance.now();
    for (let i = 0; i < n; i++) f(i);
    return performance.now() - t;
  };
  const parsed = TEASERS.map((s) => JSON.parse(s));
  return {
    'JSON.parse': time((i) => JSON.parse(TEASERS[i])),
    validation: check ? time((i) => check(parsed[i], '', [])) : NaN,
    'Intl date': time(() => formatDate(SEED.date, 'de')),
    'createElement(report-teaser)': time(() => document.createElement('report-teaser')),
    'vanilla DOM build (no parse)': time((i) => vanillaTeaser(TEASERS[i], 3)) - time((i) => JSON.parse(TEASERS[i])),
  };
}

// ------------------------------------------------------------------ Start

async function start() {
  await Promise.all(TAGS.map((t) => customElements.whenDefined(t)));
  SEED = await (await fetch('seed.json')).json();
  GALLERY = SEED.blocks.find((b) => b.type === 'gallery');
  TEASERS = Array.from({ length: 1000 }, (_, i) => JSON.stringify(teaserData(i)));
  // The baseline adopts its own sheets, made once from the element's CSS text, exactly as Lit does.
  SHEETS = customElements.get('report-teaser').elementStyles.map((s) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(s.cssText);
    return sheet;
  });
  BARE_SHEETS = [new CSSStyleSheet()];
  BARE_SHEETS[0].replaceSync(BARE_CSS);
  return { teasers: TEASERS.length, images: GALLERY.images.length };
}

window.bench = {
  ready: start(),
  teasers,
  sameDom,
  article,
  mountLightbox,
  armOpen,
  armNext,
  armClose,
  thumbPoint,
  get pending() {
    return pending;
  },
  createGalleries,
  removeGalleries,
  renderGalleries,
  bareModal,
  pieces,
};
