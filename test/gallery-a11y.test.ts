/**
 * Issue #3, the lightbox for every reader: a focus ring that shows over any photo, no motion for readers who asked
 * for none, every control visible in forced colours, and images without width/height that neither distort nor
 * shift the page.
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/gallery/report-gallery.js';
import type { Image } from '../src/core/schema.js';
import type { ReportGallery } from '../src/gallery/report-gallery.js';
import {
  applyMediaRules,
  composite,
  contrastRatio,
  expectSame,
  imagesSettled,
  mediaNames,
  mediaRules,
  type PageWatcher,
  parseColor,
  part,
  type Rgba,
  shadow,
  TestEnvironment,
} from './helpers.js';

// Nothing is registered on import: this file's own environment, cleaned after each test.
const env = new TestEnvironment();
afterEach(() => env.cleanup());

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';
const FORCED_COLORS = '(forced-colors: active)';

const ENGINE = /Firefox\//.test(navigator.userAgent)
  ? 'Firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'Chromium'
    : 'WebKit';

/**
 * What this engine emulates on request; matchMedia says what the page really gets. Chromium (puppeteer over CDP)
 * emulates both: reduced motion through the runner's `emulateMedia`, forced colours through our own command
 * (`emulate-forced-colors`, scripts/browsers/commands.mjs; the stock command passes `forcedColors` to Playwright
 * only). Firefox (WebDriver BiDi, no CDP) and WebKit (WebDriver) cannot: the refusals are named in the log and in
 * the suite's title, and the gallery's own `@media` blocks for the feature are applied as if it matched
 * (`applyMediaRules`) and read back computed.
 */
const emulates = await (async () => {
  const refusals: string[] = [];
  try {
    await emulateMedia({ reducedMotion: 'reduce' });
  } catch (e) {
    refusals.push(`reduced motion (${String(e).split('\n')[0]})`);
  }
  const colors = await executeServerCommand<{ emulated: boolean; reason?: string }, { forcedColors: string }>(
    'emulate-forced-colors',
    { forcedColors: 'active' },
  );
  if (!colors?.emulated) refusals.push(`forced colours (${colors?.reason ?? 'command missing'})`);
  const found = { reducedMotion: matchMedia(REDUCED_MOTION).matches, forcedColors: matchMedia(FORCED_COLORS).matches };
  if (found.reducedMotion) await emulateMedia({ reducedMotion: 'no-preference' });
  if (found.forcedColors) await executeServerCommand('emulate-forced-colors', { forcedColors: 'none' });
  if (refusals.length)
    console.info(`${ENGINE} cannot emulate ${refusals.join(' or ')}: its stylesheet rules are applied instead.`);
  return found;
})();

/** Switches `query` on for `root` (emulated, or its rules applied); returns the switch back. */
async function mediaOn(
  root: ShadowRoot,
  query: typeof REDUCED_MOTION | typeof FORCED_COLORS,
): Promise<() => Promise<void>> {
  if (query === REDUCED_MOTION && emulates.reducedMotion) {
    await emulateMedia({ reducedMotion: 'reduce' });
    return () => emulateMedia({ reducedMotion: 'no-preference' });
  }
  if (query === FORCED_COLORS && emulates.forcedColors) {
    await executeServerCommand('emulate-forced-colors', { forcedColors: 'active' });
    return async () => void (await executeServerCommand('emulate-forced-colors', { forcedColors: 'none' }));
  }
  const restore = applyMediaRules(root, (media) => mediaNames(media, query));
  return async () => restore();
}

const nameOf = (n: Element) =>
  (n.getAttribute('part') ?? n.localName) + (n.getAttribute('aria-current') === 'true' ? ' (current)' : '');
/** The next box up in the flat tree (a shadow root's host). */
const parentOf = (n: Element): Element | null => n.parentElement ?? ((n.getRootNode() as ShadowRoot).host || null);

