import { expect, fixture, html } from '@open-wc/testing';
import { formatDate, nearestLang, stringsFor } from '../../src/core/i18n.js';

describe('i18n', () => {
  it('formats dates with Intl in the page language', () => {
    expect(formatDate('2023-12-19', 'de')).to.equal('19. Dezember 2023');
    expect(formatDate('2023-12-19', 'en')).to.equal('December 19, 2023');
    expect(formatDate('2023-12-19', 'en-GB')).to.equal('19 December 2023');
  });

  it('does not throw on a malformed lang', () => {
    expect(formatDate('2023-12-19', 'not a tag!')).to.equal('December 19, 2023');
  });

  it('chooses German for de-*, English for everything else', () => {
    expect(stringsFor('de-AT').counter(3, 9)).to.equal('Bild 3 von 9');
    expect(stringsFor('fr').counter(3, 9)).to.equal('Image 3 of 9');
    expect(stringsFor('').lang).to.equal('en');
    expect(stringsFor('de').quotes).to.deep.equal(['„', '“']);
    expect(stringsFor('de-CH').quotes).to.deep.equal(['«', '»']);
    expect(stringsFor('en').quotes).to.deep.equal(['“', '”']);
  });

  it('finds the nearest lang across shadow roots', async () => {
    const outer = await fixture(html`<div lang="de"><span></span></div>`);
    const host = outer.querySelector('span')!;
    const inner = document.createElement('b');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(nearestLang(inner)).to.equal('de');
    inner.setAttribute('lang', 'en');
    expect(nearestLang(inner)).to.equal('en');
  });
});
