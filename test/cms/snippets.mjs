/**
 * The documented ways of writing report content into a CMS, generated from the seed report for each of the
 * five elements: what test/cms pushes through the real sanitizers. Node only (it reads the seed from disk);
 * scripts/cms/sanitize.mjs writes the snippets with their sanitized forms to test/cms/.out/ for the browser.
 *
 * The content is the seed's, with text that sanitizers like to damage added to it: `&`, `<`, `>`, both kinds
 * of quotes, `:` in text and URLs, URLs with `&` query strings, German text.
 */
import { part, seed } from '../fixtures/seed.mjs';

/** The ways of writing content, in the order of the matrix (ids are stable: the expectations use them). */
export const WAYS = [
  { id: 'data-raw', label: "`data='…raw JSON…'` (single-quoted, `'` as `&#39;`)" },
  { id: 'data-escaped', label: '`data="…escaped…"` (`"` as `&quot;`, `&` as `&amp;`)' },
  { id: 'data-report', label: '`data-report="…HTML-escaped JSON…"`' },
  { id: 'src', label: '`src="…"` (URL with an `&` query string)' },
  { id: 'script', label: 'child `<script type="application/json">`' },
  { id: 'template', label: 'child `<template>` holding the JSON' },
  { id: 'markup', label: 'plain semantic markup inside the tag' },
  { id: 'class', label: 'plain semantic markup marked by a class, no tag' },
  { id: 'wp-block', label: 'WordPress core block markup marked by a class, no tag' },
];

export const ELEMENTS = ['article', 'teaser', 'quote', 'gallery', 'infobox'];

/** Elements that a class can mark (the standalone bundle enhances them). */
const CLASS_MARKED = ['quote', 'gallery', 'infobox'];

// ---------------------------------------------------------------- Content

const AMP_URL = 'https://www.example.org/bericht?id=12&lang=de&zeit=10:30#teil:2';

/** Each element's content: seed-derived, with the hard characters added. Fresh objects on every call. */
export function contents() {
  const quote = part('quote');
  quote.text = `${quote.text} – Tom & Jerry sagen: „Ja“ & "nein" & 'vielleicht', 1 < 2 > 0`;
  quote.cite = 'https://www.example.org/zitate?person=barth&jahr=2023';

  const gallery = part('gallery');
  gallery.title = `${gallery.title}: Kaffee & Gespräche`;
  gallery.images[0].caption = `${gallery.images[0].caption} (Kaffee & Kuchen für < 10 €, "frisch")`;
  gallery.images[1].title = `Team "Pro Arbeit" & L.IGA`;

  const infobox = part('infobox');
  infobox.title = `${infobox.title} – Größe & Ziele`;
  infobox.links = [
    { text: 'Projekt „No Limit“ & EPM', href: 'https://www.example.org/no-limit?lang=de&ref=infobox' },
    { text: 'Ideenkompass Bürgergeld', href: '/ideenkompass-buergergeld' },
  ];

  const s = seed();
  const teaser = {
    kicker: s.kicker,
    title: `${s.title} & „Pro Arbeit“`,
    href: AMP_URL,
    date: s.date,
    summary: `${s.lead} 1 < 2 > 0 & "gut".`,
    image: s.image,
  };

  // The whole report, with the element parts above in place of the seed's first quote, gallery and infobox.
  const article = seed();
  article.title = `${article.title} & „Pro Arbeit“`;
  const swap = { quote, gallery, infobox };
  const swapped = new Set();
  article.blocks = article.blocks.map((b) =>
    swap[b.type] && !swapped.has(b.type)
      ? (swapped.add(b.type), { type: b.type, ...JSON.parse(JSON.stringify(swap[b.type])) })
      : b,
  );
  return { article, teaser, quote, gallery, infobox };
}

// ---------------------------------------------------------------- Escaping

