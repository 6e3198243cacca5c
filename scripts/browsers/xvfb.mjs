// A private X server for MiniBrowser, which has no headless mode.
import { spawn } from 'node:child_process';
import { debug, tail } from './processes.mjs';

const XVFB_READY_TIMEOUT_MS = 10_000;

/**
 * Starts Xvfb on a free display and resolves to its name (":N") once it accepts clients.
 *
 * @param {ReturnType<typeof import('./processes.mjs').createProcesses>} processes
 * @param {string} xvfbPath
 * @returns {Promise<string>}
 */
export async function startXvfb(processes, xvfbPath) {
  const started = Date.now();
  // -displayfd picks a free display number itself and reports it once the server accepts clients,
  // which avoids both guessing a number and polling for readiness.
  const child = spawn(xvfbPath, ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const stderr = tail(child.stderr);
  processes.manage(child);
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
