/**
 * A @web/test-runner reporter that prints, after the run, one line per engine and the plain overall line
 * CI reads: `Chromium: 120 passed, 0 failed` … `360 passed, 0 failed`.
 * A file that failed to load (no results) counts as one failure, so a broken file cannot pass silently.
 */
import { readFileSync } from 'node:fs';

function count(suite, into) {
  for (const t of suite?.tests ?? []) {
    if (t.skipped) into.skipped++;
    else if (t.passed) into.passed++;
    else into.failed++;
  }
  for (const s of suite?.suites ?? []) count(s, into);
}

export function summaryReporter() {
  return {
    start() {},
    onTestRunFinished({ sessions }) {
      const byEngine = new Map();
      for (const session of sessions) {
        const name = session.browser.name;
        const c = byEngine.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
        const before = c.passed + c.failed + c.skipped;
        count(session.testResults, c);
        if (!session.passed && c.passed + c.failed + c.skipped === before) c.failed++;
        else if (session.errors?.length && !session.passed && c.failed === 0) c.failed++;
        byEngine.set(name, c);
      }
      // `npm test` ran the Node tests (scripts/node-tests.mjs) and the WordPress plugin's test against a real
      // WordPress (cms/wordpress/test/e2e.mjs) first: they count in the overall line. A suite that left no
      // counts (it crashed) counts as one failure.
      for (const [name, file] of [
        ['Node', process.env.REPORT_NODE_TESTS],
        ['WordPress', process.env.REPORT_WORDPRESS_TESTS],
      ]) {
        if (!file) continue;
        try {
          byEngine.set(name, { skipped: 0, ...JSON.parse(readFileSync(file, 'utf8')) });
        } catch {
          byEngine.set(name, { passed: 0, failed: 1, skipped: 0 });
        }
      }
      const total = { passed: 0, failed: 0, skipped: 0 };
      const lines = [''];
      for (const [name, c] of byEngine) {
        lines.push(`${name}: ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`);
        total.passed += c.passed;
        total.failed += c.failed;
        total.skipped += c.skipped;
      }
      lines.push(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
      // Printed after the runner's own dynamic progress output has stopped.
      process.on('exit', () => process.stdout.write(`${lines.join('\n')}\n`));
    },
    reportTestFileResults() {},
    getTestProgress() {
      return [];
    },
    stop() {},
  };
}
