/**
 * Builds the WordPress plugin: copies the standalone bundle (and any language modules next to it) into
 * `cms/wordpress/report-elements/assets/`, and writes the installable `dist/report-elements-wordpress.zip`
 * (one folder `report-elements/`, as Plugins → Add New → Upload expects). The kses allowlist has one source,
 * `cms/wordpress/allowlist.php`; the zip carries it as `includes/allowlist.php`.
 * Run by `npm run build` after rollup.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { rollup } from 'rollup';
import { elements, terserOptions } from '../rollup.config.mjs';
import { zipSync } from 'fflate';

const plugin = 'cms/wordpress/report-elements';
const assets = join(plugin, 'assets');

// 1. The bundle, the parts it loads on demand (dist/report-elements-*.js, e.g. the markup readers) and language
//    modules (dist/i18n/*.js, when the build makes them). Old copies go first.
for (const f of readdirSync(assets).filter((f) => /^report-elements.*\.js$/.test(f))) rmSync(join(assets, f));
rmSync(join(assets, 'i18n'), { recursive: true, force: true });
const bundles = readdirSync('dist')
  .filter((f) => /^report-elements(-[\w-]+)?\.js$/.test(f))
  .map((f) => [join('dist', f), join(assets, f)]);
if (!bundles.some(([from]) => from === join('dist', 'report-elements.js'))) throw new Error('dist/report-elements.js is missing: run rollup first');
if (existsSync('dist/i18n')) {
  mkdirSync(join(assets, 'i18n'), { recursive: true });
  for (const f of readdirSync('dist/i18n').filter((f) => f.endsWith('.js'))) bundles.push([join('dist/i18n', f), join(assets, 'i18n', f)]);
}
for (const [from, to] of bundles) copyFileSync(from, to);

// 2. The editor's copy of the elements: the five define modules only. The standalone bundle also enhances
//    class-marked markup on load, which in the editor would move React-managed blocks (a core Gallery with the
//    class `report-gallery`) out of place. Bundled from src/ like the standalone bundle (same plugins).
const editorDir = join(assets, 'editor');
rmSync(editorDir, { recursive: true, force: true });
const ENTRY = '\0report-elements-editor';
const bundle = await rollup({
  input: ENTRY,
  plugins: [
    {
      name: 'editor-entry',
      resolveId: (id) => (id === ENTRY ? id : null),
      load: (id) => (id === ENTRY ? elements.map((e) => `import ${JSON.stringify(resolve(`src/${e}/report-${e}.ts`))};`).join('\n') : null),
    },
    nodeResolve(),
    typescript({ tsconfig: './tsconfig.json', outDir: editorDir, declaration: false, sourceMap: false, noEmitOnError: false }),
    minifyHTML(),
    terser(terserOptions),
  ],
});
await bundle.write({ dir: editorDir, entryFileNames: 'report-elements-editor.js', chunkFileNames: 'report-elements-[name].js', format: 'es' });
await bundle.close();

// 3. The zip: every file of the plugin folder, plus the allowlist.
const files = {};
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (name.startsWith('.') || name.endsWith('.map')) continue;
    if (statSync(path).isDirectory()) walk(path);
    else files[`report-elements/${relative(plugin, path)}`] = [readFileSync(path), { mtime: new Date('2026-01-01T00:00:00Z') }];
  }
};
walk(plugin);
files['report-elements/includes/allowlist.php'] = [readFileSync('cms/wordpress/allowlist.php'), { mtime: new Date('2026-01-01T00:00:00Z') }];

const zip = zipSync(files, { level: 9 });
writeFileSync('dist/report-elements-wordpress.zip', zip);
console.log(`dist/report-elements-wordpress.zip: ${Object.keys(files).length} files, ${zip.length} B`);
