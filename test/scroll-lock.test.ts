import { expect } from '@open-wc/testing';
import { lockScroll, unlockScroll } from '../src/gallery/history.js';

describe('scroll lock', () => {
  const locked = () => document.documentElement.style.overflow === 'hidden';

  it('holds the page until the last locker lets go; a locker cannot release twice or release another', () => {
    const [a, b] = [{}, {}];
    lockScroll(a);
    lockScroll(a);
    lockScroll(b);
    unlockScroll(a);
    unlockScroll(a);
    expect(locked()).to.equal(true);
    unlockScroll({});
    expect(locked()).to.equal(true);
    unlockScroll(b);
    expect(locked()).to.equal(false);
  });

  it('restores what the page had set itself', () => {
    const root = document.documentElement;
    root.style.overflow = 'clip';
    const a = {};
    lockScroll(a);
    unlockScroll(a);
    expect(root.style.overflow).to.equal('clip');
    root.style.overflow = '';
  });

  it('pads the page by the scrollbar width it takes away, so nothing moves sideways, and takes the padding back', () => {
    // The runner's browsers hide or overlay their scrollbars (no room taken): give the page a 17 px one by
    // making the window that much wider than the root's client area (innerWidth is replaceable).
    const root = document.documentElement;
    const w = window as { innerWidth: number };
    w.innerWidth = root.clientWidth + 17;
    const a = {};
    try {
      lockScroll(a);
      expect(root.style.paddingInlineEnd).to.equal('17px');
      unlockScroll(a);
      expect(root.style.paddingInlineEnd).to.equal('');
    } finally {
      unlockScroll(a);
      delete (w as Partial<typeof w>).innerWidth;
    }
  });
});
