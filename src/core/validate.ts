/**
 * Tiny validation combinators with JSON paths.
 *
 * Every element turns untrusted input into a typed view model through these checks. A check returns the
 * cleaned value, or `undefined` after recording why the value cannot be used. Optional fields that fail are
 * dropped (and reported) while the object around them survives, and arrays keep their valid items, so an
 * element renders everything that is valid and reports the rest once.
 */
import { safeUrl, SCHEMES, type UrlKind } from './url.js';

/** One problem in the input, located by a JSON path such as `images[3].alt` (`""` is the document itself). */
export interface ReportIssue {
  path: string;
  message: string;
}

/** Validates `value` found at `path`; returns the cleaned value or `undefined` after pushing to `issues`. */
export type Check<T> = (value: unknown, path: string, issues: ReportIssue[]) => T | undefined;

/** How an object field treats absence and failure; see {@link opt} and {@link soft}. */
type Field<T> = Check<T> & { mode?: 'optional' | 'soft' };

/** The type a check produces. */
export type Out<F> = F extends Check<infer T> ? T : never;
type Optional<S> = {
  [K in keyof S]: S[K] extends { mode?: infer M } ? (undefined extends M ? never : K) : never;
}[keyof S];
/**
 * The object type a shape produces: fields marked optional or soft become `?:`. The mapped types are
 * homomorphic, so each field keeps the JSDoc written on the shape (the one definition of the contract).
 */
export type Infer<S> = Flat<
  { [K in keyof S as K extends Optional<S> ? never : K]: Out<S[K]> } & {
    [K in keyof S as K extends Optional<S> ? K : never]?: Out<S[K]>;
  }
>;
type Flat<T> = { [K in keyof T]: T[K] } & {};

/**
 * `A` when the written interface `A` and the type `B` inferred from its shape agree (the same keys, optional
 * alike, each assignable to the other), else `never`. Annotating a check as `Check<Agreed<Teaser, Infer<typeof
 * teaserFields>>>` makes any drift between the documented type and the runtime check a compile error, while the
 * `.d.ts` and error messages name `Teaser` instead of expanding the shape.
 */
export type Agreed<A, B> = [keyof A, A] extends [keyof B, B] ? ([keyof B, B] extends [keyof A, A] ? A : never) : never;

export const pathOf = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

const kind = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Records an issue and returns `undefined`, so checks can `return fail(...)`. */
export const fail = (issues: ReportIssue[], path: string, message: string): undefined => {
  issues.push({ path, message });
  return undefined;
};

/**
 * Quotes a value for a message, shortened if huge; never throws (a hostile `{"toString": null}` is named by
 * its kind instead).
 */
