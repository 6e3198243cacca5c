// WebKitGTK from Debian: MiniBrowser driven by WebKitWebDriver (WebDriver classic), on a private Xvfb when
// there is no display.
import { spawn } from 'node:child_process';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { debug, tail } from './processes.mjs';
import { startXvfb } from './xvfb.mjs';

const DRIVER_READY_TIMEOUT_MS = 20_000;
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** @type {import('./index.mjs').Engine} */
export const webkit = {
  name: 'WebKit',
  install: 'apt-get install -y webkit2gtk-driver xvfb',
  requires: (env) => [
    env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver',
    env.MINIBROWSER_PATH || MINIBROWSER,
    // MiniBrowser has no headless mode, so without a display we need our own X server.
    ...(env.DISPLAY ? [] : [env.XVFB_PATH || '/usr/bin/Xvfb']),
  ],
  async create(env, processes) {
    const display = env.DISPLAY || (await startXvfb(processes, env.XVFB_PATH || '/usr/bin/Xvfb'));
    const port = await startDriver(processes, env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver', display);
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
        'webkitgtk:browserOptions': { binary: env.MINIBROWSER_PATH || MINIBROWSER, args: ['--automation'] },
      },
    });
    // One MiniBrowser window, one test file at a time, whatever the config or `--concurrency` says (the config
    // has 1 for every engine anyway): the launcher reads config.concurrency to pick its session strategy
    // (1 → one page navigated per file; more → iframes in one page, which WebKit's focus and history tests
    // cannot run in). It also overwrites `name` with the capability label ("MiniBrowser") during initialize.
    launcher.concurrency = 1;
    const initialize = launcher.initialize.bind(launcher);
    launcher.initialize = async (config, testFiles) => {
      await initialize({ ...config, concurrency: 1 }, testFiles);
      launcher.name = 'WebKit';
    };
    return launcher;
  },
};

/** Starts WebKitWebDriver on a free port with `display`; resolves to the port once it answers /status. */
async function startDriver(processes, driverPath, display) {
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
    processes.manage(child);
    try {
      await waitForDriver(child, port, output);
      child.stdout.unref();
      child.stderr.unref();
      debug(`WebKitWebDriver on port ${port} (DISPLAY=${display}) in ${Date.now() - started} ms`);
      return port;
    } catch (error) {
      lastError = error;
      await processes.stop(child);
      if (error.fatal) break;
    }
  }
  throw lastError;
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
