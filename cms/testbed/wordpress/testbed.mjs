#!/usr/bin/env node
/**
 * A throwaway WordPress site from Debian's `wordpress` package, for tests. See README.md in this folder.
 *
 *   node cms/testbed/wordpress/testbed.mjs setup          install packages if missing, start MariaDB, create the
 *                                                         database and the site; prints the users as JSON
 *   node cms/testbed/wordpress/testbed.mjs serve [port]   serve it with `php -S 127.0.0.1:<port>` (background)
 *   node cms/testbed/wordpress/testbed.mjs stop           stop that server
 *   node cms/testbed/wordpress/testbed.mjs status         installed? served where?
 *   node cms/testbed/wordpress/testbed.mjs php f.php …    run a PHP file inside the booted site
 *   node cms/testbed/wordpress/testbed.mjs plugin <dir>   link a plugin folder into the site and activate it
 *   node cms/testbed/wordpress/testbed.mjs sanitize < cases.json   see sanitize.php
 *   node cms/testbed/wordpress/testbed.mjs destroy        drop the database, the site folder and the config file
 *
 * The same as functions: `import { setup, serve, stop, sanitize, php, linkPlugin } from './testbed.mjs'`.
 * Everything lives outside the repository: the site folder (WP_TESTBED_DIR, default /tmp/report-elements-wp),
 * the database `report_elements_wp`, and one file /etc/wordpress/config-report-elements-testbed.php that
 * Debian's wp-config.php loads when WORDPRESS_CONFIG names it (the mechanism README.Debian documents for
 * several sites on one host). Nothing of Debian's own files is changed. WP_TESTBED_NAME=<name> makes another,
 * independent site (/tmp/<name>, database <name with _>, config-<name>.php), e.g. for a test that must not
 * see the plugins someone activated on the default one. WP_TESTBED_CORE=<dir> runs another WordPress copy (e.g.
 * the current release, for a local check; CI runs Debian's) as a site of its own, on port 8090 by default.
 */
/* global fetch, setTimeout */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const DEBIAN_CORE = '/usr/share/wordpress';
/**
 * WordPress itself: Debian's (CI), or another copy (WP_TESTBED_CORE, e.g. the current release unpacked from
 * johnpbloch/wordpress-core: see README.md, "Another WordPress").
 */
export const CORE = resolve(process.env.WP_TESTBED_CORE || DEBIAN_CORE);
const OTHER_CORE = CORE !== DEBIAN_CORE;
/** The version of the WordPress in CORE, read from its wp-includes/version.php (undefined if there is none). */
export const CORE_VERSION = (() => {
  try {
    return /\$wp_version\s*=\s*'([^']+)'/.exec(readFileSync(join(CORE, 'wp-includes/version.php'), 'utf8'))?.[1];
  } catch {
    return undefined;
  }
})();
/**
 * The site's name (WP_TESTBED_NAME): several sites can live side by side, each with its own everything. Another
 * WordPress copy gets a site of its own by default (report-elements-wp-7-1 for 7.1): a database installed by one
 * version should not be opened by another.
 */
export const NAME =
  process.env.WP_TESTBED_NAME ||
  (OTHER_CORE
    ? `report-elements-wp-${(CORE_VERSION || basename(CORE)).toLowerCase().replace(/[^a-z0-9]+/g, '-')}`
    : 'report-elements-testbed');
if (!/^[a-z0-9-]+$/.test(NAME)) throw new Error(`WP_TESTBED_NAME must be lowercase letters, digits and "-": ${NAME}`);
const DEFAULT_SITE = NAME === 'report-elements-testbed';
export const CONFIG_FILE = `/etc/wordpress/config-${NAME}.php`;
export const DIR = resolve(process.env.WP_TESTBED_DIR || (DEFAULT_SITE ? '/tmp/report-elements-wp' : `/tmp/${NAME}`));
export const DB = {
  name: DEFAULT_SITE ? 'report_elements_wp' : NAME.replace(/-/g, '_'),
  user: 'report_elements',
  password: 'testbed',
};
/** 8089 for Debian's WordPress, 8090 for another copy, so that both can be served at once. */
export const DEFAULT_PORT = Number(process.env.WP_TESTBED_PORT || (OTHER_CORE ? 8090 : 8089));
/** Debian's packages the site needs (WordPress itself and its theme only when it is Debian's). */
export const PACKAGES = [
  ...(OTHER_CORE ? [] : ['wordpress', 'wordpress-theme-twentytwentythree']),
  'php-cli',
  'php-mysql',
  'php-xml',
  'php-mbstring',
  'mariadb-server',
];

