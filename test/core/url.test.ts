import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/core/url.js';
import { HOSTILE_URLS } from '../helpers.js';

describe('safeUrl', () => {
  it('allows http(s), mailto, tel and relative links', () => {
    for (const u of [
      'https://a.de/x',
      'http://a.de',
      'mailto:a@b.de',
      'tel:+4930123',
      '/x',
      'x.html',
      '#top',
      '?q=1',
      '//cdn.de/a',
    ])
      expect(safeUrl(u, 'link'), u).to.equal(u);
  });

  it('rejects script and other schemes with case, whitespace and control-character tricks', () => {
    for (const u of HOSTILE_URLS) {
      expect(safeUrl(u, 'link'), u).to.equal(undefined);
      expect(safeUrl(u, 'image'), u).to.equal(undefined);
    }
    expect(safeUrl('ftp://a.de/x', 'link')).to.equal(undefined);
    expect(safeUrl('  ', 'link')).to.equal(undefined);
  });

  it('normalises like the URL parser does', () => {
    expect(safeUrl('  https://a.de/x \n', 'link')).to.equal('https://a.de/x');
    expect(safeUrl('ht\ttps://a.de', 'link')).to.equal('https://a.de');
  });

  it('allows data:image only for images, and no mailto/tel for images', () => {
    expect(safeUrl('data:image/png;base64,AAAA', 'image')).to.equal('data:image/png;base64,AAAA');
    expect(safeUrl('data:image/png;base64,AAAA', 'link')).to.equal(undefined);
    expect(safeUrl('mailto:a@b.de', 'image')).to.equal(undefined);
    expect(safeUrl('tel:123', 'image')).to.equal(undefined);
  });
});
