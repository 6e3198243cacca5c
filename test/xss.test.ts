import { expect, fixture, html } from '@open-wc/testing';
import '../src/report-elements.js';
import { HOSTILE_URLS, type PageWatcher, seed, settled, shadow, TestEnvironment, XSS } from './helpers.js';

// Nothing is registered on import: this file's own environment, cleaned after each test.
const env = new TestEnvironment();
afterEach(() => env.cleanup());

declare global {
  interface Window {
    __pwned?: number;
  }
}

/** Every element of `root`, through nested shadow roots. */
function* deep(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}

/** Replaces every string in `value` with `payload`, and every URL-ish field with a hostile URL. */
function poison(value: unknown, payload: string, url: string): unknown {
  if (typeof value === 'string') return payload;
  if (Array.isArray(value)) return value.map((v) => poison(v, payload, url));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        ['href', 'src', 'cite', 'srcset'].includes(k) ? url : k === 'type' ? v : poison(v, payload, url),
      ]),
    );
  return value;
}

describe('safety: hostile content stays inert', () => {
  let page: PageWatcher;
  beforeEach(() => {
    page = env.watchPage();
    delete window.__pwned;
  });

  for (const [i, payload] of XSS.entries()) {
    it(`renders payload ${i + 1} as text in every string field of every element`, async () => {
      const url = HOSTILE_URLS[i % HOSTILE_URLS.length]!;
      const article = poison(seed(), payload, url) as object;
      const teaser = {
        title: payload,
        summary: payload,
        kicker: payload,
        href: url,
        image: { src: url, alt: payload },
      };
      const wrapper = await fixture(html`<div>
        <report-article .data=${article}></report-article>
        <report-teaser .data=${teaser}></report-teaser>
        <report-teaser data=${JSON.stringify(teaser)}></report-teaser>
      </div>`);
      for (const el of wrapper.children)
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await settled();
      expect(window.__pwned).to.equal(undefined);
      const elements = [...deep(wrapper)];
      expect(
        elements.filter((e) => ['SCRIPT', 'SVG', 'svg'].includes(e.tagName) && !e.closest('button')),
      ).to.deep.equal([]);
      for (const e of elements) {
        for (const attr of ['href', 'src', 'srcset', 'cite']) {
          const v = e.getAttribute(attr);
          if (v) expect(/^\s*(javascript|vbscript|data:text)/i.test(v), `${e.tagName}[${attr}]=${v}`).to.equal(false);
        }
        for (const a of e.attributes) expect(a.name.startsWith('on'), `${e.tagName} ${a.name}`).to.equal(false);
      }
      expect(shadow(wrapper.children[1]!).textContent).to.contain(payload);
      expect(page.errors.length).to.be.above(0);
      expect(page.uncaught).to.deep.equal([]);
    });
  }
});
