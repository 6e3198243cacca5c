// The processes the engines start (Xvfb, WebKitWebDriver, browsers launched by puppeteer) and their teardown.
import { spawn } from 'node:child_process';
import { constants as osConstants } from 'node:os';
import { puppeteerCore } from '@web/test-runner-chrome';

/**
 * Helper processes and browser process groups, and their teardown.
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
export function createProcesses() {
  /** @type {{ child: import('node:child_process').ChildProcess, watchdog: import('node:child_process').ChildProcess }[]} */
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
  function detachHandlers() {
    process.off('exit', onExit);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
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

  /** Takes charge of a detached helper: watched, and stopped by cleanup(). */
  function manage(child) {
    // Helpers must not keep Node alive by themselves; the runner decides when the process ends.
    child.unref();
    helpers.push({ child, watchdog: watch(child.pid) });
  }

  /** Stops one helper now (one that failed to start) and forgets it. */
  async function stop(child) {
    const index = helpers.findIndex((h) => h.child === child);
    if (index >= 0) {
      killGroup(helpers[index].watchdog, 'SIGKILL');
      helpers.splice(index, 1);
    }
    await stopGroup(child);
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

  /** Stops every helper (once; later calls share the first). */
  function cleanup() {
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

  // Attached up front, not only once a helper runs, so that SIGTERM ends the run the same way whichever
  // engines are selected (see onSignal).
  process.on('exit', onExit);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return { manage, stop, puppeteer, cleanup };
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
export function tail(...streams) {
  let text = '';
  for (const stream of streams) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => (text = (text + chunk).slice(-4000)));
  }
  return () => (text.trim() ? `\n--- output ---\n${text.trim()}` : '');
}

/** Logs helper start-up with DEBUG_ENGINES=1. */
export function debug(message) {
  if (process.env.DEBUG_ENGINES) console.error(`[engines] ${message}`);
}
