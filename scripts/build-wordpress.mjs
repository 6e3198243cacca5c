/**
 * Builds the WordPress plugin: copies the standalone bundle (and any language modules next to it) into
 * `cms/wordpress/report-elements/assets/`, and writes the installable `dist/report-elements-wordpress.zip`
 * (one folder `report-elements/`, as Plugins → Add New → Upload expects). The kses allowlist has one source,
 * `cms/wordpress/allowlist.php`; the zip carries it as `includes/allowlist.php`.
 * Run by `npm run build` after rollup.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

const plugin = 'cms/wordpress/report-elements';
const assets = join(plugin, 'assets');

// 1. The bundle and language modules (dist/i18n/*.js, when the build makes them).
const bundles = [['dist/report-elements.js', join(assets, 'report-elements.js')]];
if (existsSync('dist/i18n')) {
  mkdirSync(join(assets, 'i18n'), { recursive: true });
  for (const f of readdirSync('dist/i18n').filter((f) => f.endsWith('.js'))) bundles.push([join('dist/i18n', f), join(assets, 'i18n', f)]);
}
for (const [from, to] of bundles) {
  if (!existsSync(from)) throw new Error(`${from} is missing: run rollup first`);
  copyFileSync(from, to);
}

// 2. The zip: every file of the plugin folder, plus the allowlist.
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
