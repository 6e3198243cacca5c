// Browser launchers for @web/test-runner: Chromium, Firefox ESR and WebKitGTK, all from Debian packages.
//
// Usage (web-test-runner.config.mjs):
//
//   import { engines } from './scripts/browsers.mjs';
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
// No global `concurrency` is needed in the config: the WebKit launcher carries its own `concurrency = 1`
// (the scheduler prefers a launcher's own value over config.concurrency), so Chromium and Firefox keep
// running test files in parallel.

import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { constants as osConstants } from 'node:os';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { CHROMIUM_FLAGS } from './chromium.mjs';

const WEBKIT_INSTALL = 'apt-get install -y webkit2gtk-driver xvfb';

const CHROMIUM_ARGS = [
  ...CHROMIUM_FLAGS,
  // The leak test forces garbage collection with window.gc() to check that removed elements are freed.
  '--js-flags=--expose-gc',
];

const DRIVER_READY_TIMEOUT_MS = 20_000;
const XVFB_READY_TIMEOUT_MS = 10_000;

/**
 * Engine table. `requires(env)` lists the binaries the engine needs; the first missing one becomes the
 * skip reason. `create(env, services)` builds the launcher (it may start helper processes).
 */
const ENGINES = {
  chromium: {
    name: 'Chromium',
    install: 'apt-get install -y chromium',
    requires: (env) => [env.CHROME_PATH || '/usr/bin/chromium'],
    async create(env, services) {
      return chromeLauncher({
        // Same puppeteer-core launch the launcher would use by default, plus an orphan watchdog.
        puppeteer: services.puppeteer,
        launchOptions: { executablePath: env.CHROME_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS },
      });
    },
  },
  firefox: {
    name: 'Firefox',
    install: 'apt-get install -y firefox-esr',
    requires: (env) => [env.FIREFOX_PATH || '/usr/bin/firefox-esr'],
    async create(env, services) {
      // A custom `puppeteer` is what makes the launcher honour `browser: 'firefox'` (WebDriver BiDi);
      // without one it always drives a Chrome binary. services.puppeteer is puppeteer-core's launch.
      return chromeLauncher({
        puppeteer: services.puppeteer,
        launchOptions: {
          browser: 'firefox',
          executablePath: env.FIREFOX_PATH || '/usr/bin/firefox-esr',
          headless: true,
        },
      });
    },
  },
  webkit: {
    name: 'WebKit',
    install: WEBKIT_INSTALL,
    requires: (env) => [
      env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver',
      env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      // MiniBrowser has no headless mode, so without a display we need our own X server.
      ...(env.DISPLAY ? [] : [env.XVFB_PATH || '/usr/bin/Xvfb']),
    ],
    async create(env, services) {
      const display = env.DISPLAY || (await services.startXvfb(env.XVFB_PATH || '/usr/bin/Xvfb'));
      const port = await services.startDriver(env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver', display);
      const launcher = webdriverLauncher({
        automationProtocol: 'webdriver',
        hostname: '127.0.0.1',
        port,
        path: '/',
        capabilities: {
          browserName: 'MiniBrowser',
          // webdriverio 9 otherwise asks for a BiDi session, which WebKitWebDriver rejects with
          // "Failed to match capabilities".
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': {
            binary: env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
            args: ['--automation'],
          },
        },
      });
      // One MiniBrowser window runs one test file at a time. The scheduler reads this per-launcher
      // value before config.concurrency, so the other engines stay parallel.
      launcher.concurrency = 1;
      // The launcher picks its session strategy from config.concurrency (=== 1 → one page navigated per
      // test file; otherwise iframes inside one page, which is not what we want here), and it overwrites
      // `name` with the capability label ("MiniBrowser") during initialize. Patch both at that point.
      const initialize = launcher.initialize.bind(launcher);
      launcher.initialize = async (config, testFiles) => {
        await initialize({ ...config, concurrency: 1 }, testFiles);
        launcher.name = 'WebKit';
      };
      return launcher;
    },
  },
};

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
    if (missing) {
      skipped.push({ name: engine.name, reason: `${missing} not found`, install: engine.install });
    } else {
      available.push(engine);
    }
  }

  const messages = skipped.map((s) => `${s.name} skipped: ${s.reason} — install with: ${s.install}`);
  if (skipped.length > 0 && requireAll) {
    throw new Error(
      `REQUIRE_ALL_ENGINES=1, but not every selected engine is installed:\n` +
        skipped.map((s) => `  ${s.name}: ${s.reason} — install with: ${s.install}`).join('\n'),
    );
  }
  for (const message of messages) {
    console.error(`WARNING: ${message}`);
  }
  if (available.length === 0) {
    // An empty list would make the runner fall back to its default launcher (which fails as root),
    // so say plainly that nothing can run.
    throw new Error(`No browser engine available (selected: ${selected.join(', ')}).`);
  }

  const services = createServices();
  const browsers = [];
  try {
    for (const engine of available) {
      const launcher = await engine.create(env, services);
      // The Chrome launcher derives its label from its options ("Chrome" for Chromium); set ours so the
      // progress lines and failure reports say which engine is which.
      launcher.name = engine.name;
      browsers.push(launcher);
    }
  } catch (error) {
    await services.cleanup();
    throw error;
  }
  return { browsers, skipped, cleanup: services.cleanup };
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

