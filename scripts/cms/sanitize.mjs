/**
 * Pre-step of the CMS survival tests (test/cms/survival.test.ts): pushes every snippet of test/cms/snippets.mjs
 * through the server-side sanitizers and writes test/cms/.out/results.json (gitignored), which the browser
 * test reads. The browser-side sanitizers (CKEditor 5 as Drupal and TYPO3 configure it, DOMPurify) run in the
 * test itself.
 *
 *   WordPress    always (installs Debian's packages when missing; needs root): the real save path per user, see
 *                cms/testbed/wordpress/sanitize.php. A failure is an error in CI (CI=true), else reported as
 *                "not run" with the reason. Debian's 6.1 by default; WP_TESTBED_CORE=/path/to/wordpress (e.g. a
 *                checkout of johnpbloch/wordpress-core at 7.1.0) measures that copy instead.
 *   Drupal 11    only with DRUPAL_CORE=/path/to/drupal/core (a checkout of drupal/core): Xss::filter and the
 *                filter_html plugin, by scripts/cms/drupal.php.
 *   TYPO3 13     only with TYPO3_SANITIZER=/path/to/html-sanitizer, HTML5_PHP=/path/to/html5-php and
 *                PSR_LOG=/path/to/php-fig/log (TYPO3_SANITIZER_VERSION names the checked-out version):
 *                typo3/html-sanitizer's common builder and one that allows the report tags, by
 *                scripts/cms/typo3.php.
 * Absent code is recorded as "not run" with the reason, so that the matrix says so instead of passing silently.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WAYS, snippets, srcFiles } from '../../test/cms/snippets.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(ROOT, 'test/cms/.out');
const started = Date.now();
const CI = !!process.env.CI;

mkdirSync(join(OUT, 'src'), { recursive: true });
for (const [name, value] of Object.entries(srcFiles()))
  writeFileSync(join(OUT, 'src', name), JSON.stringify(value, null, 2));

const list = snippets();
/** column id → snippet id → sanitized HTML */
const columns = {};
/** column id → why it was not run */
const notRun = {};
const versions = {};

// ---------------------------------------------------------------- WordPress

/** A snippet as a Custom HTML block, unless it is block markup already. */
const asBlock = (s) => (s.way === 'wp-block' ? s.html : `<!-- wp:html -->\n${s.html}\n<!-- /wp:html -->`);

const WP_USERS = [
  ['wp-author', { user: 'author' }],
  ['wp-author-allowlist', { user: 'author', allowlist: true }],
  ['wp-admin', { user: 'admin' }],
];

try {
  // A site of its own, so that plugins activated on the default test bed (issue 13) change nothing here; and
  // one per WordPress copy (WP_TESTBED_CORE: e.g. the current release from johnpbloch/wordpress-core).
  const core = process.env.WP_TESTBED_CORE
    ? `-${basename(process.env.WP_TESTBED_CORE)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')}`
    : '';
  process.env.WP_TESTBED_NAME ||= `report-elements-survival${core}`;
  const { setup, sanitize } = await import('../../cms/testbed/wordpress/testbed.mjs');
  const t = Date.now();
  await setup();
  const cases = [];
  for (const [column, ctx] of WP_USERS)
    for (const s of list) {
      cases.push({ id: `${column}|classic|${s.id}`, html: s.html, ...ctx });
      cases.push({ id: `${column}|block|${s.id}`, html: asBlock(s), ...ctx });
    }
  const { wordpress, results } = sanitize(cases);
  versions.wordpress = wordpress;
  for (const r of results) {
    const [column, form, id] = r.id.split('|');
    if (form === 'classic') {
      (columns[`${column}-saved`] ??= {})[id] = r.saved;
      (columns[`${column}-front-classic`] ??= {})[id] = r.front;
    } else (columns[`${column}-front-block`] ??= {})[id] = r.front;
  }
  console.log(`WordPress ${wordpress}: ${cases.length} saves in ${((Date.now() - t) / 1000).toFixed(1)} s`);
} catch (e) {
  if (CI) {
    console.error(`WordPress sanitizer failed: ${e.message}`);
    process.exit(1);
  }
  for (const [column] of WP_USERS)
    for (const f of ['saved', 'front-classic', 'front-block'])
      notRun[`${column}-${f}`] = `WordPress test bed unavailable: ${e.message.split('\n')[0]}`;
  console.warn(`WordPress not run: ${e.message}`);
}

// ---------------------------------------------------------------- Drupal and TYPO3 (local only)

/** Runs a PHP adapter with all snippets on stdin; it answers `{ version, columns: { id: { snippetId: html } } }`. */
function runPhp(script, env) {
  const r = spawnSync('php', [join(ROOT, 'scripts/cms', script)], {
    input: JSON.stringify({ snippets: list.map(({ id, html }) => ({ id, html })) }),
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  });
  if (r.status !== 0) throw new Error(r.stderr || r.stdout || `exit ${r.status}`);
  return JSON.parse(r.stdout);
}

const LOCAL = [
  {
    name: 'drupal',
    script: 'drupal.php',
    columns: ['drupal-xss-admin', 'drupal-filter-html-basic', 'drupal-filter-html-allowlist'],
    env: ['DRUPAL_CORE', 'HTML5_PHP'],
    hint: 'set DRUPAL_CORE and HTML5_PHP to checkouts of drupal/core (11.x) and Masterminds/html5-php',
  },
  {
    name: 'typo3',
    script: 'typo3.php',
    columns: ['typo3-sanitizer-default', 'typo3-sanitizer-allowlist'],
    env: ['TYPO3_SANITIZER', 'HTML5_PHP', 'PSR_LOG'],
    hint: 'set TYPO3_SANITIZER, HTML5_PHP and PSR_LOG to checkouts of TYPO3/html-sanitizer (v2), Masterminds/html5-php and php-fig/log',
  },
];
for (const sys of LOCAL) {
  const missing = sys.env.filter((v) => !process.env[v]);
  if (missing.length) {
    for (const c of sys.columns) notRun[c] = `not run in CI: needs the sanitizer's own code (${sys.hint})`;
    continue;
  }
  try {
    const t = Date.now();
    const out = runPhp(sys.script, {});
    versions[sys.name] = out.version;
    Object.assign(columns, out.columns);
    console.log(
      `${sys.name} ${out.version}: ${Object.keys(out.columns).length} contexts in ${((Date.now() - t) / 1000).toFixed(1)} s`,
    );
  } catch (e) {
    for (const c of sys.columns) notRun[c] = `${sys.name} adapter failed: ${e.message.split('\n')[0]}`;
    console.warn(`${sys.name} failed: ${e.message}`);
  }
}

writeFileSync(
  join(OUT, 'results.json'),
  JSON.stringify({ runId: new Date().toISOString(), versions, ways: WAYS, snippets: list, columns, notRun }, null, 1),
);
console.log(
  `test/cms/.out/results.json: ${list.length} snippets × ${Object.keys(columns).length} server-side contexts (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
