import { existsSync, readFileSync } from 'node:fs';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { engines, forcedColorsPlugin } from './scripts/browsers/index.mjs';
import { reactPlugins } from './scripts/react-esm.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';

// Chromium, Firefox ESR and WebKitGTK where installed; a missing engine is named on stderr with its install
// command (ENGINES=chromium,firefox picks; REQUIRE_ALL_ENGINES=1, set by CI, makes a missing one an error).
const { browsers, cleanup } = await engines();

// JSON endpoints for `src` (test/src.test.ts, test/fallback.test.ts): the seed report, its first quote (without
// the block `type`, as a CMS endpoint for one quote would answer), a quote with a given text, and JSON that fails
// validation.
const SEED = readFileSync(new URL('./test/fixtures/seed.json', import.meta.url), 'utf8');
const SEED_QUOTE = JSON.parse(SEED).blocks.find((b) => b.type === 'quote');
delete SEED_QUOTE.type;
const API = {
  'seed.json': () => JSON.parse(SEED),
  'seed-quote.json': () => SEED_QUOTE,
  quote: (ctx) => ({ text: ctx.query.text, author: 'Test' }),
  invalid: () => ({ text: 42, author: ['not', 'a', 'string'] }),
  // Relative URLs in loaded content resolve against the JSON's URL (test/intake.test.ts).
  'reports/quote.json': () => ({
    text: 'T',
    author: 'A',
    cite: '../source.html',
    image: { src: 'portrait.svg', srcset: 'portrait.svg 1x, img/portrait-2x.svg 2x', alt: '' },
  }),
};

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
    // Forced colours emulated where the engine can (test/gallery-a11y.test.ts).
    forcedColorsPlugin(),
    // After the runner has closed its browsers: stop Xvfb and WebKitWebDriver.
    { name: 'engines-cleanup', serverStop: cleanup },
  ],
  middleware: [
    // Modules imported by a computed URL (the languages: src/core/i18n.ts) are asked for as .js: serve the .ts.
    async (ctx, next) => {
      if (/^\/src\/.*\.js$/.test(ctx.path) && !existsSync(`.${ctx.path}`))
        ctx.url = ctx.url.replace(/\.js(?=$|\?)/, '.ts');
      return next();
    },
    // Pages made by the server-side renderer (test/ssr/page.mjs; needs the built dist/).
    async (ctx, next) => {
      const m = /^\/test\/ssr\/(\w+)\.html$/.exec(ctx.path);
      if (!m) return next();
      const { ssrPage } = await import('./test/ssr/page.mjs');
      const page = await ssrPage(m[1], 'js' in ctx.query);
      if (page === undefined) return next();
      ctx.type = 'html';
      ctx.body = page;
    },
    // The seed refers to images as `images/…`, relative to the page: serve the fixtures there.
    async (ctx, next) => {
      // `images/slow/…` answers after 3 s: for tests that slow images block nothing.
      if (ctx.url.includes('/images/slow/')) {
        await new Promise((r) => setTimeout(r, 3000));
        ctx.url = ctx.url.replace('/images/slow/', '/images/');
      }
      if (/\/images\//.test(ctx.url) && !ctx.url.startsWith('/test/fixtures/'))
        ctx.url = ctx.url.replace(/^.*\/images\//, '/test/fixtures/images/');
      return next();
    },
    // /api/<name> (see API), /api/status/<code> (that HTTP status), /api/not-json (an HTML page),
    // /api/slow/<ms>/<endpoint> (<endpoint>, <ms> later); never cached.
    async (ctx, next) => {
      const m = /^\/api\/(?:slow\/(\d+)\/)?([^?]*)/.exec(ctx.url);
      if (!m) return next();
      if (m[1]) await new Promise((r) => setTimeout(r, Number(m[1])));
      const [, , name] = m;
      const status = /^status\/(\d+)$/.exec(name)?.[1];
      ctx.set('Cache-Control', 'no-store');
      ctx.status = status ? Number(status) : API[name] || name === 'not-json' ? 200 : 404;
      if (name === 'not-json') [ctx.type, ctx.body] = ['html', '<!doctype html><title>Page</title><p>Not JSON.</p>'];
      else [ctx.type, ctx.body] = ['json', JSON.stringify(API[name]?.(ctx) ?? { error: ctx.status })];
    },
  ],
  // Lit announces its dev mode in every file; everything else a test logs stays visible.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 10000 } },
  // A whole file (the fuzz file runs 10,000 cases) may take minutes in Firefox on a busy 2-core machine.
  testsFinishTimeout: 600_000,
};