/** Text content in HTML. */
const text = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A double-quoted attribute value. */
const attr = (s) => text(s).replace(/"/g, '&quot;');
/** data-report: `&`, `<`, `>`, `"` and `'` all escaped. */
export const htmlEscape = (s) => attr(s).replace(/'/g, '&#39;');
/** JSON that cannot end a `<script>` or start a tag inside `<template>`. */
const inertJson = (v) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

// ---------------------------------------------------------------- Plain markup (the contract of issue 12)

/** A paragraph (string or runs) as inline HTML. */
function inline(p) {
  if (typeof p === 'string') return text(p);
  return p
    .map((r) => {
      if (typeof r === 'string') return text(r);
      const lang = r.lang ? ` lang="${attr(r.lang)}"` : '';
      if (r.href) return `<a href="${attr(r.href)}"${lang}>${text(r.text)}</a>`;
      return lang ? `<span${lang}>${text(r.text)}</span>` : text(r.text);
    })
    .join('');
}

function img(i) {
  const size = (i.width ? ` width="${i.width}"` : '') + (i.height ? ` height="${i.height}"` : '');
  const title = i.title ? ` title="${attr(i.title)}"` : '';
  return `<img src="${attr(i.src)}" alt="${attr(i.alt)}"${size}${title}>`;
}

function caption(i) {
  if (!i.caption && !i.credit) return '';
  const credit = i.credit ? `<small>${text(i.credit)}</small>` : '';
  return `<figcaption>${i.caption ? text(i.caption) : ''}${i.caption && i.credit ? ' ' : ''}${credit}</figcaption>`;
}

const figure = (i) => `<figure>${img(i)}${caption(i)}</figure>`;
const by = (q) => [q.author, q.role].filter(Boolean).join(', ');

const markup = {
  quote: (q, { cls = '', form = 'cite' } = {}) =>
    form === 'figure'
      ? `<figure${cls}><blockquote${q.cite ? ` cite="${attr(q.cite)}"` : ''}><p>${inline(q.text)}</p></blockquote><figcaption>${text(by(q))}</figcaption></figure>`
      : `<blockquote${cls}${q.cite ? ` cite="${attr(q.cite)}"` : ''}><p>${inline(q.text)}</p><cite>${text(by(q))}</cite></blockquote>`,
  gallery: (g, { cls = '' } = {}) =>
    `<figure${cls}>\n${g.images.map(figure).join('\n')}\n${g.title ? `<figcaption>${text(g.title)}</figcaption>` : ''}</figure>`,
  infobox: (b, { cls = '' } = {}) =>
    `<aside${cls}>${b.label ? `<p class="label">${text(b.label)}</p>` : ''}<h2>${text(b.title)}</h2>${b.body.map((p) => `<p>${inline(p)}</p>`).join('')}${
      b.links?.length
        ? `<ul>${b.links.map((l) => `<li><a href="${attr(l.href)}">${text(l.text)}</a></li>`).join('')}</ul>`
        : ''
    }</aside>`,
  teaser: (t) =>
    `<article><h2>${t.kicker ? `<span class="kicker">${text(t.kicker)}</span> ` : ''}<a href="${attr(t.href)}">${text(t.title)}</a></h2>` +
    `<time datetime="${t.date}">${t.date}</time><p>${text(t.summary)}</p>${figure(t.image)}</article>`,
  article: (a) => {
    const blocks = a.blocks.map((b) => {
      if (b.type === 'heading') return `<h2>${text(b.text)}</h2>`;
      if (b.type === 'paragraph') return `<p>${inline(b.text)}</p>`;
      if (b.type === 'image') return figure(b);
      if (b.type === 'quote') return markup.quote(b, { form: 'figure' });
      if (b.type === 'gallery') return markup.gallery(b, { cls: ' class="report-gallery"' });
      if (b.type === 'infobox') return markup.infobox(b);
      throw new Error(`no markup for block ${b.type}`);
    });
    const head = [
      `<h1>${a.kicker ? `<span class="kicker">${text(a.kicker)}</span> ` : ''}${text(a.title)}</h1>`,
      a.date ? `<p><time datetime="${a.date}">${a.date}</time></p>` : '',
      a.lead ? `<p class="lead">${inline(a.lead)}</p>` : '',
      a.image ? figure(a.image) : '',
    ].filter(Boolean);
    return `<article>\n${[...head, ...blocks].join('\n')}\n</article>`;
  },
};

// ---------------------------------------------------------------- WordPress core block markup (Gutenberg 6.1 save output)

const wpBlock = {
  /** Gallery block with "Additional CSS class(es)": report-gallery. Core images carry no credit. */
  gallery: (g) =>
    `<!-- wp:gallery {"linkTo":"none","className":"report-gallery"} -->\n<figure class="wp-block-gallery has-nested-images columns-default is-cropped report-gallery">` +
    g.images
      .map(
        (i) =>
          `<!-- wp:image {"sizeSlug":"large","linkDestination":"none"} -->\n<figure class="wp-block-image size-large">${img(i)}${
            i.caption ? `<figcaption class="wp-element-caption">${text(i.caption)}</figcaption>` : ''
          }</figure>\n<!-- /wp:image -->`,
      )
      .join('\n\n') +
    `<figcaption class="blocks-gallery-caption wp-element-caption">${text(g.title)}</figcaption></figure>\n<!-- /wp:gallery -->`,
  /** Quote block with class report-quote (no source URL field in the block). */
  quote: (q) =>
    `<!-- wp:quote {"className":"report-quote"} -->\n<blockquote class="wp-block-quote report-quote"><!-- wp:paragraph -->\n<p>${inline(q.text)}</p>\n<!-- /wp:paragraph --><cite>${text(by(q))}</cite></blockquote>\n<!-- /wp:quote -->`,
};

/** What the WordPress block form can carry (the reference for that row). */
const wpExpected = {
  gallery: (g) => ({ ...g, images: g.images.map(({ credit: _c, ...i }) => i) }),
  quote: ({ cite: _c, ...q }) => q,
};

// ---------------------------------------------------------------- Snippets

/** Root-relative URLs, so that content loaded from `src` resolves to the same files as inline content. */
const rooted = (v) => JSON.parse(JSON.stringify(v).replace(/"(src|href)":"(?![a-z]+:|\/)/g, '"$1":"/'));

/**
 * The URL of an element's JSON for the `src` rows (written by scripts/cms/sanitize.mjs, served by the test
 * server). Not `.json`: the test server turns every `.json` path into a JavaScript module.
 */
export const srcUrl = (element) => `/test/cms/.out/src/${element}.txt?v=1&lang=de`;

/**
 * Every snippet: `{ id: 'quote/data-report', element, way, html, expected }`. `expected` is the content the
 * element should render from it (what a reference element renders from its `data` property).
 */
export function snippets() {
  const all = contents();
  const out = [];
  for (const element of ELEMENTS) {
    const value = all[element];
    const tag = `report-${element}`;
    const json = JSON.stringify(value);
    const html = {
      'data-raw': `<${tag} data='${json.replace(/'/g, '&#39;')}'></${tag}>`,
      'data-escaped': `<${tag} data="${json.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></${tag}>`,
      'data-report': `<${tag} data-report="${htmlEscape(json)}"></${tag}>`,
      src: `<${tag} src="${attr(srcUrl(element))}"></${tag}>`,
      script: `<${tag}><script type="application/json">${inertJson(value)}</script></${tag}>`,
      template: `<${tag}><template>${inertJson(value)}</template></${tag}>`,
      markup: `<${tag}>\n${markup[element](value)}\n</${tag}>`,
    };
    if (CLASS_MARKED.includes(element)) html.class = markup[element](value, { cls: ` class="report-${element}"` });
    if (wpBlock[element]) html['wp-block'] = wpBlock[element](value);
    for (const way of WAYS.map((w) => w.id)) {
      if (!(way in html)) continue;
      const expected = way === 'wp-block' ? wpExpected[element](value) : way === 'src' ? rooted(value) : value;
      out.push({ id: `${element}/${way}`, element, way, html: html[way], expected });
    }
  }
  return out;
}

/** The JSON files that the `src` snippets load: `{ 'quote.txt': {...} }`. */
export function srcFiles() {
  const all = contents();
  return Object.fromEntries(ELEMENTS.map((e) => [`${e}.txt`, rooted(all[e])]));
}
