/** Runs a command with inherited output; resolves with its exit code. Shared by the project's scripts. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export const run = (cmd, args, opts = {}) =>
  new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', ...opts });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', () => resolve(127));
  });

/**
 * Runs each `[label, cmd, args]` in order. By default it stops at the first failure (exits with its code);
 * with `{ keepGoing: true }` it runs them all and resolves with the labels that failed, so that one failing
 * suite does not hide the results of the others.
 */
export async function steps(list, { keepGoing = false } = {}) {
  const failed = [];
  for (const [label, cmd, args] of list) {
    console.log(`\n▶ ${label}`);
    const code = await run(cmd, args);
    if (code === 0) continue;
    console.error(`✖ ${label} failed (exit ${code})`);
    if (!keepGoing) process.exit(code);
    failed.push(label);
  }
  return failed;
}

/**
 * The install step for a fresh clone (none when `node_modules` is there), shared by `npm start` and `npm test`
 * so that both work from a clean clone with nothing installed first.
 */
export const installIfNeeded = () =>
  existsSync('node_modules/.package-lock.json')
    ? []
    : [
        [
          "install (first run only: about 2 minutes; npm's notes about skipped install scripts are expected)",
          'npm',
          ['ci', '--no-audit', '--no-fund'],
        ],
      ];
