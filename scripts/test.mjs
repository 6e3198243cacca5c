/**
 * `npm test`: build, type-check, lint, format, docs (README size, generated reference, links), size budgets,
 * package checks (publint, types, tree-shaking), the Node tests (JSON Schema agreement, server rendering, CLI),
 * the static Storybook, then the browser tests (which also load the built bundle under a strict CSP and hydrate
 * server-rendered HTML). The last line is the plain `N passed, N failed` summary over Node and browser tests.
 */
import { rmSync } from 'node:fs';
import { installIfNeeded, steps } from './run.mjs';

// The browser run's summary adds the Node tests' counts from this file (written by scripts/node-tests.mjs).
rmSync('.node-tests.json', { force: true });
process.env.REPORT_NODE_TESTS = '.node-tests.json';
// The same for the WordPress plugin's test against a real WordPress (cms/wordpress/test/e2e.mjs).
rmSync('.wordpress-tests.json', { force: true });
process.env.REPORT_WORDPRESS_TESTS = '.wordpress-tests.json';

// Checks first: a broken build, type error, lint error or budget stops the run.
await steps([
  ...installIfNeeded(),
  ['build', 'npm', ['run', '-s', 'build']],
  ['type-check', 'npm', ['run', '-s', 'typecheck']],
  ['lint', 'npm', ['run', '-s', 'lint']],
  ['format (Prettier)', 'npm', ['run', '-s', 'format:check']],
  ['docs (README size, generated reference, links)', 'node', ['scripts/check-docs.mjs']],
  ['size budgets', 'npm', ['run', '-s', 'size']],
  ['package checks', 'npm', ['run', '-s', 'check:package']],
  ['Storybook build', 'npx', ['storybook', 'build', '-o', 'storybook-static', '--quiet']],
]);
// Then every suite, each whatever the others did; the browser run's summary line counts them all.
const failed = await steps(
  [
    ['Node tests (schema agreement, server rendering)', 'node', ['scripts/node-tests.mjs']],
    ['WordPress plugin against a real WordPress (Debian package, test bed)', 'node', ['cms/wordpress/test/e2e.mjs']],
    [
      'CMS sanitizers for test/cms (WordPress save path; Drupal/TYPO3 only with their code)',
      'node',
      ['scripts/cms/sanitize.mjs'],
    ],
    ['browser tests', 'npx', ['web-test-runner', ...process.argv.slice(2)]],
  ],
  { keepGoing: true },
);
if (failed.length) {
  console.error(`\n✖ failed: ${failed.join('; ')}`);
  process.exit(1);
}
