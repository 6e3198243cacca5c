// Browser launchers for @web/test-runner: Chromium, Firefox ESR and WebKitGTK, all from Debian packages.
//
// Usage (web-test-runner.config.mjs):
//
//   import { engines } from './scripts/browsers/index.mjs';
//   const { browsers, cleanup } = await engines();
//   export default { browsers, plugins: [{ name: 'engines-cleanup', serverStop: cleanup }], ... };
//
// Environment:
//   ENGINES=chromium,firefox,webkit   which engines to run (default: all three, in that order)
//   REQUIRE_ALL_ENGINES=1             a selected engine that is not installed is an error, not a warning (CI)
//   CHROME_PATH, FIREFOX_PATH         browser binaries (default /usr/bin/chromium, /usr/bin/firefox-esr)
//   WEBKIT_DRIVER_PATH, MINIBROWSER_PATH, XVFB_PATH
//                                     WebKit pieces (defaults: Debian's paths)
//   DISPLAY                           if set, WebKit uses it; if unset, a private Xvfb is started
//   DEBUG_ENGINES=1                   log helper start-up (display, driver port, milliseconds) to stderr
//
// Concurrency is the config's: it runs one engine and one test file at a time (`concurrentBrowsers: 1`,
// `concurrency: 1`), for focus and history tests that need the foreground tab. The WebKit launcher also
// insists on one file at a time by itself (webkit.mjs).
//
// Modules: chromium.mjs, firefox.mjs, webkit.mjs (one engine each), xvfb.mjs (WebKit's display),
// processes.mjs (helper processes, watchdogs, teardown), commands.mjs (forced-colours emulation).

import { accessSync, constants } from 'node:fs';
import { chromium } from './chromium.mjs';
import { firefox } from './firefox.mjs';
import { createProcesses } from './processes.mjs';
import { webkit } from './webkit.mjs';

export { forcedColorsPlugin } from './commands.mjs';

/**
 * @typedef {object} Engine
 * @property {string} name what progress lines and failures call it
 * @property {string} install the command that installs it
 * @property {(env: NodeJS.ProcessEnv) => string[]} requires the binaries it needs; the first missing one is
 *   the reason it is skipped
 * @property {(env: NodeJS.ProcessEnv, processes: ReturnType<typeof createProcesses>) =>
 *   Promise<import('@web/test-runner').BrowserLauncher>} create builds the launcher (it may start helpers)
 */

/** @type {Record<string, Engine>} */
const ENGINES = { chromium, firefox, webkit };

/**
 * Builds the launchers for the selected engines.
 *
 * @param {object} [options]
 * @param {string | string[]} [options.engines] overrides $ENGINES (comma list or array)
 * @param {boolean} [options.requireAll] overrides $REQUIRE_ALL_ENGINES=1
 * @returns {Promise<{
 *   browsers: import('@web/test-runner').BrowserLauncher[],
 *   skipped: { name: string, reason: string, install: string }[],
 *   cleanup: () => Promise<void>,
 * }>}
 */
export async function engines(options = {}) {
  const env = process.env;
  const selected = parseEngineList(options.engines ?? env.ENGINES);
  const requireAll = options.requireAll ?? env.REQUIRE_ALL_ENGINES === '1';

  const skipped = [];
  const available = [];
  for (const key of selected) {
    const engine = ENGINES[key];
    const missing = engine.requires(env).find((path) => !isExecutable(path));
    if (missing) skipped.push({ name: engine.name, reason: `${missing} not found`, install: engine.install });
    else available.push(engine);
  }

  if (skipped.length > 0 && requireAll) {
    throw new Error(
      `REQUIRE_ALL_ENGINES=1, but not every selected engine is installed:\n` +
        skipped.map((s) => `  ${s.name}: ${s.reason} — install with: ${s.install}`).join('\n'),
    );
  }
  for (const s of skipped) console.error(`WARNING: ${s.name} skipped: ${s.reason} — install with: ${s.install}`);
  if (available.length === 0) {
    // An empty list would make the runner fall back to its default launcher (which fails as root),
    // so say plainly that nothing can run.
    throw new Error(`No browser engine available (selected: ${selected.join(', ')}).`);
  }

  const processes = createProcesses();
  const browsers = [];
  try {
    for (const engine of available) {
      const launcher = await engine.create(env, processes);
      // The Chrome launcher derives its label from its options ("Chrome" for Chromium); set ours so the
      // progress lines and failure reports say which engine is which.
      launcher.name = engine.name;
      browsers.push(launcher);
    }
  } catch (error) {
    await processes.cleanup();
    throw error;
  }
  return { browsers, skipped, cleanup: processes.cleanup };
}

function parseEngineList(value) {
  const all = Object.keys(ENGINES);
  if (value == null || value === '') return all;
  const list = (Array.isArray(value) ? value : String(value).split(','))
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const unknown = list.filter((s) => !all.includes(s));
  if (unknown.length > 0) {
    // A typo must not quietly shrink the test matrix.
    throw new Error(`Unknown engine(s) in ENGINES: ${unknown.join(', ')} (expected: ${all.join(', ')})`);
  }
  if (list.length === 0) return all;
  return all.filter((s) => list.includes(s));
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
