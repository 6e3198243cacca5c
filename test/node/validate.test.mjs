/**
 * `report-elements/validate` (dist/validate.js), loaded by the package's own name as an app would: the seed is
 * valid for every parse function, and a broken value comes back with every problem at its exact JSON path.
 * Node without a DOM: the entry must load without any element code.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { part, seed } from '../fixtures/seed.mjs';

const v = await import('report-elements/validate');

test('the seed report and each of its parts are valid', () => {
  const report = v.parseArticle(seed());
  assert.equal(report.ok, true, JSON.stringify(report.errors));
  assert.equal(report.value.title, seed().title);
  assert.equal(report.value.blocks.length, seed().blocks.length);
  for (const [kind, parse] of [
    ['quote', v.parseQuote],
    ['gallery', v.parseGallery],
    ['infobox', v.parseInfobox],
  ]) {
    const result = parse(part(kind));
    assert.equal(result.ok, true, `${kind}: ${JSON.stringify(result.errors)}`);
  }
  const { kicker, title, date, image } = seed();
  assert.deepEqual(v.parseTeaser({ kicker, title, date, image, href: '/bericht' }).ok, true);
});

test('errors name the exact path, all of them at once', () => {
  const gallery = part('gallery');
  delete gallery.images[3].alt;
  gallery.images[1].src = 'javascript:alert(1)';
  gallery.images[2].width = -5;
  const result = v.parseGallery(gallery);
  assert.equal(result.ok, false);
  assert.deepEqual(
    result.errors.map((e) => e.path),
    ['images[1].src', 'images[2].width', 'images[3].alt'],
  );
  assert.match(result.errors[2].message, /required/);
  assert.equal('value' in result, false);
});

test('paths reach into the blocks of a report', () => {
  const report = seed();
  const at = report.blocks.findIndex((b) => b.type === 'gallery');
  report.blocks[at].images[0].alt = 42;
  const result = v.parseArticle(report);
  assert.equal(result.ok, false);
  assert.deepEqual(result.errors, [{ path: `blocks[${at}].images[0].alt`, message: 'expected a string, got number' }]);
});

test('a value that is not an object fails at the root path', () => {
  for (const parse of [v.parseTeaser, v.parseQuote, v.parseGallery, v.parseInfobox, v.parseArticle]) {
    const result = parse('{"title":"JSON text, not parsed"}');
    assert.deepEqual(result, { ok: false, errors: [{ path: '', message: 'expected an object, got string' }] });
  }
});

test('a dropped optional field still fails the parse (the element would report it)', () => {
  const result = v.parseTeaser({ title: 'Titel', date: '2024-02-30' });
  assert.equal(result.ok, false);
  assert.deepEqual(
    result.errors.map((e) => e.path),
    ['date'],
  );
});

test('type guards agree with the parse functions', () => {
  assert.equal(v.isArticle(seed()), true);
  assert.equal(v.isGallery(part('gallery')), true);
  assert.equal(v.isInfobox(part('infobox')), true);
  assert.equal(v.isQuote(part('quote')), true);
  assert.equal(v.isTeaser({ title: 'Titel' }), true);
  assert.equal(v.isTeaser({ title: '' }), false);
  assert.equal(v.isGallery({ images: [] }), false);
  assert.equal(v.isArticle(null), false);
});