/**
 * Helper processes (Xvfb, WebKitWebDriver) and browser process groups, and their teardown.
 *
 * Helpers are spawned `detached`, i.e. as leaders of their own process groups, so that killing a group also
 * takes down what it spawned (WebKitWebDriver → MiniBrowser → WebKit web/network processes). They are
 * stopped by cleanup(), on process exit and on SIGINT/SIGTERM.
 *
 * Each helper and each browser that puppeteer launches (puppeteer also detaches them) gets a tiny shell
 * watchdog that kills the group once this Node process is gone: that covers SIGKILL and hard crashes, where
 * no handler runs and the detached groups would otherwise live on (seen with Firefox, which has no pipe to
 * notice its parent dying).
 */
function createServices() {
  /** @type {{ child?: import('node:child_process').ChildProcess, watchdog: import('node:child_process').ChildProcess }[]} */
  const helpers = [];
  /** @type {Set<import('node:child_process').ChildProcess>} */
  const watchdogs = new Set();
  let cleanupPromise;

  function killAllNow() {
    // Reverse order: the driver (and its browser) goes before the X server it draws on.
    for (const { child } of [...helpers].reverse()) killGroup(child, 'SIGTERM');
    // Browser groups are left to puppeteer, which kills them in its own exit/signal handlers.
    for (const watchdog of watchdogs) killGroup(watchdog, 'SIGKILL');
  }

  function onExit() {
    killAllNow();
  }
  function onSignal(signal) {
    killAllNow();
    detachHandlers();
    if (process.listenerCount(signal) === 0) {
      // Our listener replaced Node's default "terminate on signal"; re-raise so it still happens.
      process.kill(process.pid, signal);
      return;
    }
    // Others listen too (the runner on SIGINT; puppeteer on both, but on SIGTERM it only closes its
    // browser and keeps the process alive). Give them a moment, then end as the signal would have.
    process.exitCode = 128 + osConstants.signals[signal];
    setTimeout(() => process.exit(), 1000).unref();
  }
  let handlersAttached = false;
  function attachHandlers() {
    if (handlersAttached) return;
    handlersAttached = true;
    process.on('exit', onExit);
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
  function detachHandlers() {
    process.off('exit', onExit);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    handlersAttached = false;
  }

  /** Starts a watchdog that kills process group `pgid` once this process is gone (or ends with the group). */
  function watch(pgid) {
    const watchdog = spawn(
      '/bin/sh',
      [
        '-c',
        `while kill -s 0 ${process.pid} && kill -s 0 -- -${pgid}; do sleep 1; done 2>/dev/null; ` +
          `kill -s TERM -- -${pgid} 2>/dev/null`,
      ],
      { detached: true, stdio: 'ignore' },
    );
    watchdog.on('error', () => {}); // best effort: exit/signal handlers still cover ordinary endings
    watchdog.on('exit', () => watchdogs.delete(watchdog));
    watchdog.unref();
    watchdogs.add(watchdog);
    return watchdog;
  }

  function manage(child) {
    // Helpers must not keep Node alive by themselves; the runner decides when the process ends.
    child.unref();
    helpers.push({ child, watchdog: watch(child.pid) });
  }

  /** A `puppeteer` stand-in for chromeLauncher whose launches are watched like the helpers. */
  const puppeteer = {
    async launch(options) {
      const browser = await puppeteerCore.launch(options);
      const pid = browser.process()?.pid;
      if (pid) watch(pid);
      return browser;
    },
  };

  async function cleanup() {
    cleanupPromise ??= (async () => {
      for (const { child, watchdog } of [...helpers].reverse()) {
        killGroup(watchdog, 'SIGKILL');
        await stopGroup(child);
      }
      helpers.length = 0;
      // By now the runner has closed its browsers; their watchdogs have nothing left to guard.
      for (const watchdog of watchdogs) killGroup(watchdog, 'SIGKILL');
      detachHandlers();
    })();
    return cleanupPromise;
  }

  async function startXvfb(xvfbPath) {
    const started = Date.now();
    // -displayfd picks a free display number itself and reports it once the server accepts clients,
    // which avoids both guessing a number and polling for readiness.
    const child = spawn(xvfbPath, ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    const stderr = tail(child.stderr);
    manage(child);
    const display = await new Promise((resolve, reject) => {
      let out = '';
      const timer = setTimeout(
        () => reject(new Error(`Xvfb did not report a display within ${XVFB_READY_TIMEOUT_MS} ms.${stderr()}`)),
        XVFB_READY_TIMEOUT_MS,
      );
      child.stdio[3].on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) {
          clearTimeout(timer);
          resolve(`:${out.trim()}`);
        }
      });
      child.on('error', (error) => {
        clearTimeout(timer);
        reject(new Error(`Could not start ${xvfbPath}: ${error.message}`));
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Xvfb exited (code ${code}) before reporting a display.${stderr()}`));
      });
    });
    child.stdio[3].destroy();
    child.stderr.unref();
    debug(`Xvfb on ${display} in ${Date.now() - started} ms`);
    return display;
  }

  async function startDriver(driverPath, display) {
    // The free port is found by binding port 0 and releasing it, so another process could grab it in
    // between; retry a couple of times instead of failing the whole run on that race.
    let lastError;
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const started = Date.now();
      const port = await freePort();
      const child = spawn(driverPath, [`--port=${port}`, '--host=127.0.0.1'], {
        detached: true,
        env: { ...process.env, DISPLAY: display },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const output = tail(child.stdout, child.stderr);
      manage(child);
      try {
        await waitForDriver(child, port, output);
        child.stdout.unref();
        child.stderr.unref();
        debug(`WebKitWebDriver on port ${port} (DISPLAY=${display}) in ${Date.now() - started} ms`);
        return port;
      } catch (error) {
        lastError = error;
        const index = helpers.findIndex((h) => h.child === child);
        killGroup(helpers[index].watchdog, 'SIGKILL');
        helpers.splice(index, 1);
        await stopGroup(child);
        if (error.fatal) break;
      }
    }
    throw lastError;
  }

  // Attached up front, not only once a helper runs, so that SIGTERM ends the run the same way whichever
  // engines are selected (see onSignal).
  attachHandlers();
  return { startXvfb, startDriver, puppeteer, cleanup };
}

async function waitForDriver(child, port, output) {
  let exited = null;
  let spawnError = null;
  child.on('exit', (code) => (exited = code ?? 'signal'));
  child.on('error', (error) => (spawnError = error));
  const deadline = Date.now() + DRIVER_READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (spawnError) {
      throw Object.assign(new Error(`Could not start WebKitWebDriver: ${spawnError.message}`), { fatal: true });
    }
    if (exited !== null) {
      throw new Error(`WebKitWebDriver exited (code ${exited}) before it was ready.${output()}`);
    }
    if (await driverReady(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw Object.assign(
    new Error(
      `WebKitWebDriver on port ${port} not ready after ${DRIVER_READY_TIMEOUT_MS} ms.${output()}\n` +
        'Run without WebKit meanwhile: ENGINES=chromium,firefox',
    ),
    { fatal: true },
  );
}

function driverReady(port) {
  return new Promise((resolve) => {
    // A plain one-shot request (no keep-alive agent) so polling leaves no sockets open behind.
    const request = get({ host: '127.0.0.1', port, path: '/status', agent: false, timeout: 1000 }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => {
        try {
          resolve(JSON.parse(body)?.value?.ready === true);
        } catch {
          resolve(false);
        }
      });
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function killGroup(child, signal) {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** SIGTERM the group, then SIGKILL if it has not exited after 3 s. */
async function stopGroup(child) {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  killGroup(child, 'SIGTERM');
  let timer;
  const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), 3000)));
  if ((await Promise.race([exited, timedOut])) === 'timeout') {
    killGroup(child, 'SIGKILL');
    await exited;
  }
  clearTimeout(timer);
}

/** Keeps the last few KB of a helper's output so a startup failure can show why. */
function tail(...streams) {
  let text = '';
  for (const stream of streams) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => (text = (text + chunk).slice(-4000)));
  }
  return () => (text.trim() ? `\n--- output ---\n${text.trim()}` : '');
}

function debug(message) {
  if (process.env.DEBUG_ENGINES) console.error(`[engines] ${message}`);
}
