/**
 * Server-side rendering (report-elements/ssr) and the CLI, in Node against the built package. The browser
 * side (visible without JavaScript, styled under a strict CSP, taken over without a layout shift, lightbox
 * working afterwards) is test/ssr.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { part, seed as freshSeed } from '../fixtures/seed.mjs';

const root = new URL('../../', import.meta.url);
const seed = freshSeed();
const { renderToString, isReportTag } = await import(new URL('dist/ssr/index.js', root));
const unescape = (s) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
/** The text a reader sees in the shadow root: markup, comments and styles removed. */
const visibleText = (html) =>
  unescape(
    html
      .replace(/<style>[\s\S]*?<\/style>/g, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]+>/g, ' '),
  ).replace(/\s+/g, ' ');
const dataAttr = (html) => JSON.parse(unescape(/ data="([^"]*)"/.exec(html)[1]));

test('every element renders its seed content into a declarative shadow root', async () => {
  const cases = [
    [
      'report-article',
      seed,
      [seed.title, seed.kicker, 'Vertrauen ist keine Einbahnstraße', part('infobox').title, part('gallery').title],
    ],
    ['report-gallery', part('gallery'), [part('gallery').title]],
    ['report-infobox', part('infobox'), [part('infobox').title]],
    ['report-quote', part('quote'), [`„${part('quote').text}“`, part('quote').author]],
    [
      'report-teaser',
      { title: seed.title, kicker: seed.kicker, date: seed.date, href: '/bericht', image: seed.image },
      [seed.title, seed.kicker],
    ],
  ];
  for (const [tag, data, texts] of cases) {
    const { html, errors } = await renderToString(tag, data, { lang: 'de' });
    assert.deepEqual(errors, [], tag);
    assert.match(
      html,
      new RegExp(
        `^(<!--[^>]*-->)*<${tag}\\s[^>]*lang="de"[^>]*><template shadowroot="open" shadowrootmode="open"><style>`,
      ),
      tag,
    );
    assert.deepEqual(dataAttr(html), data, `${tag}: the data attribute carries the content for the browser`);
    const text = visibleText(html);
    if (tag === 'report-article') {
      for (const inner of ['report-quote', 'report-gallery', 'report-infobox'])
        assert.match(
          html,
          new RegExp(`<${inner}[^>]*><template shadowroot="open" shadowrootmode="open">`),
          `nested ${inner} rendered too`,
        );
    }
    if (tag === 'report-gallery') {
      for (const image of data.images)
        assert.ok(html.includes(`src="${image.src}" alt="${image.alt}"`), `thumbnail ${image.src}`);
    }
    for (const t of texts) assert.ok(text.includes(t.replace(/\s+/g, ' ')), `${tag}: "${t}" in ${text.slice(0, 200)}`);
  }
});

test('the date is formatted for the language, as in the browser', async () => {
  const data = { title: 'T', date: '2025-03-12' };
  assert.match(visibleText((await renderToString('report-teaser', data, { lang: 'de' })).html), /12\. März 2025/);
  assert.match(visibleText((await renderToString('report-teaser', data, { lang: 'en' })).html), /March 12, 2025/);
});

test('heading level, lang and id become attributes; the heading follows the level', async () => {
  const { html } = await renderToString('report-infobox', part('infobox'), { headingLevel: 4, lang: 'en', id: 'box' });
  assert.match(html, /<report-infobox[^>]* heading-level="4"[^>]* lang="en"[^>]* id="box"/);
  assert.match(html, /<h4[^>]*>/);
});

test('content is escaped: markup in the data stays text, the attribute round-trips', async () => {
  const data = { text: `<img src=x onerror=alert(1)> "Anführung" & 'Apostroph' </script><!--`, author: '<b>Name</b>' };
  const { html, errors } = await renderToString('report-quote', data, { lang: 'de' });
  assert.deepEqual(errors, []);
  assert.deepEqual(dataAttr(html), data);
  const shadow = html.slice(html.indexOf('<template'));
  assert.ok(!shadow.includes('<img src=x'), 'no element from the data');
  assert.ok(!shadow.includes('<b>'), 'no element from the data');
  assert.ok(visibleText(shadow).includes(`„<img src=x onerror=alert(1)> "Anführung" & 'Apostroph' </script><!--“`));
});

test('invalid data: errors with JSON paths, and the invalid parts are left out as in the browser', async () => {
  const gallery = part('gallery');
  gallery.images[3].src = 'javascript:alert(1)';
  delete gallery.images[5].alt;
  const { html, errors } = await renderToString('report-gallery', gallery, { lang: 'de' });
  assert.deepEqual(
    errors.map((e) => e.path),
    ['images[3].src', 'images[5].alt'],
  );
  const shadow = html.slice(html.indexOf('<template'));
  assert.ok(!shadow.includes('javascript:'));
  assert.equal((shadow.match(/<li>/g) ?? []).length, 7, 'seven valid thumbnails');
  const broken = await renderToString('report-quote', '{"text": ', {});
  assert.match(broken.errors[0].message, /^invalid JSON/);
  await assert.rejects(renderToString('report-video', {}), TypeError);
  assert.equal(isReportTag('report-video'), false);
});

