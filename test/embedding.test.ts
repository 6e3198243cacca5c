import { expect } from '@open-wc/testing';
import '../src/quote/report-quote.js';
import type { ReportQuote } from '../src/quote/report-quote.js';
import { expectSame, type PageWatcher, shadow, TestEnvironment } from './helpers.js';

// Nothing is registered on import: this file's own environment, cleaned after each test.
const env = new TestEnvironment();
afterEach(() => env.cleanup());

/**
 * The attribute encodings the embedding guide (docs/embedding.md) recommends, reproduced as each template
 * engine documents them, written into real HTML through the parser, and read back by the element. The content
 * is hostile on purpose: quotes of both kinds, ampersands (also one that looks like an entity), angle
 * brackets, `</script>`, umlauts, emoji and a line break.
 */
const content = {
  text: `„Er sagte: "Ja" & 'nein' – AT&amp;T <b>fett</b> </script> 🙂\nZeile 2“`,
  author: 'Ö & Co. <GmbH>',
};

/**
 * PHP's json_encode with the given JSON_HEX_* flags. (PHP also escapes `/` and non-ASCII characters by default;
 * that changes nothing once parsed, so it is left out here.)
 */
function phpJson(value: unknown, hex: { tag?: boolean; amp?: boolean; apos?: boolean; quot?: boolean }): string {
  const json = JSON.stringify(value);
  const codes: Record<string, string | false | undefined> = {
    '<': hex.tag && '\\u003C',
    '>': hex.tag && '\\u003E',
    '&': hex.amp && '\\u0026',
    "'": hex.apos && '\\u0027',
  };
  let out = '';
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i]!;
    if (c === '\\' && inString) {
      // An escape in a string: `\"` is a quote inside the string (JSON_HEX_QUOT makes it \u0022).
      const next = json[++i]!;
      out += next === '"' && hex.quot ? '\\u0022' : c + next;
    } else if (c === '"') {
      inString = !inString;
      out += c;
    } else out += (inString && codes[c]) || c;
  }
  return out;
}

/** PHP htmlspecialchars($s, ENT_QUOTES): what Fluid's output escaping and Twig's `html` strategy do. */
const htmlspecialchars = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#039;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** WordPress esc_attr(): like htmlspecialchars, but an `&` that already starts an entity is not encoded again. */
const escAttr = (s: string): string =>
  s
    .replace(/&(?!(?:[a-z][a-z\d]*|#\d+|#x[\da-f]+);)/gi, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#039;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

/** Parses `markup` as a page would (not via a property), and returns the element once rendered. */
async function parse(markup: string): Promise<ReportQuote> {
  const host = document.createElement('div');
  document.body.append(host);
  // Parsed from text on purpose: the attribute must survive the HTML parser exactly as a CMS writes it.
  host.setHTMLUnsafe(markup);
  const el = host.querySelector('report-quote')!;
  await el.updateComplete;
  return el;
}

describe('embedding: attribute encodings from the guide', () => {
  let page: PageWatcher;
  beforeEach(() => (page = env.watchPage()));
  afterEach(() => {
    document.querySelectorAll('body > div').forEach((d) => d.remove());
  });

  const cases: [string, string][] = [
    [
      'TYPO3 Fluid: {quote -> f:format.json()} (JSON_HEX_TAG, then Fluid escapes)',
      htmlspecialchars(phpJson(content, { tag: true })),
    ],
    ['Drupal Twig: {{ quote|json_encode }} (autoescape html)', htmlspecialchars(phpJson(content, {}))],
    [
      'WordPress: esc_attr( wp_json_encode( $q, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT ) )',
      escAttr(phpJson(content, { tag: true, amp: true, apos: true, quot: true })),
    ],
    ['plain HTML: &quot; and &amp;', JSON.stringify(content).replace(/&/g, '&amp;').replace(/"/g, '&quot;')],
  ];
  for (const [name, attribute] of cases) {
    it(name, async () => {
      const el = await parse(`<report-quote lang="de" data-report="${attribute}"></report-quote>`);
      expect(JSON.parse(el.getAttribute('data-report')!)).to.deep.equal(content);
      const root = shadow(el);
      expect(root.querySelector('blockquote')!.textContent!.trim()).to.equal(`„${content.text}“`);
      expectSame(root.querySelector('b'), null, 'markup in the content stays text');
      expect(page.events).to.have.length(0);
    });
  }

  it('shows why WordPress needs JSON_HEX_AMP: esc_attr does not encode an & that looks like an entity', async () => {
    const el = await parse(
      `<report-quote lang="de" data-report="${escAttr(phpJson(content, { tag: true }))}"></report-quote>`,
    );
    expect((JSON.parse(el.getAttribute('data-report')!) as { text: string }).text)
      .to.contain('AT&T')
      .and.not.contain('AT&amp;T');
  });

  it('reads a JSON script child with < written as \\u003c, "</script>" in the content included', async () => {
    const json = JSON.stringify(content).replace(/</g, '\\u003c');
    const el = await parse(`<report-quote lang="de"><script type="application/json">${json}</script></report-quote>`);
    expect(shadow(el).querySelector('blockquote')!.textContent!.trim()).to.equal(`„${content.text}“`);
  });
});

describe("embedding: inside another component's shadow root", () => {
  it('lets report-error reach listeners above the shadow root (the event is composed)', async () => {
    env.watchPage(); // the console error the quote logs stays out of the test log
    const host = document.body.appendChild(document.createElement('div'));
    try {
      const heard: string[] = [];
      const listen = (e: Event) => heard.push((e.currentTarget as Node).nodeName);
      host.addEventListener('report-error', listen);
      document.addEventListener('report-error', listen);
      const quote = document.createElement('report-quote') as ReportQuote;
      quote.data = { text: 42 } as never;
      host.attachShadow({ mode: 'open' }).append(quote);
      await quote.updateComplete;
      expect(heard, 'the shadow host and the document hear it').to.deep.equal(['DIV', '#document']);
    } finally {
      host.remove();
    }
  });
});
