/**
 * Runs the Node tests (test/node/*.test.mjs, node:test) against the built package. Their counts go to
 * `.node-tests.json`, which the browser run's summary adds to its `N passed, N failed` line; when a Node test
 * fails, this script prints that line itself and fails.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const files = readdirSync('test/node')
  .filter((f) => f.endsWith('.test.mjs'))
  .map((f) => `test/node/${f}`);
const child = spawn(
  process.execPath,
  [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    '--test-reporter-destination=.node-tests.tap',
    ...files,
  ],
  { stdio: 'inherit' },
);
const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));

const tap = readFileSync('.node-tests.tap', 'utf8');
const count = (what) => Number([...tap.matchAll(new RegExp(`^# ${what} (\\d+)$`, 'gm'))].at(-1)?.[1] ?? 0);
const result = { passed: count('pass'), failed: count('fail') + count('cancelled') + (code && !count('fail') ? 1 : 0) };
writeFileSync('.node-tests.json', JSON.stringify(result));
console.log(`\nNode: ${result.passed} passed, ${result.failed} failed`);
if (code !== 0 || result.failed) {
  console.log(`${result.passed} passed, ${result.failed} failed`);
  process.exit(1);
}
