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
});