/** A flat white, a flat black photo, and one that fails to load (so the viewer offers Retry). */
const photo = (fill: string) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><rect width="1200" height="800" fill="${fill}"/></svg>`)}`;
const PHOTOS: Image[] = [
  { src: photo('#fff'), alt: 'A white wall.' },
  { src: photo('#000'), alt: 'A night without a moon.' },
  { src: 'images/missing-photo.svg', alt: 'A photo that does not load.' },
];

/**
 * A gallery with every viewer control (strip, full screen, Retry), opened from the keyboard on the broken photo:
 * from a key press on, focus moved by script shows its ring (`:focus-visible`), as after Tab.
 */
async function keyboardViewer(theme = '') {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang="en" style=${theme}><report-gallery thumbnails fullscreen .data=${{ title: 'Contrast', images: PHOTOS }}></report-gallery></div>`,
  );
  const el = wrapper.querySelector<ReportGallery>('report-gallery')!;
  part(el, 'thumb', 2).focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => shadow(el).querySelector("[part~='retry']"), 'the broken photo offers Retry');
  const controls = [...shadow(el).querySelectorAll<HTMLButtonElement>('dialog button')];
  const names = controls.map((c) => c.getAttribute('part'));
  expect(names).to.include.members(['close', 'previous', 'next', 'retry', 'strip-thumb']);
  if (document.fullscreenEnabled) expect(names).to.include('fullscreen');
  return { el, controls };
}

/** Focuses `control` as a keyboard user would see it. */
function focusRing(el: Element, control: HTMLElement): CSSStyleDeclaration {
  control.focus();
  expectSame(shadow(el).activeElement, control, nameOf(control));
  expect(control.matches(':focus-visible'), `${nameOf(control)} shows focus`).to.equal(true);
  return getComputedStyle(control);
}

// ---------------------------------------------------------------- Focus rings

interface Band {
  color: Rgba;
  /** Distance from the border edge outwards, in CSS px. */
  from: number;
  to: number;
}

/** The outer box shadows of a computed `box-shadow`: colour, offsets, blur and spread. */
function shadows(value: string) {
  if (value === 'none') return [];
  return value.split(/,(?![^()]*\))/).flatMap((one) => {
    const color =
      /(?:[a-z-]+\([^)]*\)|#[\da-f]+|\b[a-z]+\b)/i.exec(one.replace(/\binset\b/, ''))?.[0] ?? 'currentcolor';
    const [x = 0, y = 0, blur = 0, spread = 0] = (one.replace(color, '').match(/-?[\d.]+px/g) ?? []).map(parseFloat);
    return /\binset\b/.test(one) ? [] : [{ color: parseColor(color), x, y, blur, spread }];
  });
}

/**
 * What the focus ring paints outside the border box, band by band outwards: the outline on top, then the box
 * shadows in order; a shadow counts only where it is solid on every side (spread less blur and offset).
 */
function rings(style: CSSStyleDeclaration): Band[] {
  const layers: Band[] = [];
  if (!['none', 'hidden'].includes(style.outlineStyle) && parseFloat(style.outlineWidth) > 0) {
    const from = parseFloat(style.outlineOffset);
    layers.push({ color: parseColor(style.outlineColor), from, to: from + parseFloat(style.outlineWidth) });
  }
  for (const s of shadows(style.boxShadow))
    layers.push({ color: s.color, from: 0, to: s.spread - s.blur / 2 - Math.max(Math.abs(s.x), Math.abs(s.y)) });
  const bands: (Band & { layer: number })[] = [];
  const step = 0.25;
  for (let d = 0; d < Math.max(0, ...layers.map((l) => l.to)); d += step) {
    const layer = layers.findIndex((l) => l.from <= d && d + step <= l.to);
    const last = bands.at(-1);
    if (layer < 0) continue;
    if (last?.layer === layer && last.to === d) last.to = d + step;
    else bands.push({ color: layers[layer]!.color, from: d, to: d + step, layer });
  }
  return bands;
}

/** Room around `control` before an ancestor that clips overflow (or the viewport) cuts its ring: the least side. */
function room(control: HTMLElement): number {
  const r = control.getBoundingClientRect();
  let space = Math.min(r.left, r.top, innerWidth - r.right, innerHeight - r.bottom);
  for (let n = parentOf(control); n; n = parentOf(n)) {
    const s = getComputedStyle(n);
    if (s.overflowX !== 'visible' || s.overflowY !== 'visible') {
      const a = n.getBoundingClientRect();
      const [left, top] = [a.left + n.clientLeft, a.top + n.clientTop];
      space = Math.min(
        space,
        r.left - left,
        r.top - top,
        left + n.clientWidth - r.right,
        top + n.clientHeight - r.bottom,
      );
    }
    if (n.localName === 'dialog') break;
  }
  return space;
}

/** Opacity the control is painted with (its own times its ancestors' up to the dialog). */
function opacity(control: HTMLElement): number {
  let o = 1;
  for (let n: Element | null = control; n; n = parentOf(n)) {
    o *= parseFloat(getComputedStyle(n).opacity);
    if (n.localName === 'dialog') break;
  }
  return o;
}

const WHITE: Rgba = [255, 255, 255, 1];
const BLACK: Rgba = [0, 0, 0, 1];
const fmt = (c: Rgba) => `rgb(${c.slice(0, 3).map(Math.round).join(' ')})`;

/**
 * Checks the focus ring of every control against a white and a black photo behind it: some band at least 2 px
 * thick, not cut off by a clipping ancestor on any side, reaches 3:1 against the photo (painted with the control's
 * opacity over it).
 */
function expectVisibleRings(el: Element, controls: HTMLElement[]) {
  for (const control of controls) {
    const style = focusRing(el, control);
    const bands = rings(style);
    const space = room(control);
    const alpha = opacity(control);
    for (const [bgName, bg] of [
      ['white', WHITE],
      ['black', BLACK],
    ] as const) {
      const seen = bands.map((b) => {
        const width = Math.max(0, Math.min(b.to, space) - b.from);
        const ratio = contrastRatio(composite(b.color, bg, alpha), bg);
        return { width, ratio, text: `${fmt(b.color)} ${b.from}–${b.to}px (${width}px visible) ${ratio.toFixed(2)}:1` };
      });
      expect(
        seen.some((b) => b.width >= 2 && b.ratio >= 3),
        `${nameOf(control)} over a ${bgName} photo: no ring band of ≥ 2 px at ≥ 3:1 [${seen.map((b) => b.text).join('; ') || 'no ring'}] (room ${space}px, opacity ${alpha})`,
      ).to.equal(true);
    }
  }
}

// ---------------------------------------------------------------- Motion

const seconds = (list: string) =>
  list.split(',').map((t) => (parseFloat(t) || 0) * (t.trim().endsWith('ms') ? 0.001 : 1));

/** Whether a computed style has a transition or animation that takes time. */
function moves(s: CSSStyleDeclaration): boolean {
  const durations = seconds(s.transitionDuration);
  const properties = s.transitionProperty.split(',');
  const transition = properties.some((p, i) => p.trim() !== 'none' && durations[i % durations.length]! > 0);
  const names = s.animationName.split(',');
  const lengths = seconds(s.animationDuration);
  const animation = names.some((n, i) => n.trim() !== 'none' && lengths[i % lengths.length]! > 0);
  return transition || animation;
}

/** Everything in the gallery that could move: the host, every element, their ::before/::after, the ::backdrop. */
function movingParts(el: Element): string[] {
  const nodes = [el, ...shadow(el).querySelectorAll('*')];
  const boxes = nodes.flatMap((n) =>
    [null, '::before', '::after', ...(n.localName === 'dialog' ? ['::backdrop'] : [])].map((p) => [n, p] as const),
  );
  return boxes.filter(([n, p]) => moves(getComputedStyle(n, p))).map(([n, p]) => nameOf(n) + (p ?? ''));
}

// ---------------------------------------------------------------- Images

/** The part of an `<img>` box its picture fills (by `object-fit`), and the picture's own aspect ratio. */
function shown(img: HTMLImageElement) {
  const box = img.getBoundingClientRect();
  const ratio = img.naturalWidth / img.naturalHeight;
  const fit = getComputedStyle(img).objectFit;
  let [w, h] = [box.width, box.height];
  if (fit === 'contain' || fit === 'scale-down') {
    [w, h] = box.width / box.height > ratio ? [box.height * ratio, box.height] : [box.width, box.width / ratio];
    if (fit === 'scale-down' && w > img.naturalWidth) [w, h] = [img.naturalWidth, img.naturalHeight];
  } else if (fit === 'none') [w, h] = [img.naturalWidth, img.naturalHeight];
  else if (fit === 'cover')
    [w, h] = box.width / box.height > ratio ? [box.width, box.width / ratio] : [box.height * ratio, box.height];
  return { box, w, h, ratio, shownRatio: w / h };
}

// Generous: the slow image arrives after 3 s, and CI runs three engines on two cores.
const loaded = (img: HTMLImageElement) =>
  waitUntil(() => img.complete && img.naturalWidth > 0, `${img.src} did not load`, { timeout: 20_000 });

/** Fixture images without width/height, each URL new to the browser (`slow`: served 3 s late). */
const run = Date.now();
const bare = (file: string, slow = false): Image => ({
  src: `images/${slow ? 'slow/' : ''}${file}?a11y-${run}-${Math.random()}`,
  alt: `Fixture ${file}.`,
});

// ---------------------------------------------------------------- Tests

describe(`report-gallery lightbox accessibility in ${ENGINE} (reduced motion ${emulates.reducedMotion ? 'emulated' : 'not emulated: stylesheet rules applied'}, forced colours ${emulates.forcedColors ? 'emulated' : 'not emulated: stylesheet rules applied'})`, () => {
  let page: PageWatcher;
  beforeEach(() => (page = env.watchPage()));

  it('shows a focus ring of at least 2 px on every viewer control that reaches 3:1 over a white and over a black photo', async () => {
    const { el, controls } = await keyboardViewer();
    expectVisibleRings(el, controls);
    // One real Tab as well: the ring follows keyboard focus, not only script focus.
    part(el, 'close').focus();
    await sendKeys({ press: 'Tab' });
    const active = shadow(el).activeElement as HTMLElement;
    expect(controls).to.include(active);
    expectVisibleRings(el, [active]);
    el.close();
  });

  it('keeps the two-tone focus ring when the page themes --report-focus-color with a light colour', async () => {
    const { el, controls } = await keyboardViewer('--report-focus-color: #ffff00');
    expectVisibleRings(el, controls);
    // The theme does reach the page: back on the thumbnails (Esc returns focus there), the ring is yellow.
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !shadow(el).querySelector('dialog')!.open, 'Esc closes the viewer');
    const thumb = part(el, 'thumb', 2);
    expect(focusRing(el, thumb).outlineColor, 'the themed ring outside the viewer').to.equal('rgb(255, 255, 0)');
  });

  it('turns every transition and animation off when the reader prefers reduced motion', async () => {
    if (/Chrome\//.test(navigator.userAgent))
      expect(emulates.reducedMotion, 'Chromium must emulate reduced motion').to.equal(true);
    const { el } = await keyboardViewer();
    const root = shadow(el);
    expect(
      movingParts(el),
      'without the preference the thumbnails and the viewer image animate (else this test proves nothing)',
    ).to.include.members(['thumbnail', 'viewer-image']);
    const off = await mediaOn(root, REDUCED_MOTION);
    try {
      if (emulates.reducedMotion) expect(matchMedia(REDUCED_MOTION).matches, 'emulated').to.equal(true);
      expect(movingParts(el), 'still moving under reduced motion').to.deep.equal([]);
    } finally {
      await off();
    }
    // In every engine, the rule itself: it covers every element and pseudo-element that any rule gives motion.
    const selectors = mediaRules(root, (m) => mediaNames(m, REDUCED_MOTION)).flatMap((r) =>
      r.selectorText.split(',').map((s) => s.trim()),
    );
    expect(selectors).to.include.members(['*', '::before', '::after']);
    const everyRule: CSSStyleRule[] = [];
    const walk = (rules: CSSRuleList) => {
      for (const r of rules)
        if (r instanceof CSSStyleRule) everyRule.push(r);
        else if (r instanceof CSSMediaRule) walk(r.cssRules);
    };
    for (const sheet of root.adoptedStyleSheets) walk(sheet.cssRules);
    const pseudos = new Set(
      everyRule
        .filter((r) => [...r.style].some((p) => /^(transition|animation)-/.test(p)))
        .flatMap((r) => r.selectorText.match(/::[a-z-]+/g) ?? []),
    );
    for (const pseudo of pseudos)
      expect(selectors, `${pseudo} has motion: the reduced-motion rule must cover it`).to.include(pseudo);
    el.close();
  });

  it('keeps every viewer control visible in forced-colors mode: system-colour borders, currentColor icons, a Highlight focus outline', async () => {
    if (ENGINE === 'Chromium') expect(emulates.forcedColors, 'Chromium must emulate forced colours').to.equal(true);
    const { el, controls } = await keyboardViewer();
    const root = shadow(el);
    const dialog = root.querySelector('dialog')!;
    const off = await mediaOn(root, FORCED_COLORS);
    try {
      if (emulates.forcedColors) expect(matchMedia(FORCED_COLORS).matches, 'emulated').to.equal(true);
      // System colours as this engine resolves them now, in the dialog's colour scheme (the probe keeps its own
      // colour: forced colours would replace it).
      const probe = dialog.appendChild(document.createElement('span'));
      probe.style.setProperty('forced-color-adjust', 'none');
      const system = (name: string) => {
        probe.style.color = name;
        return getComputedStyle(probe).color;
      };
      const boundary = new Set(['ButtonText', 'ButtonBorder', 'CanvasText', 'Highlight'].map(system));
      const highlight = system('Highlight');
      probe.remove();
      for (const control of controls) {
        const name = nameOf(control);
        const s = getComputedStyle(control);
        const borders = () =>
          ['top', 'right', 'bottom', 'left'].map((side) => s.getPropertyValue(`border-${side}-color`));
        const colors = borders();
        // Emulated, the browser itself gives the text a system colour. Else a border in currentColor counts too
        // (forced colours would give the text a system colour): seen by giving the control a colour of its own.
        let followText = colors.map(() => false);
        if (emulates.forcedColors)
          expect(boundary.has(s.color) || s.color === system('LinkText'), `${name}: text ${s.color}`).to.equal(true);
        else {
          control.style.color = 'rgb(1, 2, 3)';
          followText = borders().map((c) => c === 'rgb(1, 2, 3)');
        }
        ['top', 'right', 'bottom', 'left'].forEach((side, i) => {
          expect(parseFloat(s.getPropertyValue(`border-${side}-width`)), `${name}: border-${side}-width`).to.be.above(
            0,
          );
          expect(s.getPropertyValue(`border-${side}-style`), `${name}: border-${side}-style`).not.to.be.oneOf([
            'none',
            'hidden',
          ]);
          expect(
            boundary.has(colors[i]!) || followText[i],
            `${name}: border-${side}-color ${colors[i]} is a system colour or currentColor`,
          ).to.equal(true);
        });
        if (s.getPropertyValue('forced-color-adjust'))
          expect(s.getPropertyValue('forced-color-adjust'), name).not.to.equal('none');
        // Icons draw in the control's text colour, so they take the system colour the browser gives the text.
        for (const icon of control.querySelectorAll('svg, svg *')) {
          const i = getComputedStyle(icon);
          expect(i.stroke, `${name}: icon stroke follows currentColor`).to.equal(s.color);
          expect(i.fill, `${name}: icon fill`).to.be.oneOf(['none', s.color]);
        }
        control.style.color = '';
        const f = focusRing(el, control);
        expect(f.outlineStyle, `${name}: focus outline`).not.to.be.oneOf(['none', 'hidden']);
        expect(parseFloat(f.outlineWidth), `${name}: focus outline width`).to.be.at.least(2);
        expect(f.outlineColor, `${name}: focus outline is Highlight`).to.equal(highlight);
      }
      expect(
        controls.some((c) => c.querySelector('svg')),
        'icons were checked',
      ).to.equal(true);
    } finally {
      await off();
    }
    el.close();
  });

  it('opens the viewer for images without width/height and shows each at its natural aspect ratio once loaded', async function () {
    this.timeout(40_000);
    const images = [bare('06-neumann.svg', true), bare('05-hund.svg'), bare('01-kaffee.svg')];
    const el = await fixture<ReportGallery>(html`<report-gallery lang="en" .data=${{ images }}></report-gallery>`);
    await el.show(0);
    const dialog = shadow(el).querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    let img = part(el, 'viewer-image') as HTMLImageElement;
    expect(img.hasAttribute('width') || img.hasAttribute('height'), 'no size given').to.equal(false);
    expect(img.complete, 'the slow image is still loading').to.equal(false);
    const controls = ['close', 'previous', 'next', 'counter', 'viewer-caption'].map((n) => part(el, n));
    const where = () =>
      [img, ...controls]
        .map((n) => n.getBoundingClientRect())
        .map((r) => [r.x, r.y, r.width, r.height].map(Math.round));
    const before = where();
    expect(img.getBoundingClientRect().height, 'the image area keeps its size while loading').to.be.above(100);
    for (const [i, natural] of [
      [0, 800 / 1200],
      [1, 1],
      [2, 1200 / 800],
    ] as const) {
      if (i > 0) await el.show(i);
      img = part(el, 'viewer-image') as HTMLImageElement;
      await loaded(img);
      await nextFrame();
      const s = shown(img);
      expect(s.ratio, `image ${i + 1}: the file's own ratio`).to.be.closeTo(natural, 0.01);
      expect(s.shownRatio, `image ${i + 1}: shown undistorted`).to.be.closeTo(natural, natural * 0.01);
      expect(s.w, `image ${i + 1}: not cropped`).to.be.at.most(s.box.width + 0.5);
      expect(s.h, `image ${i + 1}: not cropped`).to.be.at.most(s.box.height + 0.5);
      expect(
        Math.max(s.w / s.box.width, s.h / s.box.height),
        `image ${i + 1}: fills the image area one way`,
      ).to.be.above(0.99);
      expect(getComputedStyle(img).transform, 'not zoomed').to.be.oneOf(['none', 'matrix(1, 0, 0, 1, 0, 0)']);
      if (i === 0) expect(where(), 'nothing in the viewer moved when the image arrived').to.deep.equal(before);
    }
    expect(page.errors).to.deep.equal([]);
    el.close();
  });

  it('reserves a 3:2 box for thumbnails without width/height: nothing moves when the images load', async function () {
    this.timeout(40_000);
    const images = ['06-neumann.svg', '05-hund.svg', '01-kaffee.svg', '07-flyer.svg'].map((f) => bare(f, true));
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 40rem"><report-gallery lang="en" .data=${{ images }}></report-gallery><p>Text after the gallery.</p></div>`,
    );
    const el = wrapper.querySelector<ReportGallery>('report-gallery')!;
    const thumbs = [...shadow(el).querySelectorAll<HTMLImageElement>("[part~='thumbnail']")];
    const after = wrapper.querySelector('p')!;
    const layout = () =>
      [part(el, 'list'), after, ...thumbs, ...thumbs.map((t) => t.parentElement!)]
        .map((n) => n.getBoundingClientRect())
        .map((r) => [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 10) / 10));
    expect(
      thumbs.filter((t) => t.complete),
      'measured while the images are still loading',
    ).to.deep.equal([]);
    const before = layout();
    for (const t of thumbs) {
      const r = t.getBoundingClientRect();
      expect(r.width).to.be.above(100);
      expect(r.height, 'a 3:2 box reserved before the image arrives').to.be.closeTo((r.width * 2) / 3, 1);
    }
    await imagesSettled(shadow(el));
    expect(
      thumbs.map((t) => t.naturalWidth > 0),
      'all loaded',
    ).to.deep.equal(thumbs.map(() => true));
    await nextFrame();
    expect(layout(), 'thumbnails, list and the text below keep their place').to.deep.equal(before);
  });
});
