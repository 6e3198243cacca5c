/**
 * Every Storybook story, rendered as Storybook renders it (its args through its render function) and checked
 * with axe in each engine: the a11y addon's promise of zero violations, kept by CI.
 */
import { expect, fixture, html } from '@open-wc/testing';
// Written by `npm run analyze` (part of the build), as for Storybook itself.
import manifest from '../custom-elements.json';
import { argTypesFor, methodsOf, type Manifest } from '../stories/argtypes.js';
import * as article from '../stories/article.stories.js';
import * as cms from '../stories/cms.stories.js';
import * as gallery from '../stories/gallery.stories.js';
import * as infobox from '../stories/infobox.stories.js';
import * as languages from '../stories/languages.stories.js';
import * as quote from '../stories/quote.stories.js';
import * as teaser from '../stories/teaser.stories.js';
import { TestEnvironment } from './helpers.js';

// Nothing is registered on import: this file's own environment, cleaned after each test.
const env = new TestEnvironment();
afterEach(() => env.cleanup());

type Render = (args: Record<string, unknown>, context: unknown) => unknown;
interface StoryLike {
  name?: string;
  args?: Record<string, unknown>;
  render?: Render;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
}

/** Waits for every report element, nested ones included, to finish rendering. */
async function settled(root: ParentNode): Promise<void> {
  for (const el of root.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) {
    if (el.localName.startsWith('report-')) await el.updateComplete;
    if (el.shadowRoot) await settled(el.shadowRoot);
  }
}

// The invalid-data stories report on purpose: keep their console messages out of the test log.
const quiet = (e: Event) => e.preventDefault();
before(() => document.addEventListener('report-error', quiet));
after(() => document.removeEventListener('report-error', quiet));

for (const mod of [article, teaser, quote, gallery, infobox, cms, languages]) {
  const meta = mod.default as unknown as { title: string; args?: Record<string, unknown>; render: Render };
  describe(`stories: ${meta.title}`, () => {
    for (const [name, value] of Object.entries(mod)) {
      if (name === 'default' || !value || typeof value !== 'object') continue;
      const story = value as StoryLike;
      it(`${name} has no accessibility violations`, async () => {
        const args = { ...meta.args, ...story.args };
        const el = await fixture<HTMLDivElement>(html`<div lang="de">${(story.render ?? meta.render)(args, {})}</div>`);
        await settled(el);
        await expect(el).to.be.accessible();
      });
    }
  });
}

// ------------------------------------------------------------------------------------ Docs tables (argTypes)

const cem = manifest as Manifest;
interface Declared {
  tagName?: string;
  attributes?: { name: string; fieldName?: string }[];
  members?: { name: string; kind?: string; privacy?: string; static?: boolean }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
}
const declarations = (cem.modules ?? []).flatMap((m) => (m.declarations ?? []) as Declared[]);
const tags = declarations.filter((d) => d.tagName).map((d) => d.tagName!);

