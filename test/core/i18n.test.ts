import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { formatDate, formatNumber, registerTranslation, translation, type Translation } from '../../src/core/i18n.js';
import { nearestLang } from '../../src/core/localize.js';
import ar from '../../src/i18n/ar.js';
import de from '../../src/i18n/de.js';
import en from '../../src/i18n/en.js';
import es from '../../src/i18n/es.js';
import fa from '../../src/i18n/fa.js';
import fr from '../../src/i18n/fr.js';
import it_ from '../../src/i18n/it.js';
import pl from '../../src/i18n/pl.js';
import ro from '../../src/i18n/ro.js';
import ru from '../../src/i18n/ru.js';
import tr from '../../src/i18n/tr.js';
import uk from '../../src/i18n/uk.js';

const ALL: Translation[] = [de, en, fr, it_, es, pl, ro, tr, ru, uk, ar, fa];

describe('i18n: dates and numbers', () => {
  it('formats dates with Intl in the given language', () => {
    expect(formatDate('2023-12-19', 'de')).to.equal('19. Dezember 2023');
    expect(formatDate('2023-12-19', 'en')).to.equal('December 19, 2023');
    expect(formatDate('2023-12-19', 'en-GB')).to.equal('19 December 2023');
    expect(formatDate('2023-12-19', 'uk')).to.equal(
      new Intl.DateTimeFormat('uk', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2023, 11, 19)),
    );
  });

  it('formats numbers with the digits of the language', () => {
    expect(formatNumber(3, 'fa')).to.equal('۳');
    expect(formatNumber(3, 'ar')).to.equal(new Intl.NumberFormat('ar').format(3));
    expect(formatNumber(3, 'ar-EG')).to.equal('٣');
    expect(formatNumber(1234, 'de')).to.equal('1.234');
  });

  it('does not throw on a malformed or empty lang', () => {
    expect(formatDate('2023-12-19', 'not a tag!')).to.equal('December 19, 2023');
    expect(formatDate('2023-12-19', '')).to.equal('December 19, 2023');
    expect(formatNumber(3, 'not a tag!')).to.equal('3');
  });
});

describe('i18n: the built-in languages', () => {
  it('every language has every string, and each is text', () => {
    const keys = Object.keys(en).sort();
    for (const t of ALL) {
      expect(Object.keys(t).sort(), t.lang).to.deep.equal(keys);
      for (const [key, value] of Object.entries(t)) {
        if (typeof value === 'function') continue;
        if (Array.isArray(value))
          expect(
            value.every((q) => typeof q === 'string' && q.trim()),
            `${t.lang}.${key}`,
          ).to.equal(true);
        else expect(value, `${t.lang}.${key}`).to.be.a('string').and.match(/\S/);
      }
      expect(t.counter('3', '9'), `${t.lang}.counter`).to.contain('3').and.contain('9');
      expect(t.imageError('Ein Hund'), `${t.lang}.imageError`).to.contain('Ein Hund');
      expect(t.imageError(''), `${t.lang}.imageError without alt`).not.to.match(/[«»„“”"]|\s\s/);
      // Unique per language: a copy-paste left in English would show here.
      if (t !== en) expect(t.close, t.lang).not.to.equal(en.close);
    }
  });

  it('has the quotation marks of each language', () => {
    const quotes = Object.fromEntries(ALL.map((t) => [t.lang, t.quotes.join('…')]));
    expect(quotes).to.deep.equal({
      de: '„…“',
      en: '“…”',
      fr: '«\u202f…\u202f»',
      it: '«…»',
      es: '«…»',
      pl: '„…”',
      ro: '„…”',
      tr: '“…”',
      ru: '«…»',
      uk: '«…»',
      ar: '«…»',
      fa: '«…»',
    });
    expect(translation('de-CH').quotes).to.deep.equal(['«', '»']);
    expect(translation('de-li').quotes).to.deep.equal(['«', '»']);
  });
});

describe('i18n: the registry', () => {
  it('resolves the exact tag, then the primary subtag, then English', () => {
    expect(translation('de-AT').counter('3', '9')).to.equal('Bild 3 von 9');
    expect(translation('DE').close).to.equal('Schließen');
    expect(translation('de-CH').close).to.equal('Schließen');
    expect(translation('sv').close).to.equal('Close');
    expect(translation('').close).to.equal('Close');
    expect(translation('not a tag!').close).to.equal('Close');
    expect(translation('de-AT').lang, 'the tag asked for, for Intl').to.equal('de-AT');
  });

  it('loads a built-in language on first use, English until it arrives', async () => {
    expect(translation('pl-PL').close).to.equal('Close');
    await waitUntil(() => translation('pl-PL').close === 'Zamknij', 'Polish did not arrive', { timeout: 5000 });
    expect(translation('pl').counter('3', '9')).to.equal('Zdjęcie 3 z 9');
  });

  it('overrides single strings of a language, over its module too', async () => {
    registerTranslation({ lang: 'de', close: 'Zumachen' });
    registerTranslation({ lang: 'ro', close: 'Închideți' }); // before the Romanian module arrives
    try {
      expect(translation('de-AT').close).to.equal('Zumachen');
      expect(translation('de').next).to.equal('Nächstes Bild');
      translation('ro');
      await waitUntil(() => translation('ro').next === 'Imaginea următoare', 'Romanian did not arrive', {
        timeout: 5000,
      });
      expect(translation('ro').close).to.equal('Închideți');
    } finally {
      registerTranslation({ lang: 'de', close: de.close });
    }
    expect(translation('de').close).to.equal('Schließen');
  });

  it('adds a language', () => {
    registerTranslation({ ...en, lang: 'sv', close: 'Stäng' });
    expect(translation('sv-FI').close).to.equal('Stäng');
    expect(translation('sv').next).to.equal('Next image');
  });
});

describe('nearestLang', () => {
  it('finds the nearest lang across shadow roots', async () => {
    const outer = await fixture(html`<div lang="de"><span></span></div>`);
    const host = outer.querySelector('span')!;
    const inner = document.createElement('b');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(nearestLang(inner)).to.equal('de');
    inner.setAttribute('lang', 'en');
    expect(nearestLang(inner)).to.equal('en');
    expect(nearestLang(document.createElement('i'))).to.equal('');
  });
});
