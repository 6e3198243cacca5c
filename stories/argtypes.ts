/**
 * Storybook's argTypes (the docs tables and the controls) from custom-elements.json, one row per public name.
 *
 * Storybook's own reader (`@storybook/web-components`) keys every row by its bare name, so an attribute and a
 * CSS part of the same name (`fullscreen`) overwrite each other; it lists an attribute and the property behind
 * it as two rows (`heading-level`, `headingLevel`), drops methods, gives `string | null | undefined` an object
 * control, and offers every attribute, internal ones included. This reader fixes each of these once, for every
 * element; `.storybook/preview.ts` installs it as `parameters.docs.extractArgTypes`. Plain data in, plain data
 * out, so test/stories.test.ts checks it against the real manifest.
 */

/** The parts of the manifest (schema 2.x) this reader uses. */
export interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}
interface Item {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
}
interface Member extends Item {
  kind?: 'field' | 'method';
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  parameters?: { name: string; type?: { text?: string }; default?: string; optional?: boolean }[];
  return?: { type?: { text?: string } };
}
interface Declaration {
  tagName?: string;
  attributes?: (Item & { fieldName?: string })[];
  members?: Member[];
  events?: Item[];
  slots?: Item[];
  cssProperties?: Item[];
  cssParts?: Item[];
}

/** The control a row offers: one of Storybook's control types, or none (`false`). */
export type Control = false | { type: 'boolean' | 'number' | 'text' | 'object' | 'select'; options?: string[] };

/** One row of the table, in the shape of Storybook's `InputType` (kept local: no Storybook import needed). */
export interface Row {
  name: string;
  description?: string;
  control: Control;
  options?: string[];
  action?: string;
  table: { category: Category; type?: { summary: string }; defaultValue?: { summary: string }; disable?: boolean };
}

/** The sections of the table, in Storybook's names (lower case, as it writes its own). */
export type Category =
  'attributes' | 'properties' | 'methods' | 'events' | 'slots' | 'css custom properties' | 'css shadow parts';

/** The type as written, without the `null` and `undefined` that every unset attribute or property has. */
const bare = (text = ''): string =>
  text
    .split('|')
    .map((t) => t.trim())
    .filter((t) => t && t !== 'null' && t !== 'undefined')
    .join(' | ');

/** A control that fits the type: a text box for a string, not Storybook's object editor for `string | null`. */
export function controlFor(text?: string): Control {
  const type = bare(text);
  if (type === 'boolean') return { type: 'boolean' };
  if (type === 'number') return { type: 'number' };
  if (type === 'string') return { type: 'text' };
  const literals = type.split(' | ');
  if (literals.every((t) => /^(['"]).*\1$/.test(t)))
    return { type: 'select', options: literals.map((t) => t.slice(1, -1)) };
  return { type: 'object' };
}

/** Public, instance, and not a `#private` name: what a page can use. */
const isPublic = (m: Member): boolean =>
  !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#');

/** `show(index = 0): Promise<void>`: how a method is called, as the row's name says it. */
const signature = (m: Member): string =>
  `${m.name}(${(m.parameters ?? [])
    .map((p) => `${p.name}${p.default !== undefined ? ` = ${p.default}` : p.optional ? '?' : ''}`)
    .join(', ')})`;

/** Storybook's name for the action of an event: `report-lightbox-open` → `onReportLightboxOpen`. */
export const actionName = (event: string): string =>
  `on${event.replace(/(^|-)(\w)/g, (_m, _dash, c: string) => c.toUpperCase())}`;

const docsRow = (item: Item, category: Category, name = item.name): Row => ({
  name,
  description: item.description,
  control: false,
  table: { category, ...(item.type?.text ? { type: { summary: bare(item.type.text) } } : {}) },
});

/** The declaration of `tagName` in the manifest. */
const declarationOf = (manifest: Manifest, tagName: string): Declaration | undefined =>
  manifest.modules?.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tagName);

/**
 * The rows for one element, keyed as the stories' args are: attributes by their HTML name (`heading-level`,
 * the property behind it named in the description), properties without an attribute by their name, events by
 * their name plus a hidden action row (`onReportError`); documentation-only rows get keys that cannot collide
 * with an attribute (`part:fullscreen`, `show()`, `slot:`, the `--` of CSS properties).
 */
export function argTypesFor(manifest: Manifest, tagName: string): Record<string, Row> {
  const decl = declarationOf(manifest, tagName);
  if (!decl) return {};
  const members = (decl.members ?? []).filter(isPublic);
  const publicFields = new Set(members.filter((m) => m.kind !== 'method').map((m) => m.name));
  const rows: Record<string, Row> = {};

  // Attributes: only those backed by a public property, or documented without one (`lang`); an attribute for
  // internal state has neither.
  for (const attr of decl.attributes ?? []) {
    if (attr.fieldName && !publicFields.has(attr.fieldName)) continue;
    const field = attr.fieldName && attr.fieldName !== attr.name ? ` Property: \`${attr.fieldName}\`.` : '';
    // An attribute value is text unless the manifest says otherwise (`lang` has no type).
    const control = controlFor(attr.type?.text ?? 'string');
    rows[attr.name] = {
      ...docsRow(attr, 'attributes'),
      description: `${attr.description ?? ''}${field}`.trim(),
      control,
      ...(control && control.options ? { options: control.options } : {}),
    };
  }
  const viaAttribute = new Set((decl.attributes ?? []).map((a) => a.fieldName));
  for (const m of members) {
    if (m.kind === 'method') {
      const returns = m.return?.type?.text;
      rows[`${m.name}()`] = {
        ...docsRow(m, 'methods', signature(m)),
        table: { category: 'methods', ...(returns ? { type: { summary: returns } } : {}) },
      };
      continue;
    }
    if (viaAttribute.has(m.name)) continue;
    const own = docsRow(m, 'properties');
    const clash = rows[m.name];
    // A property named like an attribute that feeds another one (`data`: the property takes an object, the
    // attribute JSON text): one row that describes both.
    rows[m.name] = clash
      ? {
          ...own,
          description: `Property: ${m.description ?? ''} Attribute: ${clash.description ?? ''}`.trim(),
          control: controlFor(m.type?.text),
        }
      : { ...own, control: m.readonly ? false : controlFor(m.type?.text) };
  }
  for (const e of decl.events ?? []) {
    rows[e.name] = docsRow(e, 'events');
    rows[actionName(e.name)] = {
      name: actionName(e.name),
      action: e.name,
      control: false,
      table: { category: 'events', disable: true },
    };
  }
  for (const s of decl.slots ?? []) rows[`slot:${s.name}`] = docsRow(s, 'slots', s.name || '(default)');
  for (const p of decl.cssProperties ?? []) rows[p.name] = docsRow(p, 'css custom properties');
  for (const p of decl.cssParts ?? []) rows[`part:${p.name}`] = docsRow(p, 'css shadow parts');
  return rows;
}

/** The public methods of `tagName`, by name (a story per method is expected: see the stories test). */
export const methodsOf = (manifest: Manifest, tagName: string): string[] =>
  (declarationOf(manifest, tagName)?.members ?? [])
    .filter((m) => m.kind === 'method' && isPublic(m))
    .map((m) => m.name);
