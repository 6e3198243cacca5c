/**
 * The published JSON Schemas (dist/schema/*.json) and the runtime validation agree: a document is valid for
 * the schema exactly when the element reports no problem with it. Checked on a labelled corpus (the seed and
 * targeted breakages), on 2,000 random mutations of the seed per element, and on random hostile URLs.
 * Runs in Node against the compiled modules, with Ajv (draft 2020-12, formats asserted), as a CMS back end would.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { part, seed as freshSeed } from '../fixtures/seed.mjs';

const root = new URL('../../', import.meta.url);
const json = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const seed = freshSeed();
const ajv = new Ajv2020({ allErrors: true, strict: true, unicodeRegExp: true });
addFormats(ajv, ['date']);

const checks = {
  teaser: (await import(new URL('dist/teaser/teaser.schema.js', root))).teaser,
  quote: (await import(new URL('dist/quote/quote.schema.js', root))).quote,
  gallery: (await import(new URL('dist/gallery/gallery.schema.js', root))).gallery,
  infobox: (await import(new URL('dist/infobox/infobox.schema.js', root))).infobox,
  article: (await import(new URL('dist/article/article.schema.js', root))).article,
};
const validators = Object.fromEntries(Object.keys(checks).map((k) => [k, ajv.compile(json(`dist/schema/${k}.json`))]));
const { url, srcset } = await import(new URL('dist/core/validate.js', root));

/** `[runtime says valid, schema says valid, runtime issues]` for one document. */
function verdicts(element, doc) {
  const issues = [];
  checks[element](structuredClone(doc), '', issues);
  return [issues.length === 0, validators[element](doc), issues];
}

const valid = {
  teaser: {
    kicker: seed.kicker,
    title: seed.title,
    date: seed.date,
    href: '/aktuelles/hospitationstag',
    summary: 'Ein Tag im Jobcenter.',
    image: seed.image,
  },
  quote: part('quote'),
  gallery: part('gallery'),
  infobox: part('infobox'),
  article: seed,
};

/** Breakages, each applied to a copy of an element's valid document; every one must be invalid for both. */
const breakages = {
  teaser: [
    (d) => delete d.title,
    (d) => (d.title = '   '),
    (d) => (d.title = 42),
    (d) => (d.href = 'javascript:alert(1)'),
    (d) => (d.href = ' \tjava\nscript:alert(1)'),
    (d) => (d.date = '2023-02-30'),
    (d) => (d.date = '24.12.2025'),
    (d) => (d.image.alt = null),
    (d) => (d.image.width = 0),
    (d) => (d.image.src = 'data:text/html,<script>alert(1)</script>'),
    (d) => (d.image.srcset = 'a.jpg 1x, javascript:alert(1) 2x'),
    (d) => (d.image.srcset = 'a.jpg 1x, '),
  ],
  quote: [
    (d) => (d.text = ''),
    (d) => (d.text = []),
    (d) => (d.text = [{ text: 'x', href: 'vbscript:msgbox(1)' }]),
    (d) => (d.text = [{ text: 'x', lang: 'deutsch!' }]),
    (d) => (d.text = 7),
    (d) => (d.cite = 'java\tscript:alert(1)'),
    (d) => (d.cite = '\u00a0'),
    (d) => (d.author = ['A']),
  ],
  gallery: [
    (d) => (d.images = []),
    (d) => (d.images[3].alt = undefined),
    (d) => (d.images[3].src = 'file:///etc/passwd'),
    (d) => (d.images[0] = 'image.jpg'),
    (d) => (d.images[1].height = -3),
    (d) => (d.title = ''),
  ],
  infobox: [
    (d) => (d.body = []),
    (d) => (d.body = ['']),
    (d) => delete d.title,
    (d) => (d.links = [{ text: 'ohne Ziel' }]),
    (d) => (d.links = [{ text: 'x', href: 'JaVaScRiPt:alert(1)' }]),
    (d) => (d.links = {}),
  ],
  article: [
    (d) => (d.blocks = [{ type: 'video', src: 'a.mp4' }]),
    (d) => (d.blocks = [{ text: 'no type' }]),
    (d) => (d.blocks[0].text = null),
    (d) => d.blocks.push({ type: 'gallery', images: [] }),
    (d) => d.blocks.push({ type: 'image', src: 'a.jpg' }),
    (d) => d.blocks.push({ type: 'heading', text: '' }),
    (d) => (d.lead = [{ href: '/x' }]),
    (d) => (d.date = '2023-13-01'),
    (d) => (d.date = '0100-02-29'),
    (d) => (d.blocks = null),
  ],
};

