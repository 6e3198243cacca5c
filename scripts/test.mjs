/**
 * `npm test`: build, type-check, lint, size budgets, package checks (publint, types, tree-shaking), the static Storybook, then the browser tests (which also load the built bundle under a
 * strict CSP). The last line is the plain `N passed, N failed` summary.
 */
import { steps } from './run.mjs';

await steps([
  ['build', 'npm', ['run', '-s', 'build']],
  ['type-check', 'npm', ['run', '-s', 'typecheck']],
  ['lint', 'npm', ['run', '-s', 'lint']],
  ['size budgets', 'npm', ['run', '-s', 'size']],
  ['package checks', 'npm', ['run', '-s', 'check:package']],
  ['Storybook build', 'npx', ['storybook', 'build', '-o', 'storybook-static', '--quiet']],
  ['browser tests', 'npx', ['web-test-runner', ...process.argv.slice(2)]],
]);
