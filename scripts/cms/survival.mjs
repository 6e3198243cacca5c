/**
 * `npm run survival`: measures the CMS survival matrix and writes it into the tree. Runs the sanitizer pre-step
 * (scripts/cms/sanitize.mjs) and the survival test (test/cms/survival.test.ts; ENGINES picks the engines, the
 * committed matrix has all three), then, if both passed, copies what the test wrote to test/cms/.out/ over
 * docs/cms-survival.md and, when this run had the Drupal/TYPO3 code, test/cms/last-local-run.json.
 *
 * `npm test` runs the same test and asserts every cell, but writes nothing into the tree: the matrix carries
 * the run's date, engines and local columns, so writing it on every run left the tree modified.
 *
 *   npm run survival                       (extra arguments go to web-test-runner)
 */
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { steps } from '../run.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(ROOT, 'test/cms/.out');
const WRITES = [
  [join(OUT, 'cms-survival.md'), join(ROOT, 'docs/cms-survival.md')],
  [join(OUT, 'last-local-run.json'), join(ROOT, 'test/cms/last-local-run.json')],
];

// An earlier run's files must not be taken for this run's.
for (const [from] of WRITES) rmSync(from, { force: true });
await steps([
  ['CMS sanitizers (WordPress save path; Drupal/TYPO3 only with their code)', 'node', ['scripts/cms/sanitize.mjs']],
  ['CMS survival test', 'npx', ['web-test-runner', 'test/cms/survival.test.ts', ...process.argv.slice(2)]],
]);
for (const [from, to] of WRITES) {
  if (!existsSync(from)) continue; // last-local-run.json: only from a run with the Drupal/TYPO3 code
  copyFileSync(from, to);
  console.log(`wrote ${relative(ROOT, to)}`);
}
