/**
 * Writes the published JSON Schemas (draft 2020-12), `dist/schema/<element>.json`, from the same shapes the
 * elements validate with: the compiled `*.schema.js` modules are loaded with the JSON Schema interpreter of the
 * combinators (scripts/schema/combinators.mjs) in place of the runtime checks. The JSDoc written on each field
 * of a shape becomes its `description`. Runs after rollup (`npm run build`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { describe } from './schema/describe.mjs';

register('./schema/hooks.mjs', import.meta.url);

const root = new URL('../', import.meta.url);
const pkg = (await import(new URL('package.json', root), { with: { type: 'json' } })).default;
const load = (path) => import(new URL(`dist/${path}`, root).href);

const shared = await load('core/schema.js');
const article = await load('article/article.schema.js');
/** Shapes used in several places become `$defs`, named after their export. */
const named = new Map([
  [shared.image, 'image'],
  [shared.run, 'run'],
  [shared.paragraph, 'paragraph'],
  [article.block, 'block'],
]);

/** The elements and the export of their root shape (type name = export name, capitalised). */
export const schemas = {
  teaser: ['teaser/teaser.schema.js', 'teaser', 'Teaser'],
  quote: ['quote/quote.schema.js', 'quote', 'Quote'],
  gallery: ['gallery/gallery.schema.js', 'gallery', 'Gallery'],
  infobox: ['infobox/infobox.schema.js', 'infobox', 'Infobox'],
  article: ['article/article.schema.js', 'article', 'Article'],
};

/** Copies `node`, replacing shared shapes (other than the root) with `$ref`s collected into `defs`. */
function hoist(node, defs, isRoot = false) {
  if (Array.isArray(node)) return node.map((n) => hoist(n, defs));
  if (node === null || typeof node !== 'object') return node;
  const name = !isRoot && named.get(node);
  if (name) {
    if (!(name in defs)) {
      defs[name] = {};
      defs[name] = hoist(node, defs, true);
    }
    return { $ref: `#/$defs/${name}` };
  }
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, hoist(v, defs)]));
}

mkdirSync(new URL('dist/schema/', root), { recursive: true });
for (const [tag, [file, exportName, typeName]] of Object.entries(schemas)) {
  const mod = await load(file);
  const defs = {};
  const body = hoist(mod[exportName], defs, true);
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `urn:report-elements:${pkg.version}:${tag}`,
    title: `<report-${tag}> data`,
    ...body,
    ...(Object.keys(defs).length ? { $defs: defs } : {}),
  };
  describe(schema, typeName, file.replace(/\.js$/, '.ts'));
  writeFileSync(new URL(`dist/schema/${tag}.json`, root), `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`JSON Schemas written: dist/schema/{${Object.keys(schemas).join(',')}}.json`);