/** Changes the runtime accepts and the schema must accept too. */
const allowances = {
  teaser: [
    (d) => (d.kicker = null),
    (d) => (d.extra = { anything: true }),
    (d) => (d.href = 'HTTPS://example.org'),
    (d) => (d.href = '  /relativ '),
    (d) => (d.image.alt = ''),
    (d) => (d.image.src = 'data:image/svg+xml,<svg/>'),
  ],
  quote: [
    (d) => (d.text = ['Ein ', { text: 'Link', href: 'tel:+49301234' }, ' und ', { text: 'English', lang: 'en-GB' }]),
    (d) => (d.image = null),
    (d) => (d.cite = 'ht\ttps://example.org'),
  ],
  gallery: [
    (d) => (d.images = d.images.slice(0, 1)),
    (d) => (d.images[0].srcset = 'a.jpg 480w,b.jpg 800w'),
    (d) => (d.images[0].srcset = 'data:image/png;base64,AAAA 1x, b.jpg 2x'),
  ],
  infobox: [(d) => (d.links = []), (d) => (d.label = undefined)],
  article: [
    (d) => (d.blocks = []),
    (d) => delete d.image,
    (d) => (d.date = '2024-02-29'),
    (d) => (d.date = '0000-02-29'),
    (d) => (d.date = '2000-02-29'),
  ],
};

for (const element of Object.keys(checks)) {
  test(`${element}: the seed is valid for runtime and schema`, () => {
    const [rt, schema, issues] = verdicts(element, valid[element]);
    assert.deepEqual(issues, []);
    assert.equal(rt, true);
    assert.equal(schema, true, ajv.errorsText(validators[element].errors));
  });

  test(`${element}: every breakage is invalid for both`, () => {
    breakages[element].forEach((breakIt, n) => {
      const doc = structuredClone(valid[element]);
      breakIt(doc);
      const [rt, schema] = verdicts(element, doc);
      assert.deepEqual([rt, schema], [false, false], `breakage ${n}: ${breakIt}`);
    });
  });

  test(`${element}: every allowance is valid for both`, () => {
    allowances[element].forEach((allow, n) => {
      const doc = structuredClone(valid[element]);
      allow(doc);
      const [rt, schema, issues] = verdicts(element, doc);
      assert.deepEqual(
        [rt, schema],
        [true, true],
        `allowance ${n}: ${allow} ${JSON.stringify(issues)} ${ajv.errorsText(validators[element].errors)}`,
      );
    });
  });

  test(`${element}: 2,000 random mutations get the same verdict`, () => {
    fc.assert(
      fc.property(mutation(valid[element]), (doc) => {
        const [rt, schema, issues] = verdicts(element, doc);
        assert.equal(
          schema,
          rt,
          `runtime ${JSON.stringify(issues)} / schema ${ajv.errorsText(validators[element].errors)} for ${JSON.stringify(doc).slice(0, 400)}`,
        );
      }),
      { numRuns: 2000 },
    );
  });
}

/** Hostile URL material: schemes, case, the characters the URL parser strips, commas and spaces for srcset. */
const urlish = fc.string({
  unit: fc.constantFrom(
    'j',
    'a',
    'v',
    's',
    'c',
    'r',
    'i',
    'p',
    't',
    'h',
    'd',
    'm',
    'g',
    'e',
    'H',
    'T',
    'P',
    ':',
    '/',
    '.',
    ',',
    ' ',
    '\t',
    '\n',
    '\u0000',
    '\u0001',
    '\u00a0',
    '1',
    'x',
    'w',
    'data:image/',
    'https:',
    'mailto:',
    'tel:',
    'javascript:',
    'data:text/html,',
  ),
  maxLength: 24,
});

for (const [name, check, schema] of [
  ['link URL', url('link'), json('dist/schema/infobox.json').properties.links.anyOf[0].items.properties.href],
  ['image URL', url('image'), json('dist/schema/gallery.json').$defs.image.properties.src],
  ['srcset', srcset, json('dist/schema/gallery.json').$defs.image.properties.srcset.anyOf[0]],
]) {
  test(`${name}: 20,000 hostile strings get the same verdict`, () => {
    const validate = ajv.compile({ ...schema, description: undefined });
    fc.assert(
      fc.property(urlish, (s) => {
        const issues = [];
        check(s, '', issues);
        assert.equal(validate(s), issues.length === 0, `${JSON.stringify(s)}: ${JSON.stringify(issues)}`);
      }),
      { numRuns: 20000 },
    );
  });
}

/** A copy of `doc` with one node (anywhere in the tree) replaced, removed, or set to a string/number/null. */
function mutation(doc) {
  const paths = [];
  const walk = (node, path) => {
    paths.push(path);
    if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) walk(v, [...path, Array.isArray(node) ? Number(k) : k]);
  };
  walk(doc, []);
  const replacement = fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.constantFrom(
      '',
      ' ',
      'x',
      'javascript:alert(1)',
      '2024-02-30',
      'de-CH',
      'a.jpg 1x, b.jpg 2x',
      [],
      {},
      0,
      -1,
      3.5,
      true,
    ),
    urlish,
    fc.jsonValue({ maxDepth: 2 }),
  );
  return fc.tuple(fc.constantFrom(...paths.slice(1)), replacement).map(([path, value]) => {
    const copy = structuredClone(doc);
    const parent = path.slice(0, -1).reduce((n, k) => n[k], copy);
    const key = path.at(-1);
    if (value === undefined && Array.isArray(parent)) parent.splice(key, 1);
    else if (value === undefined) delete parent[key];
    else parent[key] = value;
    return copy;
  });
}