const CREDENTIALS = join(DIR, 'credentials.json');
const PID_FILE = join(DIR, 'server.pid');
const CONTENT = join(DIR, 'wp-content');

const sh = (cmd, args, opts = {}) => spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 << 20, ...opts });
const log = (msg) => process.stderr.write(`[wp-testbed] ${msg}\n`);

/** Environment for php-cli scripts of the test bed (load.php reads it). */
export const phpEnv = (port = readState().port ?? DEFAULT_PORT) => ({
  ...process.env,
  WORDPRESS_CONFIG: NAME,
  WP_TESTBED_HOST: `127.0.0.1:${port}`,
  WP_TESTBED_CONTENT: CONTENT,
  WP_TESTBED_CORE: CORE,
});

function readState() {
  try {
    return JSON.parse(readFileSync(join(DIR, 'state.json'), 'utf8'));
  } catch {
    return {};
  }
}

/** apt-get installs whatever of PACKAGES is missing (needs root; one `apt-get update` first). */
export function ensurePackages() {
  const missing = PACKAGES.filter((p) => sh('dpkg-query', ['-W', '-f=${Status}', p]).stdout !== 'install ok installed');
  if (!missing.length) return;
  log(`installing ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', ...missing],
  ]) {
    const r = sh('apt-get', args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status !== 0) throw new Error(`apt-get ${args[0]} failed: ${r.stderr}`);
  }
}

/** Starts MariaDB if it does not answer, and creates the database and its user (idempotent). */
export async function ensureDatabase() {
  const ping = () => sh('mysqladmin', ['ping', '--silent']).status === 0;
  if (!ping()) {
    log('starting MariaDB');
    const r = sh('service', ['mariadb', 'start']);
    if (r.status !== 0 && !ping()) {
      // No init system (some containers): start the server directly.
      mkdirSync('/run/mysqld', { recursive: true });
      sh('chown', ['mysql:mysql', '/run/mysqld']);
      spawn('mysqld_safe', [], { detached: true, stdio: 'ignore' }).unref();
    }
    for (let i = 0; i < 60 && !ping(); i++) await new Promise((r) => setTimeout(r, 500));
    if (!ping()) throw new Error('MariaDB did not start');
  }
  const sql = `CREATE DATABASE IF NOT EXISTS ${DB.name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '${DB.user}'@'localhost' IDENTIFIED BY '${DB.password}';
GRANT ALL ON ${DB.name}.* TO '${DB.user}'@'localhost';`;
  const r = sh('mysql', ['-e', sql]);
  if (r.status !== 0) throw new Error(`mysql: ${r.stderr}`);
}

/** The site's wp-config, loaded by Debian's /usr/share/wordpress/wp-config.php. */
function writeConfig(port) {
  const salt = (k) => `define( '${k}', '${NAME}-${k.toLowerCase()}' );`;
  const config = `<?php
// report-elements WordPress test bed (cms/testbed/wordpress/testbed.mjs); removed by \`testbed.mjs destroy\`.
define( 'DB_NAME', '${DB.name}' );
define( 'DB_USER', '${DB.user}' );
define( 'DB_PASSWORD', '${DB.password}' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WP_CONTENT_DIR', '${CONTENT}' );
define( 'WP_HOME', 'http://127.0.0.1:${port}' );
define( 'WP_SITEURL', 'http://127.0.0.1:${port}' );
define( 'WP_ENVIRONMENT_TYPE', 'local' ); // application passwords without HTTPS
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'WP_DEBUG', false );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map(salt).join('\n')}
$table_prefix = 'wp_';
`;
  mkdirSync(dirname(CONFIG_FILE), { recursive: true });
  writeFileSync(CONFIG_FILE, config, { mode: 0o640 });
}

/**
 * A WordPress copy that is not Debian's has no wp-config.php that reads /etc/wordpress: give it one that does
 * what Debian's does for this test bed (its own copy, so this writes into that copy only).
 */
function writeCoreLoader() {
  const file = join(CORE, 'wp-config.php');
  if (existsSync(file)) return;
  writeFileSync(
    file,
    `<?php
// Written by report-elements' cms/testbed/wordpress/testbed.mjs: loads /etc/wordpress/config-<WORDPRESS_CONFIG>.php as Debian's does.
$name = $_SERVER['WORDPRESS_CONFIG'] ?? getenv( 'WORDPRESS_CONFIG' );
if ( ! is_string( $name ) || ! preg_match( '/^[a-zA-Z0-9-]+$/', $name ) ) { http_response_code( 404 ); exit( 1 ); }
require '/etc/wordpress/config-' . $name . '.php';
if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }
require_once ABSPATH . 'wp-settings.php';
`,
  );
}

/** The site's wp-content: its own plugins, mu-plugins and uploads; Debian's themes linked in. */
function writeContent() {
  for (const d of ['plugins', 'mu-plugins', 'themes', 'uploads']) mkdirSync(join(CONTENT, d), { recursive: true });
  const themes = join(CORE, 'wp-content/themes');
  for (const t of existsSync(themes) ? readdirSync(themes) : []) {
    const link = join(CONTENT, 'themes', t);
    if (t !== 'index.php' && !existsSync(link)) symlinkSync(join(themes, t), link);
  }
}

/**
 * Installs everything that is missing and returns `{ url, users: { admin|author|contributor: { id, role,
 * password, applicationPassword } } }`. Safe to call again: an installed site is kept, passwords are reset to
 * the known ones, application passwords stay valid.
 */
export async function setup({ port = readState().port ?? DEFAULT_PORT } = {}) {
  if (!CORE_VERSION) throw new Error(`no WordPress in ${CORE} (wp-includes/version.php is missing)`);
  ensurePackages();
  await ensureDatabase();
  mkdirSync(DIR, { recursive: true });
  writeConfig(port);
  writeCoreLoader();
  writeContent();
  writeFileSync(join(DIR, 'state.json'), JSON.stringify({ ...readState(), port }));
  const known = existsSync(CREDENTIALS) ? JSON.parse(readFileSync(CREDENTIALS, 'utf8')) : { users: {} };
  const apps = Object.fromEntries(Object.entries(known.users).map(([login, u]) => [login, u.applicationPassword]));
  const r = sh('php', [join(HERE, 'install.php')], {
    env: { ...phpEnv(port), WP_TESTBED_APP_PASSWORDS: JSON.stringify(apps) },
  });
  if (r.status !== 0) throw new Error(`install.php failed: ${r.stderr || r.stdout}`);
  writeFileSync(CREDENTIALS, r.stdout, { mode: 0o600 });
  return JSON.parse(r.stdout);
}

/** Runs a PHP file inside the booted site; returns `{ status, stdout, stderr }`. */
export function php(file, args = [], { input } = {}) {
  return sh('php', [join(HERE, 'php.php'), resolve(file), ...args], { env: phpEnv(), input });
}

/**
 * WordPress's save path and front end for each case (see sanitize.php):
 * `cases: { id, html, user?: 'admin'|'author'|'contributor', allowlist?: boolean }[]` →
 * `{ wordpress: '6.1.9', results: { id, saved, front }[] }`.
 */
export function sanitize(cases) {
  const r = sh('php', [join(HERE, 'sanitize.php')], { env: phpEnv(), input: JSON.stringify({ cases }) });
  if (r.status !== 0) throw new Error(`sanitize.php failed (${r.status}): ${r.stderr || r.stdout.slice(0, 2000)}`);
  if (r.stderr) process.stderr.write(r.stderr);
  return JSON.parse(r.stdout);
}

/** Links a plugin folder into the site's wp-content/plugins (replacing an older link) and activates it. */
export function linkPlugin(dir, mainFile = `${basename(dir)}.php`) {
  const link = join(CONTENT, 'plugins', basename(dir));
  rmSync(link, { force: true, recursive: false });
  symlinkSync(resolve(dir), link);
  const r = sh('php', [join(HERE, 'activate.php'), `${basename(dir)}/${mainFile}`], { env: phpEnv() });
  if (r.status !== 0) throw new Error(`activating ${dir} failed: ${r.stderr || r.stdout}`);
}

/** Whether a process with this id is running (for the servers the beds start). */
export const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Starts `php -S 127.0.0.1:<port>` in the background (stopped by stop()); resolves with the site URL once it answers. */
export async function serve({ port = readState().port ?? DEFAULT_PORT } = {}) {
  if (readState().port !== port || !existsSync(CONFIG_FILE)) await setup({ port });
  await stop();
  const url = `http://127.0.0.1:${port}/`;
  // php -S would fail to listen, and the check below would then talk to whatever answers there (e.g. the
  // other WordPress of the test bed): refuse instead.
  if (
    await fetch(url).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`something already answers on ${url}: stop it, or choose another port (WP_TESTBED_PORT)`);
  const out = join(DIR, 'server.log');
  const child = spawn(
    'sh',
    ['-c', `exec php -S 127.0.0.1:${port} -t '${CORE}' '${join(HERE, 'router.php')}' >>'${out}' 2>&1`],
    {
      env: phpEnv(port),
      detached: true,
      stdio: 'ignore',
    },
  );
  child.unref();
  writeFileSync(PID_FILE, String(child.pid));
  for (let i = 0; i < 50; i++) {
    try {
      const res = await fetch(`${url}wp-login.php`);
      if (res.ok) return url;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`php -S did not answer on ${url}; see ${out}`);
}

/**
 * Stops the server that serve() started: its whole process group (the PID is the group's, as serve() starts it
 * detached), since with PHP_CLI_SERVER_WORKERS php -S forks workers that outlive their parent otherwise.
 */
export async function stop() {
  if (!existsSync(PID_FILE)) return;
  const pid = Number(readFileSync(PID_FILE, 'utf8'));
  if (pid && alive(pid)) {
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      process.kill(pid, 'SIGTERM');
    }
    for (let i = 0; i < 20 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  }
  rmSync(PID_FILE, { force: true });
}

export function status() {
  const pid = existsSync(PID_FILE) ? Number(readFileSync(PID_FILE, 'utf8')) : 0;
  const port = readState().port ?? DEFAULT_PORT;
  return {
    installed: existsSync(CREDENTIALS),
    wordpress: CORE_VERSION,
    core: CORE,
    dir: DIR,
    config: CONFIG_FILE,
    served: pid && alive(pid) ? `http://127.0.0.1:${port}/` : null,
    users: existsSync(CREDENTIALS) ? JSON.parse(readFileSync(CREDENTIALS, 'utf8')).users : null,
  };
}

/** Drops the database and user, the site folder and the config file. */
export async function destroy() {
  await stop();
  // The user is shared by all test-bed sites: only the database goes.
  sh('mysql', ['-e', `DROP DATABASE IF EXISTS ${DB.name};`]);
  rmSync(DIR, { recursive: true, force: true });
  rmSync(CONFIG_FILE, { force: true });
}

// ---------------------------------------------------------------- CLI
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [cmd, ...args] = process.argv.slice(2);
  const print = (v) => console.log(typeof v === 'string' ? v : JSON.stringify(v, null, 2));
  try {
    if (cmd === 'setup') print(await setup(args[0] ? { port: Number(args[0]) } : {}));
    else if (cmd === 'serve') print(await serve(args[0] ? { port: Number(args[0]) } : {}));
    else if (cmd === 'stop') await stop();
    else if (cmd === 'status') print(status());
    else if (cmd === 'destroy') await destroy();
    else if (cmd === 'plugin') linkPlugin(args[0], args[1]);
    else if (cmd === 'sanitize') print(sanitize(JSON.parse(readFileSync(0, 'utf8')).cases));
    else if (cmd === 'php') {
      const r = php(args[0], args.slice(1), { input: process.stdin.isTTY ? undefined : readFileSync(0) });
      process.stdout.write(r.stdout);
      process.stderr.write(r.stderr);
      process.exitCode = r.status ?? 1;
    } else {
      console.error(
        'usage: testbed.mjs setup [port] | serve [port] | stop | status | php <file> | plugin <dir> [main.php] | sanitize < cases.json | destroy',
      );
      process.exitCode = 2;
    }
  } catch (e) {
    console.error(`[wp-testbed] ${e.message}`);
    process.exitCode = 1;
  }
}
