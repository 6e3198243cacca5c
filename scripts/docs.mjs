/**
 * `node scripts/docs.mjs` (part of `npm run analyze`, hence of the build): writes docs/elements.md, the
 * elements reference, from custom-elements.json, which `cem analyze` reads from the JSDoc in src/. The JSDoc is
 * the one place each fact is written; this page only arranges it. `scripts/check-docs.mjs` fails when the
 * committed page differs from what this script makes of the current manifest.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ELEMENTS_MD = 'docs/elements.md';
const BASE = 'src/core/element.ts';
const INTAKE = 'src/core/intake.ts';

/** One line of a table cell: the JSDoc's line breaks become spaces, pipes are escaped. */
const cell = (text = '') => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|') || '–';
const code = (text) => (text ? `\`${text.replace(/\|/g, '\\|')}\`` : '–');
const table = (head, rows) =>
  rows.length
    ? [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)]
    : [];
/** A JSDoc block's first paragraph (later ones, if any, are for maintainers). */
const firstParagraph = (text = '') => text.split(/\n\s*\n/)[0].replace(/\s*\n\s*/g, ' ');

/** Public instance API only: the analyzer also lists private, protected and static members. */
const isPublic = (member) => !member.privacy || member.privacy === 'public';

/**
 * Attributes and properties in one table, one row per pair (`heading-level` / `headingLevel`), so a reflected
 * property is not listed twice. `keep` selects the rows (own or common).
 */
function apiRows(decl, keep) {
  const rows = [];
  const fields = (decl.members ?? []).filter((m) => m.kind === 'field' && isPublic(m) && !m.static);
  for (const attr of decl.attributes ?? []) {
    if (!keep(attr)) continue;
    const field = fields.find((f) => f.name === attr.fieldName);
    const description = attr.description || field?.description;
    rows.push([code(attr.name), code(attr.fieldName), code(attr.type?.text ?? field?.type?.text), cell(description)]);
  }
  for (const field of fields) {
    if (field.attribute || !keep(field)) continue;
    const type = field.type?.text ? `${code(field.type.text)}${field.readonly ? ' (read-only)' : ''}` : '–';
    rows.push(['–', code(field.name), type, cell(field.description)]);
  }
  return table(['Attribute', 'Property', 'Type', 'Description'], rows);
}

function methodRows(decl, keep) {
  const methods = (decl.members ?? []).filter((m) => m.kind === 'method' && isPublic(m) && !m.static && keep(m));
  return table(
    ['Method', 'Returns', 'Description'],
    methods.map((m) => {
      const params = (m.parameters ?? []).map((p) => (p.default ? `${p.name} = ${p.default}` : p.name)).join(', ');
      return [code(`${m.name}(${params})`), code(m.return?.type?.text), cell(m.description)];
    }),
  );
}

const namedRows = (head, items) =>
  table(
    head,
    items.map((item) => [item.name ? code(item.name) : '(default)', cell(item.description)]),
  );

/** The API sections of one declaration, each only when it has rows. */
function sections(decl, keep, level) {
  const h = '#'.repeat(level);
  const out = [];
  const add = (title, rows) => rows.length && out.push('', `${h} ${title}`, '', ...rows);
  add('Attributes and properties', apiRows(decl, keep));
  add('Methods', methodRows(decl, keep));
  add('Events', namedRows(['Event', 'Description'], (decl.events ?? []).filter(keep)));
  add('Slots', namedRows(['Slot', 'Description'], (decl.slots ?? []).filter(keep)));
  add('CSS parts', namedRows(['Part', 'Description'], (decl.cssParts ?? []).filter(keep)));
  add('CSS custom properties', namedRows(['Property', 'Description'], (decl.cssProperties ?? []).filter(keep)));
  return out;
}

/** docs/elements.md as text, from the parsed manifest. */
export function renderElementsDoc(manifest) {
  const declarations = manifest.modules.flatMap((mod) =>
    (mod.declarations ?? []).map((decl) => ({ ...decl, path: mod.path })),
  );
  const find = (path, name) => {
    const found = declarations.find((d) => d.path === path && (!name || d.name === name));
    if (!found) throw new Error(`custom-elements.json: no ${name ?? 'declaration'} in ${path}`);
    return found;
  };
  const base = find(BASE, 'ReportElement');
  const intake = find(INTAKE, 'IntakeController');
  const elements = declarations.filter((d) => d.tagName).sort((a, b) => a.tagName.localeCompare(b.tagName));
  const baseItems = new Map(
    ['attributes', 'members', 'events', 'slots', 'cssParts', 'cssProperties'].map((k) => [
      k,
      new Map((base[k] ?? []).map((item) => [item.name, item.description])),
    ]),
  );
  // An element lists what it adds, and what it inherits with a description of its own (its `data` shape).
  const own = (item) =>
    !item.inheritedFrom ||
    ![...baseItems.values()].some((items) => items.has(item.name) && items.get(item.name) === item.description);

  const out = [
    '# Elements reference',
    '',
    '<!-- Generated by scripts/docs.mjs from custom-elements.json (the JSDoc in src/); `npm run analyze` rewrites it. Do not edit. -->',
    '',
    'Every element shares the [content sources](#where-the-content-comes-from) and the API',
    '[common to every element](#common-to-every-element); each element section lists what it adds. The JSON',
    'shapes are in [Content](content.md#json-reference); theming in [Theming](theming.md).',
    '',
    ...elements.map((e) => `- [\`<${e.tagName}>\`](#${e.tagName}): ${e.summary ?? ''}`),
    '',
    '## Where the content comes from',
    '',
    `${firstParagraph(intake.description)} (From the JSDoc of \`IntakeController\` in [\`${INTAKE}\`](../${INTAKE}).)`,
    '',
    '## Common to every element',
    ...sections(base, () => true, 3),
  ];
  for (const e of elements) {
    const entry = e.path.replace(/^src\/(\w+)\/.*$/, 'report-elements/$1');
    out.push(
      '',
      `## \`<${e.tagName}>\``,
      '',
      `**${e.summary ?? e.name}** Class \`${e.name}\`, registered by \`import '${entry}'\`.`,
    );
    if (e.description) out.push('', e.description.trim());
    out.push(...sections(e, own, 3));
  }
  return `${out.join('\n')}\n`;
}

/** Reads custom-elements.json, with a hint when it is missing. */
export function readManifest() {
  try {
    return JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  } catch (e) {
    throw new Error(`custom-elements.json: ${e.message} (run \`npm run analyze\` first)`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(ELEMENTS_MD, renderElementsDoc(readManifest()));
  console.log(`${ELEMENTS_MD} written from custom-elements.json`);
}
