/**
 * `npm run size`: minified + gzip (level 9) size of the standalone bundle and what each element adds over
 * Lit alone, each built the same way as dist/report-elements.js. Fails when a budget is exceeded.
 * Run `npm run build` first (for the bundle's own figure). `--write` (`npm run size -- --write`) also puts the
 * table into docs/size.md between `<!-- size:start -->` and `<!-- size:end -->`; budgets fail either way.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { elements, terserOptions } from '../rollup.config.mjs';

/** Budgets in bytes, gzip -9. The whole bundle's is the product promise (16,000 B, issues #6, #12, #14, #15). */
// The gallery carries the whole lightbox (its history, scroll lock and gestures load with the first opening).
// Per element, what it adds over Lit includes the whole shared core, which the standalone bundle pays once.
// Since 1.0 each element carries ~500 B more for the intake (six sources, `src` loading with its own base
// URL, markup-reader loading) and ~500 B more for localisation (the registry, on-demand languages, content
// language, one page-wide observer); the markup readers, the other languages and the viewer's parts load
// on demand.
const BUDGET = { total: 16_000, article: 10_500, gallery: 8_500, infobox: 5_100, quote: 5_300, teaser: 5_500 };

/**
 * Why each budget is where it is, line by line (issue #15). Until 1.0 the budgets were 3,800 (infobox, quote)
 * and 4,000 (teaser) B over Lit; the "core" row of the table measures the shared part every element carries.
 */
const WHY = {
  core: 'the one shared path: intake from six sources with `src` loading, validation with JSON paths, URL allowlist, localisation (registry, page-wide observer), errors, host styles',
  article: 'carries quote, gallery and infobox (their own parts below) and its own header, blocks and rich text',
  gallery:
    'the lightbox on top of the core: the dialog, keys, counter, deep links; its styles, history, scroll lock and gestures load on demand',
  infobox:
    'core plus its own template and styles (see "own"); since 1.0 the core grew by the intake (~500 B) and localisation (~500 B)',
  quote:
    'core plus its own template, styles and quotation marks per language (see "own"); core growth as for the infobox',
  teaser: 'core plus its own template and styles (see "own"); core growth as for the infobox',
};

/** When each on-demand part of the standalone bundle loads. */
const ON_DEMAND = {
  'report-elements-viewer.js':
    'the viewer: its styles, history, scroll lock and gestures, with the first lightbox opening',
  'report-elements-markup.js': 'the markup readers, when an element has markup and no JSON',
};

const gz = (code) => gzipSync(code, { level: 9 }).length;

async function bundle(input) {
  const build = await rollup({
    input,
    // As in the standalone build: on-demand parts import Lit from the entry itself, no facade.
    preserveEntrySignatures: 'allow-extension',
    onwarn: () => {},
    plugins: [
      {
        name: 'virtual',
        resolveId: (id) => (['lit-only', 'core-only'].includes(id) ? id : null),
        load: (id) => (id === 'lit-only' ? LIT_ONLY : id === 'core-only' ? CORE_ONLY : null),
      },
      resolve(),
      typescript({
        tsconfig: './tsconfig.json',
        outDir: 'dist',
        declaration: false,
        sourceMap: false,
        noEmitOnError: false,
      }),
      minifyHTML(),
      terser(terserOptions),
    ],
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return gz(output[0].code);
}

// The floor every element stands on: Lit with one trivial element.
const LIT_ONLY = `import { LitElement, html, css } from 'lit';
customElements.define('x-lit', class extends LitElement { static styles = css\`:host{display:block}\`; render() { return html\`<p>\${1}</p>\`; } });`;

// The shared core: one trivial element on the base class every element extends.
const CORE_ONLY = `import { html } from 'lit';
import { ReportElement } from '${process.cwd()}/src/core/element.ts';
customElements.define('x-core', class extends ReportElement {
  check = (v) => v;
  readMarkup() { return Promise.reject(); }
  renderModel() { return html\`<p></p>\`; }
});`;

const lit = await bundle('lit-only');
const core = await bundle('core-only');
const total = gz(await readFile('dist/report-elements.js'));
const rows = [
  ['Lit 3 alone (one trivial element)', lit, lit, undefined],
  ['shared core (one trivial element on the base class)', core, core - lit, undefined, undefined, WHY.core],
];
for (const e of elements) {
  const size = await bundle(`src/${e}/report-${e}.ts`);
  const name = `report-${e}${e === 'article' ? ' (+ quote, gallery, infobox)' : ''}`;
  rows.push([name, size, size - lit, BUDGET[e], size - core, WHY[e]]);
}
rows.push(['dist/report-elements.js (all five)', total, total - lit, BUDGET.total, total - core]);
// Loaded from beside the bundle only when needed; not in the budget of what every page downloads.
for (const file of (await readdir('dist')).filter((f) => /^report-elements-.+\.js$/.test(f)).sort()) {
  const size = gz(await readFile(`dist/${file}`));
  rows.push([`dist/${file} (on demand: ${ON_DEMAND[file] ?? 'see rollup.config.mjs'})`, size, undefined, undefined]);
}

const over = [];
const lines = [
  '| entry | gzip bytes | over Lit | own (over the core) | budget | why the budget is there |',
  '|---|---:|---:|---:|---:|---|',
];
for (const [name, size, marginal, budget, own, why] of rows) {
  const fail = budget !== undefined && (name.startsWith('dist/') ? size : marginal) > budget;
  if (fail) over.push(name);
  lines.push(
    `| ${name} | ${size} | ${marginal ?? '–'} | ${own ?? '–'} | ${budget ?? '–'}${fail ? ' ✖' : ''} | ${why ?? ''} |`,
  );
}
const table = lines.join('\n');
console.log(
  `${table}\n\nBudgets: the whole bundle by its size; each element by what it adds over Lit (shared core included).`,
);

if (process.argv.includes('--write')) {
  const START = '<!-- size:start -->';
  const END = '<!-- size:end -->';
  const PAGE = 'docs/size.md';
  const page = await readFile(PAGE, 'utf8');
  const from = page.indexOf(START);
  const to = page.indexOf(END);
  if (from < 0 || to < from) {
    console.error(`${PAGE}: markers ${START} … ${END} not found`);
    process.exit(1);
  }
  const next = `${page.slice(0, from + START.length)}\n${table}\n${page.slice(to)}`;
  if (next !== page) await writeFile(PAGE, next);
  console.log(next !== page ? `${PAGE}: size table updated` : `${PAGE}: size table already up to date`);
}

if (over.length) {
  console.error(`Over budget: ${over.join(', ')}`);
  process.exit(1);
}
