/**
 * The combinator API of `src/core/validate.ts`, interpreted as JSON Schema (draft 2020-12) instead of as
 * checks. `scripts/build-schema.mjs` loads the element shapes with this module in place of `validate.js`, so
 * the published schema and the runtime validation come from the same definition. `test/node/schema.test.mjs`
 * proves the two interpreters agree.
 */
const FIELD = Symbol('field');

// What `safeUrl` (src/core/url.ts) does, as regular expressions over the raw string: the URL parser drops
// tabs and newlines anywhere and strips leading C0 controls and spaces before it reads the scheme.
const GAP = '[\\t\\n\\r]*';
const word = (w) =>
  [...w].map((c) => (/[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : c.replace(/[/.]/, '\\$&'))).join(GAP);
const LEAD = '[\\x00-\\x20]*';
const SCHEME = `[A-Za-z][A-Za-z0-9+.\\t\\n\\r-]*${GAP}:`;
// The allowed schemes: the list the runtime check uses (src/core/url.ts, as built into dist/).
const { SCHEMES } = await import(new URL('../../dist/core/url.js', import.meta.url).href);
const schemes = (use) => SCHEMES[use].map((s) => `${word(s)}${GAP}:`);
const ALLOWED = {
  link: schemes('link'),
  image: schemes('image').concat(word('data:image/')),
};
/**
 * Not blank (as `text`), non-empty once normalised, and either without a scheme or with an allowed one. The leading run sits inside
 * the lookahead so that backtracking cannot hide a scheme behind a space.
 */
const urlPattern = (use) =>
  `^(?=[\\s\\S]*\\S)(?=[\\s\\S]*[^\\x00-\\x20])(?:(?!${LEAD}${SCHEME})|${LEAD}(?:${ALLOWED[use].join('|')}))`;

// A srcset is split on `,` + whitespace; the first word of each trimmed candidate is an image URL (no tabs or
// newlines inside it, since whitespace ends the word).
const TOKEN_SCHEME = '[A-Za-z][A-Za-z0-9+.-]*:';
const C0 = '[\\x00-\\x08\\x0e-\\x1f]*';
const IMAGE_START = `(?:(?!${C0}${TOKEN_SCHEME})|${C0}(?:${[...SCHEMES.image.map((s) => `${s}:`), 'data:image/'].map((w) => word(w).replaceAll(GAP, '')).join('|')}))`;
const CHUNK = '(?:[^\\s,]|,(?!\\s))';
const CANDIDATE = `\\s*(?=${C0}(?:[^\\s\\x00-\\x1f,]|,(?!\\s)))${IMAGE_START}${CHUNK}*(?:\\s+${CHUNK}*)*`;
const srcsetPattern = `^${CANDIDATE}(?:,\\s+${CANDIDATE})*$`;

const NOT_BLANK = '\\S';

export const pathOf = (path, key) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);
export const str = { type: 'string' };
export const text = { type: 'string', pattern: NOT_BLANK };
export const size = { type: 'number', exclusiveMinimum: 0 };
export const isoDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' };
export const langTag = { type: 'string', pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$' };
export const url = (use) => ({ type: 'string', pattern: urlPattern(use) });
export const srcset = { type: 'string', pattern: srcsetPattern };

/** Absent or `null` is fine (the runtime treats `null` as absent). */
export const opt = (schema) => ({ [FIELD]: 'optional', schema });
/** Required: the runtime reports its absence, though the object is still rendered without it. */
export const soft = (schema) => ({ [FIELD]: 'soft', schema });

const nullable = (s) => ({ anyOf: [s, { type: 'null' }] });

export const object = (shape) => {
  const properties = {};
  const required = [];
  for (const [key, field] of Object.entries(shape)) {
    if (field[FIELD] === 'optional') properties[key] = nullable(field.schema);
    else {
      properties[key] = field[FIELD] ? field.schema : field;
      required.push(key);
    }
  }
  // Unknown keys are ignored at runtime, so the contract can grow: additional properties are allowed.
  return { type: 'object', properties, required };
};

export const array = (items, min = 0) => ({ type: 'array', items, ...(min ? { minItems: min } : {}) });

export const either = (ifString, otherwise) => ({ anyOf: [ifString, otherwise] });

export const variant = (variants) => ({
  type: 'object',
  required: ['type'],
  properties: { type: { enum: Object.keys(variants) } },
  oneOf: Object.entries(variants).map(([type, s]) => ({
    ...s,
    properties: { type: { const: type }, ...s.properties },
    required: ['type', ...s.required],
  })),
});
