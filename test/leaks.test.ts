import { expect, fixture, html } from '@open-wc/testing';
import '../src/report-elements.js';
import { seed, seedGallery, TestEnvironment } from './helpers.js';

// Nothing is registered on import: this file's own environment, cleaned after each test.
const env = new TestEnvironment();
afterEach(() => env.cleanup());

declare global {
  interface Window {
    gc?: () => void;
  }
}

const CYCLES = 200;

/** The listeners on `window` and `document` that were added and not removed while `body` ran. */
async function listenerBalance(body: () => Promise<void>): Promise<number> {
  const live = new Set<string>();
  const ids = new WeakMap<object, number>();
  const key = (t: number, type: string, fn: unknown) => {
    if (!ids.has(fn as object)) ids.set(fn as object, Math.random());
    return `${t} ${type} ${ids.get(fn as object)}`;
  };
  const targets = [window, document] as EventTarget[];
  const originals = targets.map((t) => [t.addEventListener, t.removeEventListener] as const);
  targets.forEach((t, i) => {
    t.addEventListener = function (...args: Parameters<EventTarget['addEventListener']>) {
      live.add(key(i, args[0], args[1]));
      return originals[i]![0].apply(this, args);
    };
    t.removeEventListener = function (...args: Parameters<EventTarget['removeEventListener']>) {
      live.delete(key(i, args[0], args[1]));
      return originals[i]![1].apply(this, args);
    };
  });
  try {
    await body();
  } finally {
    targets.forEach((t, i) => {
      t.addEventListener = originals[i]![0];
      t.removeEventListener = originals[i]![1];
    });
  }
  return live.size;
}

describe(`leaks over ${CYCLES} create/remove cycles`, function () {
  this.timeout(60_000);

  it('leaves no window or document listeners behind, lightbox opened and closed included', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const left = await listenerBalance(async () => {
      for (let i = 0; i < CYCLES; i++) {
        const g = document.createElement('report-gallery');
        g.data = seedGallery();
        host.append(g);
        await g.updateComplete;
        if (i % 20 === 0) {
          await g.show(i % 9);
          await g.next();
        }
        g.remove(); // removed while open, too
        await g.updateComplete;
      }
    });
    expect(left).to.equal(0);
  });

  it('lets removed elements be garbage-collected (Chromium: window.gc; other engines cannot force GC)', async function () {
    if (!window.gc) {
      // Firefox and WebKit expose no way to force a collection from a page: the listener balance above
      // is the check there. Say so rather than pass silently.
      console.info(`GC check not possible in ${navigator.userAgent}`);
      expect(navigator.userAgent).not.to.match(/Chrome\//);
      return;
    }
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const refs: WeakRef<Element>[] = [];
    // In its own function, so that no stack slot of this one still points at the last element.
    const cycle = async () => {
      const a = document.createElement('report-article');
      a.data = seed();
      host.append(a);
      await a.updateComplete;
      refs.push(new WeakRef(a));
      a.remove();
    };
    for (let i = 0; i < CYCLES; i++) await cycle();
    host.remove();
    // Up to 5 s: on a busy machine image loads still in flight keep their elements alive a little longer.
    for (let i = 0; i < 50 && refs.some((r) => r.deref()); i++) {
      await new Promise((r) => setTimeout(r, 100));
      window.gc();
    }
    expect(refs.filter((r) => r.deref()).length).to.equal(0);
  });
});