export const excerpt = (v: unknown): string => {
  try {
    const s = String(v);
    return JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}…` : s);
  } catch {
    return kind(v);
  }
};

/** The message for a URL that fails the allowlist for `use`, naming what is allowed ("http(s), mailto, …"). */
export const unsafeUrl = (s: string, use: UrlKind): string => {
  const allowed = [...SCHEMES[use], 'relative', ...(use === 'image' ? ['data:image'] : [])].join(', ');
  return `unsafe or unsupported URL ${excerpt(s)} (allowed: ${allowed.replace('http, https', 'http(s)')})`;
};

/** Any string, including the empty string (e.g. `alt: ""` for decorative images). */
export const str: Check<string> = (v, p, i) =>
  typeof v === 'string' ? v : fail(i, p, `expected a string, got ${kind(v)}`);

/** A string with visible content. */
export const text: Check<string> = (v, p, i) => {
  const s = str(v, p, i);
  return s === undefined || s.trim() ? s : fail(i, p, 'must not be empty');
};

/** A positive, finite number (image dimensions). */
export const size: Check<number> = (v, p, i) =>
  typeof v === 'number' && v > 0 && Number.isFinite(v)
    ? v
    : fail(i, p, `expected a positive number, got ${excerpt(v)}`);

/** A calendar date written `YYYY-MM-DD` that exists (no 2023-02-30). */
export const isoDate: Check<string> = (v, p, i) => {
  const s = str(v, p, i);
  if (s === undefined) return s;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  // setUTCFullYear, not Date.UTC: that reads the years 0–99 as 1900–1999.
  const d = new Date(0);
  if (m) d.setUTCFullYear(+m[1], +m[2] - 1, +m[3]);
  return m && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3]
    ? s
    : fail(i, p, `expected a date as YYYY-MM-DD, got ${excerpt(s)}`);
};

/** A BCP 47 language tag such as `en` or `de-CH` (shape only). */
export const langTag: Check<string> = (v, p, i) => {
  const s = str(v, p, i);
  return s === undefined || /^[a-z]{2,3}(-[a-z\d]{1,8})*$/i.test(s)
    ? s
    : fail(i, p, `expected a language tag such as "en", got ${excerpt(s)}`);
};

/** The URL that relative URLs in the content being checked resolve against; see {@link withBase}. */
let base: string | undefined;

/**
 * Runs a check with relative URLs resolved against `url` (content loaded from `src` resolves against its own
 * URL, as a stylesheet does); without `url` they stay as written, relative to the page.
 */
export function withBase<T>(url: string | undefined, check: () => T): T {
  base = url;
  try {
    return check();
  } finally {
    base = undefined;
  }
}

/** An allowed URL as the content means it: resolved against the base, if there is one. */
const resolve = (s: string): string => {
  try {
    return base ? new URL(s, base).href : s;
  } catch {
    // Not parseable (e.g. a space in the host): left as written; the browser will fail it like any bad URL.
    return s;
  }
};

/** A URL that passes the scheme allowlist for its use; see `url.ts`. */
export const url =
  (use: UrlKind): Check<string> =>
  (v, p, i) => {
    const s = text(v, p, i);
    if (s === undefined) return s;
    const safe = safeUrl(s, use);
    return safe ? resolve(safe) : fail(i, p, unsafeUrl(s, use));
  };

/** An image `srcset`: every candidate URL must pass the image allowlist. */
export const srcset: Check<string> = (v, p, i) => {
  const s = text(v, p, i);
  if (s === undefined) return s;
  const candidates = s.split(/,\s+/).map((c) => c.trim().split(/\s+/));
  const bad = candidates.find(([u = '']) => !safeUrl(u, 'image'));
  if (bad) return fail(i, p, `unsafe or unsupported URL in srcset: ${excerpt(bad.join(' '))}`);
  return base ? candidates.map(([u = '', ...d]) => [resolve(u), ...d].join(' ')).join(', ') : s;
};

/** Absent (or `null`) is fine; an invalid value is reported and dropped, the object is kept. */
export const opt = <T>(check: Check<T>): Field<T> =>
  Object.assign((v: unknown, p: string, i: ReportIssue[]) => check(v, p, i), { mode: 'optional' as const });

/** Required, but the object is still usable without it: absence and failure are reported, the field is dropped. */
export const soft = <T>(check: Check<T>): Field<T> =>
  Object.assign((v: unknown, p: string, i: ReportIssue[]) => check(v, p, i), { mode: 'soft' as const });

/** An object with the given fields; unknown keys are ignored so the contract can grow. */
export const object =
  <S extends Record<string, Field<unknown>>>(shape: S): Check<Infer<S>> =>
  (v, p, i) => {
    if (kind(v) !== 'object') return fail(i, p, `expected an object, got ${kind(v)}`);
    const out: Record<string, unknown> = {};
    let ok = true;
    for (const key in shape) {
      const field = shape[key]!;
      const raw = (v as Record<string, unknown>)[key];
      const at = pathOf(p, key);
      const result =
        raw == null ? (field.mode === 'optional' ? undefined : fail(i, at, 'is required')) : field(raw, at, i);
      if (result !== undefined) out[key] = result;
      else if (!field.mode) ok = false;
    }
    return ok ? (out as Infer<S>) : undefined;
  };

/** An array whose invalid items are reported and left out; fails when fewer than `min` items survive. */
export const array =
  <T>(item: Check<T>, min = 0): Check<T[]> =>
  (v, p, i) => {
    if (!Array.isArray(v)) return fail(i, p, `expected an array, got ${kind(v)}`);
    const out: T[] = [];
    v.forEach((x, n) => {
      const r = item(x, pathOf(p, n), i);
      if (r !== undefined) out.push(r);
    });
    return out.length >= min ? out : fail(i, p, `needs at least ${min} valid item${min > 1 ? 's' : ''}`);
  };

/** A string checked by `ifString`, or anything else checked by `otherwise` (text runs, paragraphs). */
export const either =
  <S extends string, T>(ifString: Check<S>, otherwise: Check<T>): Check<S | T> =>
  (v, p, i) => {
    if (typeof v === 'string') return ifString(v, p, i);
    const mine: ReportIssue[] = [];
    const r = otherwise(v, p, mine);
    // Not even the other kind ("expected an array, got number"): name both kinds it could have been.
    const [only] = mine;
    if (mine.length === 1 && only!.path === p && only!.message.startsWith('expected '))
      only!.message = `expected a string or ${only!.message.slice(9)}`;
    i.push(...mine);
    return r;
  };

/** A tagged union: `variants[value.type]` checks the rest; `type` is kept on the result. */
export const variant =
  <M extends Record<string, Check<object>>>(variants: M): Check<{ [K in keyof M]: Out<M[K]> & { type: K } }[keyof M]> =>
  (v, p, i) => {
    const type = (v as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.hasOwn(variants, type)) {
      return fail(
        i,
        pathOf(p, 'type'),
        `unknown type ${excerpt(type)} (expected one of ${Object.keys(variants).join(', ')})`,
      );
    }
    const r = variants[type]!(v, p, i);
    return r && ({ ...r, type } as never);
  };
