/**
 * `npm run check:package`: the packed tarball is what consumers get. publint (package.json against the
 * files), Are The Types Wrong (types resolve for every export), and a tree-shaking check: bundling one
 * element's entry must not pull in the others. Editor data (VS Code custom data, JetBrains web-types) is in
 * the tarball and knows every tag. Run `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import resolve from '@rollup/plugin-node-resolve';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { rollup } from 'rollup';
import { elements } from '../rollup.config.mjs';
import { run } from './run.mjs';

let failed = false;
const pkg = JSON.parse(await readFile('package.json', 'utf8'));

const { messages } = await publint({ pkgDir: '.', level: 'warning', pack: 'npm' });
for (const m of messages) console.log(`publint ${m.type}: ${formatMessage(m, pkg)}`);
if (messages.length) failed = true;
else console.log('publint: all good');

if ((await run('npx', ['attw', '--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped'])) !== 0)
  failed = true;

// Each element's entry, bundled alone as a consumer's bundler would (sideEffects honoured), must not
// contain another element's tag.
for (const e of elements) {
  const entry = pkg.exports[`./${e}`].default;
  const build = await rollup({ input: entry, plugins: [resolve()], onwarn: () => {} });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const code = output.map((c) => c.code ?? '').join('\n');
  const uses = e === 'article' ? ['gallery', 'infobox', 'quote'] : [];
  const leaked = elements.filter((o) => o !== e && !uses.includes(o) && code.includes(`report-${o}`));
  console.log(`tree-shaking ${entry}: ${leaked.length ? `pulls in ${leaked.join(', ')} ✖` : 'only its own element ✓'}`);
  if (leaked.length) failed = true;
}

// The side-effect-free index registers nothing.
{
  const build = await rollup({
    input: pkg.exports['.'].default,
    plugins: [resolve()],
    onwarn: () => {},
    treeshake: { moduleSideEffects: false },
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const defines = (output[0].code.match(/customElements\.define/g) ?? []).length;
  console.log(`index: ${defines ? `${defines} define() calls ✖` : 'registers nothing ✓'}`);
  if (defines) failed = true;
}

// Editor data: packed, referenced from package.json, and naming every tag.
{
  const [{ files }] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );
  const packed = new Set(files.map((f) => f.path));
  const tags = elements.map((e) => `report-${e}`).sort();
  const editorData = {
    'vscode.html-custom-data.json': (d) => d.tags.map((t) => t.name),
    'web-types.json': (d) => d.contributions.html.elements.map((t) => t.name),
    'vscode.css-custom-data.json': (d) => (d.properties.some((p) => p.name === '--report-accent') ? tags : []),
  };
  for (const [file, names] of Object.entries(editorData)) {
    let ok = packed.has(file);
    if (ok) ok = JSON.stringify(names(JSON.parse(await readFile(file, 'utf8'))).sort()) === JSON.stringify(tags);
    if (file === 'web-types.json') ok &&= pkg['web-types'] === `./${file}`;
    console.log(`editor data ${file}: ${ok ? 'packed, every element ✓' : 'missing, incomplete or not referenced ✖'}`);
    if (!ok) failed = true;
  }
  // The CMS side: one JSON Schema per element, the SSR entry and the CLI named in `bin`.
  const cms = [...elements.map((e) => `dist/schema/${e}.json`), 'dist/ssr/index.js', pkg.bin?.['report-elements']];
  const missing = cms.filter((f) => !packed.has(f));
  console.log(`schemas, ssr, cli: ${missing.length ? `not packed: ${missing.join(', ')} ✖` : 'packed ✓'}`);
  if (missing.length) failed = true;
}

process.exit(failed ? 1 : 0);
