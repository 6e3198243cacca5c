import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

export const elements = ['article', 'gallery', 'infobox', 'quote', 'teaser'];

/** Minification of the standalone bundle (and of `npm run size`): `_`-prefixed members are private, mangled. */
export const terserOptions = {
  ecma: 2022,
  module: true,
  compress: { passes: 2 },
  // Not Lit's `_$…` names: they are shared between Lit's own modules.
  mangle: { properties: { regex: /^_(?!\$)/ } },
  format: { comments: false },
};

/** The languages shipped as modules of their own (`dist/i18n/<lang>.js`); German and English are in every element. */
export const languages = ['ar', 'es', 'fa', 'fr', 'it', 'pl', 'ro', 'ru', 'tr', 'uk'];
const languageInputs = Object.fromEntries(languages.map((l) => [`i18n/${l}`, `src/i18n/${l}.ts`]));

export default [
  // npm modules: one file per source module, Lit and React external, .d.ts beside them; consumers' bundlers minify.
  {
    input: {
      index: 'src/index.ts',
      ...Object.fromEntries(elements.map((e) => [`${e}/report-${e}`, `src/${e}/report-${e}.ts`])),
      // report-elements/react: React components made with @lit/react (React and @lit/react are peers).
      'react/index': 'src/react/index.ts',
      // report-elements/ssr: server-side rendering in Node (@lit-labs/ssr).
      'ssr/index': 'src/ssr/index.ts',
      // report-elements/validate: the elements' checks as parse functions and type guards (no element).
      validate: 'src/validate.ts',
      // report-elements/i18n/<lang>: the translations (plain data), also loaded on demand by src/core/i18n.ts.
      ...languageInputs,
    },
    external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^react(\/|$)/, /^node:/],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [
      typescript({ tsconfig: './tsconfig.json', outDir: 'dist', declaration: true, declarationDir: 'dist' }),
      minifyHTML(),
    ],
  },
  // The standalone bundle: everything, Lit's production build included, minified.
  {
    // With the languages beside it (minified; the same plain data as the npm build's files of the same name).
    input: { 'report-elements': 'src/report-elements.ts', ...languageInputs },
    // The on-demand parts import Lit from the bundle itself: let it export what they need, rather than move
    // everything into a chunk behind a one-line facade.
    preserveEntrySignatures: 'allow-extension',
    // Parts loaded on demand become files beside it, `report-elements-<name>.js`: the viewer's parts, and one
    // file with every element's markup reader.
    output: {
      dir: 'dist',
      entryFileNames: '[name].js',
      chunkFileNames: 'report-elements-[name].js',
      manualChunks: (id) => (/[/\\](\w+\.markup|core[/\\]markup)\.ts$/.test(id) ? 'markup' : undefined),
      format: 'es',
      sourcemap: true,
    },
    plugins: [
      resolve(),
      typescript({ tsconfig: './tsconfig.json', outDir: 'dist', declaration: false, sourceMap: true }),
      // The languages lie beside the bundle (dist/i18n/), not one folder up as seen from src/core/. After the
      // TypeScript plugin, which compiles from the file on disk.
      {
        name: 'i18n-path',
        transform: (code, id) =>
          id.endsWith('/src/core/i18n.ts')
            ? { code: code.replace('import(`../i18n/', 'import(`./i18n/'), map: null }
            : null,
      },
      minifyHTML(),
      terser(terserOptions),
    ],
  },
];
