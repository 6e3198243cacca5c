/**
 * Builds the installable WordPress plugin `dist/report-elements-wordpress.zip` (one folder `report-elements/`,
 * as Plugins → Add New → Upload Plugin expects): the plugin's own files from `cms/wordpress/report-elements/`,
 * plus, under `assets/`, what the build makes:
 *
 * - the standalone bundle with the parts it loads on demand (`dist/report-elements*.js`: markup readers,
 *   languages) and `dist/i18n/*.js` language modules when the build makes them;
 * - `assets/editor/`: the editor preview's copy of the five elements, built from src/ like the standalone
 *   bundle but without its page-wide enhancement of class-marked markup, which in the editor would move
 *   React-managed blocks (a core Gallery with the class `report-gallery`) out of place;
 * - `includes/allowlist.php`: the kses allowlist, whose one source is `cms/wordpress/allowlist.php`.
 *
 * Built files go only into the zip (and dist/), never into the source folder. Run by `npm run build` after rollup.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { zipSync } from 'fflate';
import { rollup } from 'rollup';
import { elements, terserOptions } from '../rollup.config.mjs';

const plugin = 'cms/wordpress/report-elements';
const mtime = new Date('2026-01-01T00:00:00Z');
const files = {};
const add = (path, from) => (files[`report-elements/${path}`] = [readFileSync(from), { mtime }]);

// 1. The plugin's own files.
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (name.startsWith('.')) continue;
    if (statSync(path).isDirectory()) walk(path);
    else add(relative(plugin, path), path);
  }
};
walk(plugin);
add('includes/allowlist.php', 'cms/wordpress/allowlist.php');

// 2. The standalone bundle and its on-demand parts.
if (!existsSync('dist/report-elements.js')) throw new Error('dist/report-elements.js is missing: run rollup first');
for (const f of readdirSync('dist').filter((f) => /^report-elements(-[\w-]+)?\.js$/.test(f)))
  add(`assets/${f}`, join('dist', f));
if (existsSync('dist/i18n'))
  for (const f of readdirSync('dist/i18n').filter((f) => f.endsWith('.js')))
    add(`assets/i18n/${f}`, join('dist/i18n', f));

// 3. The editor's copy of the five elements (dist/wordpress-editor/, then into the zip).
const editorDir = 'dist/wordpress-editor';
rmSync(editorDir, { recursive: true, force: true });
const ENTRY = '\0report-elements-editor';
const bundle = await rollup({
  input: ENTRY,
  plugins: [
    {
      name: 'editor-entry',
      resolveId: (id) => (id === ENTRY ? id : null),
      load: (id) =>
        id === ENTRY
          ? elements.map((e) => `import ${JSON.stringify(resolve(`src/${e}/report-${e}.ts`))};`).join('\n')
          : null,
    },
    nodeResolve(),
    typescript({
      tsconfig: './tsconfig.json',
      outDir: editorDir,
      declaration: false,
      sourceMap: false,
      noEmitOnError: false,
    }),
    minifyHTML(),
    terser(terserOptions),
  ],
});
await bundle.write({
  dir: editorDir,
  entryFileNames: 'report-elements-editor.js',
  chunkFileNames: 'report-elements-[name].js',
  format: 'es',
});
await bundle.close();
for (const f of readdirSync(editorDir).filter((f) => f.endsWith('.js'))) add(`assets/editor/${f}`, join(editorDir, f));

const zip = zipSync(files, { level: 9 });
writeFileSync('dist/report-elements-wordpress.zip', zip);
console.log(`dist/report-elements-wordpress.zip: ${Object.keys(files).length} files, ${zip.length} B`);