describe('stories: argTypes from custom-elements.json', () => {
  it('covers every element', () => {
    expect(tags.toSorted()).to.deep.equal([
      'report-article',
      'report-gallery',
      'report-infobox',
      'report-quote',
      'report-teaser',
    ]);
  });

  for (const tag of tags) {
    const decl = declarations.find((d) => d.tagName === tag)!;
    const rows = () => argTypesFor(cem, tag);

    it(`${tag}: an attribute keeps its own row and control beside a part of the same name`, () => {
      const r = rows();
      // `data`: the attribute (JSON text, property `dataJson`) shares its row with the `data` property (objects).
      const shared = (name: string) => (decl.members ?? []).some((m) => m.name === name && m.kind === 'field');
      for (const attr of decl.attributes ?? []) {
        const category = attr.fieldName !== attr.name && shared(attr.name) ? 'properties' : 'attributes';
        expect(r[attr.name]?.table.category, `attribute ${attr.name}`).to.equal(category);
        expect(r[attr.name]?.control, `control of ${attr.name}`).not.to.equal(false);
      }
      for (const part of decl.cssParts ?? []) {
        expect(r[`part:${part.name}`]?.table.category, `part ${part.name}`).to.equal('css shadow parts');
        expect(r[`part:${part.name}`]?.name).to.equal(part.name);
      }
    });

    it(`${tag}: one row for an attribute and the property behind it`, () => {
      const r = rows();
      for (const attr of decl.attributes ?? []) {
        if (attr.fieldName && attr.fieldName !== attr.name)
          expect(r, attr.fieldName).not.to.have.property(attr.fieldName);
      }
      expect(Object.keys(r)).not.to.include('headingLevel');
      expect(r['heading-level']?.description).to.contain('`headingLevel`');
      const names = Object.values(r)
        .filter((row) => row.table.category === 'attributes' || row.table.category === 'properties')
        .map((row) => row.name);
      expect(names.length, names.join()).to.equal(new Set(names).size);
    });

    it(`${tag}: text and number controls for src, timeout and heading-level`, () => {
      const r = rows();
      expect(r['src']?.control).to.deep.equal({ type: 'text' });
      expect(r['timeout']?.control).to.deep.equal({ type: 'number' });
      expect(r['heading-level']?.control).to.deep.equal({ type: 'number' });
      expect(r['lang']?.control).to.deep.equal({ type: 'text' });
    });

    it(`${tag}: no internal attribute or member, in the manifest or the table`, () => {
      expect((decl.attributes ?? []).map((a) => a.name)).not.to.include('report-loading');
      const r = rows();
      expect(Object.keys(r)).not.to.include('report-loading');
      const hidden = (decl.members ?? []).filter(
        (m) => m.privacy === 'private' || m.privacy === 'protected' || m.static,
      );
      for (const m of hidden) expect(Object.keys(r), m.name).not.to.include(m.name);
      // An attribute for a protected or private field (internal state) is no control either.
      for (const a of decl.attributes ?? []) {
        if (hidden.some((m) => m.name === a.fieldName)) expect(Object.keys(r)).not.to.include(a.name);
      }
    });

    it(`${tag}: every event documented, with an action`, () => {
      const r = rows();
      for (const e of decl.events ?? []) {
        expect(r[e.name]?.table.category, e.name).to.equal('events');
        expect(r[e.name]?.description, e.name).to.be.a('string').and.not.equal('');
      }
      expect(r['onReportError']?.action).to.equal('report-error');
    });

    it(`${tag}: every public method documented`, () => {
      const r = rows();
      for (const m of methodsOf(cem, tag)) {
        expect(r[`${m}()`]?.table.category, m).to.equal('methods');
        expect(r[`${m}()`]?.description, m).to.be.a('string').and.not.equal('');
      }
    });
  }

  it('documents the gallery methods show, next, previous and close', () => {
    expect(methodsOf(cem, 'report-gallery').toSorted()).to.deep.equal(['close', 'next', 'previous', 'show']);
    expect(argTypesFor(cem, 'report-gallery')['show()']?.name).to.equal('show(index = 0)');
  });
});

describe('stories: a story per public method', () => {
  for (const mod of [article, teaser, quote, gallery, infobox]) {
    const meta = mod.default as unknown as { component: string; args?: Record<string, unknown>; render: Render };
    for (const method of methodsOf(cem, meta.component)) {
      it(`${meta.component}: the story "${method}()" calls ${method}()`, async () => {
        const story = Object.values(mod).find((s) => (s as StoryLike).name === `${method}()`) as StoryLike | undefined;
        expect(story, `a story named "${method}()"`).to.be.an('object');
        const proto = customElements.get(meta.component)!.prototype as Record<string, (...a: unknown[]) => unknown>;
        const original = proto[method]!;
        let calls = 0;
        proto[method] = function (this: unknown, ...a: unknown[]) {
          calls++;
          return original.apply(this, a);
        };
        try {
          const args = { ...meta.args, ...story!.args };
          const el = await fixture<HTMLDivElement>(html`<div>${(story!.render ?? meta.render)(args, {})}</div>`);
          await settled(el);
          await story!.play?.({ canvasElement: el });
          expect(calls, `${method}() calls`).to.be.greaterThan(0);
        } finally {
          proto[method] = original;
        }
      });
    }
  }
});
