/**
 * Every Storybook story, rendered as Storybook renders it (its args through its render function) and checked
 * with axe in each engine: the a11y addon's promise of zero violations, kept by CI.
 */
import { expect, fixture, html } from '@open-wc/testing';
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
  args?: Record<string, unknown>;
  render?: Render;
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
