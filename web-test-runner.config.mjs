import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { engines } from './scripts/browsers.mjs';
import { reactPlugins } from './scripts/react-esm.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';

// Chromium, Firefox ESR and WebKitGTK where installed; a missing engine is named on stderr with its install
// command (ENGINES=chromium,firefox picks; REQUIRE_ALL_ENGINES=1, set by CI, makes a missing one an error).
const { browsers, cleanup } = await engines();

export default {
  files: ['test/**/*.test.ts'],
  // Lit's development build warns about mistakes (e.g. class fields shadowing reactive properties).
  nodeResolve: { exportConditions: ['development'] },
  browsers,
  // One engine and one test file at a time: focus, history and the top layer behave as for a reader only in
  // the foreground tab (Firefox throttles and skips focus events in background tabs), and the machine has two cores.
  concurrentBrowsers: 1,
  concurrency: 1,
  plugins: [
    esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    // React (CommonJS) as ES modules, for test/react.test.ts.
    ...reactPlugins(),
    // After the runner has closed its browsers: stop Xvfb and WebKitWebDriver.
    { name: 'engines-cleanup', serverStop: cleanup },
  ],
  middleware: [
    // The seed refers to images as `images/…`, relative to the page: serve the fixtures there.
    async (ctx, next) => {
      // `images/slow/…` answers after 3 s: for tests that slow images block nothing.
      if (ctx.url.includes('/images/slow/')) {
        await new Promise((r) => setTimeout(r, 3000));
        ctx.url = ctx.url.replace('/images/slow/', '/images/');
      }
      if (/\/images\//.test(ctx.url) && !ctx.url.startsWith('/test/fixtures/')) ctx.url = ctx.url.replace(/^.*\/images\//, '/test/fixtures/images/');
      return next();
    },
  ],
  // Lit announces its dev mode in every file; everything else a test logs stays visible.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 10000 } },
  // A whole file (the fuzz file runs 10,000 cases) may take minutes in Firefox on a busy 2-core machine.
  testsFinishTimeout: 600_000,
};