test('no data renders no data attribute; the JSON text, not the object, is what gets validated', async () => {
  const empty = await renderToString('report-quote', undefined, { lang: 'de' });
  assert.deepEqual(empty.errors, []);
  assert.doesNotMatch(empty.html, /<report-quote[^>]* data[ =>]/);
  // A Date becomes a string in JSON: the browser sees a string, so the check does too.
  const dated = await renderToString(
    'report-teaser',
    { title: 'T', date: new Date(Date.UTC(2025, 2, 12)) },
    { lang: 'de' },
  );
  assert.equal(dated.errors[0].path, 'date');
  const cyclic = { text: 'x' };
  cyclic.self = cyclic;
  const r = await renderToString('report-quote', cyclic, {});
  assert.match(r.errors[0].message, /^not JSON-serialisable/);
  const hostile = await renderToString(
    'report-quote',
    {
      get text() {
        throw { toString: null };
      },
    },
    {},
  );
  assert.match(hostile.errors[0].message, /^not JSON-serialisable: object/);
});

test('gallery and teaser attributes: deep-link, thumbnails, fullscreen, priority', async () => {
  const g = await renderToString('report-gallery', part('gallery'), {
    id: 'fotos',
    deepLink: true,
    thumbnails: true,
    fullscreen: true,
    priority: true, // not a gallery attribute: left out
  });
  assert.match(g.html, /<report-gallery[^>]* id="fotos" deep-link thumbnails fullscreen>/);
  const t = await renderToString(
    'report-teaser',
    { title: 'T', image: seed.image },
    { priority: true, thumbnails: true },
  );
  assert.match(t.html, /<report-teaser[^>]* priority>/);
  assert.doesNotMatch(t.html, /<report-teaser[^>]* thumbnails/, 'only the attributes the element declares');
  assert.match(
    t.html,
    /<img[^>]* loading="eager"[^>]* fetchpriority="high"/,
    'the server renders the eager, high-priority image',
  );
});

test('styleHashes are the CSP sha256 sources of the inline styles', async () => {
  const { html, styleHashes } = await renderToString('report-article', seed, { lang: 'de' });
  const styles = [...new Set([...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]))];
  assert.equal(styles.length, 4, 'article, quote, gallery, infobox');
  assert.deepEqual(
    styleHashes,
    styles.map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`),
  );
});

const cli = (args, input) =>
  spawnSync(process.execPath, [new URL('bin/report-elements.mjs', root).pathname, ...args], {
    input,
    encoding: 'utf8',
    cwd: new URL('.', root),
  });

test('CLI: render a file to stdout, the tag guessed from the data', () => {
  const r = cli(['render', 'test/fixtures/seed.json', '--lang', 'de', '--script', '/report-elements.js', '--csp']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /<report-article[^>]*><template shadowroot/);
  assert.ok(r.stdout.includes(seed.title));
  assert.match(r.stdout, /<script type="module" src="\/report-elements.js"><\/script>\n$/);
  assert.match(r.stderr, /^add to style-src:( 'sha256-[A-Za-z0-9+/=]+'){4}$/m);
  assert.doesNotMatch(r.stderr, /Content-Security-Policy/);
});

test('CLI: stdin, --tag, problems on stderr with exit code 2, bad input exit code 1', () => {
  const ok = cli(
    ['render', '-', '--tag', 'report-quote', '--heading-level', '3', '--lang', 'en'],
    JSON.stringify({ text: 'Hi' }),
  );
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /<report-quote[^>]*heading-level="3"/);
  const bad = cli(['render', '-', '--lang', 'de'], JSON.stringify({ title: 'T', href: 'javascript:alert(1)' }));
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /<report-teaser>: 1 problem in -\n {2}href: unsafe or unsupported URL/);
  assert.match(bad.stdout, /<report-teaser/);
  assert.equal(cli(['render', 'missing.json']).status, 1);
  assert.equal(cli(['render', '-'], '{oops').status, 1);
  assert.equal(cli(['render', '-', '--tag', 'report-video'], '{}').status, 1);
  assert.equal(cli(['render', '-', '--heading-level', '9'], '{"text":"x"}').status, 1);
  assert.match(cli(['--help']).stdout, /^Usage: report-elements render/);
  const none = cli([]);
  assert.equal(none.status, 1);
  assert.match(none.stderr, /Usage: report-elements render/);
  const unknown = cli(['render', '-', '--bogus'], '{}');
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /^report-elements: Unknown option '--bogus'/);
  assert.doesNotMatch(unknown.stderr, /\n\s+at /, 'a message, not a stack trace');
  assert.match(
    cli(['render', '-', '--tag', 'report-gallery', '--id', 'g', '--deep-link'], JSON.stringify(part('gallery'))).stdout,
    /id="g" deep-link>/,
  );
  assert.match(cli(['render', '-'], '{"text":"x"}').stderr, /hint: pass --lang/);
});
