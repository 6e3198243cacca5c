/**
 * A second test bed for a local check against the current WordPress (not run in CI): the same interface as
 * cms/testbed/wordpress/testbed.mjs (setup, serve, status, php, stop, DIR), for a WordPress core unpacked
 * outside the repository, e.g. from the `johnpbloch/wordpress-core` mirror:
 *
 *   git -C <mirror> archive 7.1.0 -- . ':!wp-includes/js/dist/script-modules/vips' | tar -x -C /tmp/wp-current
 *   WP_E2E_BED=./current-wordpress.mjs node cms/wordpress/test/e2e.mjs
 *
 * WP_CURRENT_DIR (default /tmp/wp-current) holds the core and its own wp-config.php and wp-content; the
 * database is `report_elements_wp_current`; it listens on 127.0.0.1:WP_CURRENT_PORT (default 8090).
 */
/* global fetch, setTimeout */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alive, ensureDatabase } from '../../testbed/wordpress/testbed.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const DIR = resolve(process.env.WP_CURRENT_DIR || '/tmp/wp-current');
const PORT = Number(process.env.WP_CURRENT_PORT || 8090);
const URL_ = `http://127.0.0.1:${PORT}/`;
const DB = { name: 'report_elements_wp_current', user: 'report_elements', password: 'testbed' };
const PID = join(DIR, '.server.pid');
const sh = (cmd, args, opts = {}) => spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 << 20, ...opts });
const env = () => ({ ...process.env, WP_CURRENT_DIR: DIR, WP_CURRENT_PORT: String(PORT) });

/** Boots WordPress in php-cli, then runs the file given as the first argument (with $argv shifted). */
const BOOT = `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${PORT}';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
if ( getenv( 'WP_CURRENT_INSTALLING' ) ) { define( 'WP_INSTALLING', true ); }
require '${DIR}/wp-load.php';
array_shift( $argv );
if ( isset( $argv[0] ) ) { require $argv[0]; }
`;

const INSTALL = `<?php
function wp_new_blog_notification() {}
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
if ( ! is_blog_installed() ) {
	wp_install( 'report-elements test bed (current)', 'admin', 'admin@example.test', false, '', 'admin-testbed', 'en_US' );
}
update_option( 'permalink_structure', '/%postname%/' );
$out = array( 'url' => home_url( '/' ), 'users' => array() );
foreach ( array( 'admin' => 'administrator', 'author' => 'author', 'contributor' => 'contributor' ) as $login => $role ) {
	$user = get_user_by( 'login', $login );
	$id   = $user ? $user->ID : wp_insert_user( array( 'user_login' => $login, 'user_pass' => "$login-testbed", 'user_email' => "$login@example.test", 'role' => $role ) );
	wp_set_password( "$login-testbed", $id );
	WP_Application_Passwords::delete_all_application_passwords( $id );
	$created = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'testbed' ) );
	$out['users'][ $login ] = array( 'id' => $id, 'role' => $role, 'password' => "$login-testbed", 'applicationPassword' => $created[0] );
}
echo wp_json_encode( $out );
`;

const ROUTER = `<?php
$root = '${DIR}';
$path = rawurldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) ?? '/' );
$file = $root . $path;
if ( is_dir( $file ) ) { $file = rtrim( $file, '/' ) . '/index.php'; }
if ( is_file( $file ) && ! str_ends_with( $file, '.php' ) ) { return false; }
if ( ! is_file( $file ) ) { $file = $root . '/index.php'; }
$_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = substr( $file, strlen( $root ) );
$_SERVER['SCRIPT_FILENAME'] = $file;
chdir( dirname( $file ) );
require $file;
`;

export async function setup() {
  if (!existsSync(join(DIR, 'wp-includes/version.php')))
    throw new Error(`no WordPress in ${DIR}: unpack one there first`);
  await ensureDatabase(); // MariaDB running (the Debian bed's own database is created too; it is not used here)
  const sql = `CREATE DATABASE IF NOT EXISTS ${DB.name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '${DB.user}'@'localhost' IDENTIFIED BY '${DB.password}';
GRANT ALL ON ${DB.name}.* TO '${DB.user}'@'localhost';`;
  const r = sh('mysql', ['-e', sql]);
  if (r.status !== 0) throw new Error(`mysql: ${r.stderr}`);
  writeFileSync(
    join(DIR, 'wp-config.php'),
    `<?php
define( 'DB_NAME', '${DB.name}' ); define( 'DB_USER', '${DB.user}' ); define( 'DB_PASSWORD', '${DB.password}' );
define( 'DB_HOST', 'localhost' ); define( 'DB_CHARSET', 'utf8mb4' );
define( 'WP_HOME', 'http://127.0.0.1:${PORT}' ); define( 'WP_SITEURL', 'http://127.0.0.1:${PORT}' );
define( 'WP_ENVIRONMENT_TYPE', 'local' ); define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true ); define( 'DISABLE_WP_CRON', true ); define( 'WP_DEBUG', false );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map((k) => `define( '${k}', 'current-${k}' );`).join('\n')}
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }
require_once ABSPATH . 'wp-settings.php';
`,
  );
  writeFileSync(join(DIR, '.boot.php'), BOOT);
  writeFileSync(join(DIR, '.router.php'), ROUTER);
  writeFileSync(join(DIR, '.install.php'), INSTALL);
  const r2 = sh('php', [join(DIR, '.boot.php'), join(DIR, '.install.php')], {
    env: { ...env(), WP_CURRENT_INSTALLING: '1' },
  });
  if (r2.status !== 0) throw new Error(`install failed: ${r2.stderr || r2.stdout}`);
  const site = JSON.parse(r2.stdout.slice(r2.stdout.indexOf('{')));
  writeFileSync(join(DIR, '.credentials.json'), JSON.stringify(site));
  return site;
}

export function php(file, args = [], { input } = {}) {
  return sh('php', [join(DIR, '.boot.php'), resolve(file), ...args], { env: env(), input });
}

export function status() {
  const pid = existsSync(PID) ? Number(readFileSync(PID, 'utf8')) : 0;
  return { dir: DIR, served: pid && alive(pid) ? URL_ : null };
}

export async function serve() {
  await stop();
  const child = spawn(
    'sh',
    ['-c', `exec php -S 127.0.0.1:${PORT} -t ${DIR} ${join(DIR, '.router.php')} >>${join(DIR, '.server.log')} 2>&1`],
    {
      env: env(),
      detached: true,
      stdio: 'ignore',
    },
  );
  child.unref();
  writeFileSync(PID, String(child.pid));
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`${URL_}wp-login.php`)).ok) return URL_;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`php -S did not answer on ${URL_}`);
}

export async function stop() {
  if (!existsSync(PID)) return;
  const pid = Number(readFileSync(PID, 'utf8'));
  if (pid && alive(pid)) process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 20 && pid && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  rmSync(PID, { force: true });
}

export { HERE };
