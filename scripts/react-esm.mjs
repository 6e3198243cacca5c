/**
 * React for @web/test-runner: React ships CommonJS only, and test/react.test.ts renders the
 * report-elements/react wrappers with it. These dev-server plugins serve react, react-dom and scheduler as
 * ES modules, in their development build:
 *
 * 1. `process.env.NODE_ENV` becomes "development" in their files;
 * 2. a bare `react`, `react-dom` or `react-dom/client` imported from our code gets a small module that
 *    re-exports that default under its real names (`createElement`, `createRoot`, …), read in Node, because
 *    the CommonJS plugin cannot see names assigned inside React's conditional `require`;
 * 3. @rollup/plugin-commonjs turns their files into ES modules with a default export (`module.exports`).
 * (The order matters: the CommonJS plugin's own `serve` would answer the wrappers' URLs with a 404.)
 */
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { fromRollup } from '@web/dev-server-rollup';

const require = createRequire(import.meta.url);
const REACT_FILES = /\/node_modules\/(react|react-dom|scheduler)\//;
const ENTRIES = ['react', 'react-dom', 'react-dom/client'];
const PREFIX = '/__react-esm/';
const commonjs = fromRollup(rollupCommonjs);

// Read once when the config loads: later, inside the runner, React's development build trips over the
// runner's console proxy.
const WRAPPERS = Object.fromEntries(
  ENTRIES.map((id) => {
    const file = `/${relative(process.cwd(), require.resolve(id)).replaceAll('\\', '/')}`;
    const names = Object.keys(require(id)).filter((n) => n !== 'default' && /^[A-Za-z_$][\w$]*$/.test(n));
    return [id, `import m from '${file}';\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`];
  }),
);

export const reactPlugins = () => [
  {
    name: 'react-development',
    transform: ({ path, body }) =>
      REACT_FILES.test(path) && typeof body === 'string'
        ? { body: body.replaceAll('process.env.NODE_ENV', '"development"') }
        : undefined,
  },
  {
    name: 'react-esm',
    resolveImport: ({ source, context }) =>
      ENTRIES.includes(source) && !REACT_FILES.test(context.path) ? `${PREFIX}${source}.js` : undefined,
    serve: (context) => {
      const id = context.path.startsWith(PREFIX) ? context.path.slice(PREFIX.length, -'.js'.length) : '';
      return WRAPPERS[id] ? { body: WRAPPERS[id], type: 'js' } : undefined;
    },
  },
  // Each file is converted on its own, without Rollup's view of the module graph: requires are hoisted (not
  // wrapped in functions) so that every file has its own default export, and a `require()` returns that
  // default (`module.exports`), not the namespace around it.
  commonjs({
    include: ['**/node_modules/react/**', '**/node_modules/react-dom/**', '**/node_modules/scheduler/**'],
    strictRequires: false,
    requireReturnsDefault: 'preferred',
  }),
];
