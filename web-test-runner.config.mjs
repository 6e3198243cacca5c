import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { summaryReporter } from './scripts/summary-reporter.mjs';

export default {
  files: ['test/**/*.test.ts'],
  // Lit's development build warns about mistakes (e.g. class fields shadowing reactive properties).
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  middleware: [
    // The seed refers to images as `images/…`, relative to the page: serve the fixtures there.
    (ctx, next) => {
      if (/\/images\//.test(ctx.url) && !ctx.url.startsWith('/test/fixtures/')) ctx.url = ctx.url.replace(/^.*\/images\//, '/test/fixtures/images/');
      return next();
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      },
    }),
  ],
  // Lit announces its dev mode in every file; everything else a test logs stays visible.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 10000 } },
};
