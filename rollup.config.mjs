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
    },
    external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^react(\/|$)/, /^node:/],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [typescript({ tsconfig: './tsconfig.json', outDir: 'dist', declaration: true, declarationDir: 'dist' }), minifyHTML()],
  },
  // The standalone bundle: everything, Lit's production build included, minified.
  {
    input: 'src/report-elements.ts',
    // Parts loaded on demand become files beside it, `report-elements-<name>.js`: the viewer's parts, and one
    // file with every element's markup reader.
    output: {
      dir: 'dist',
      entryFileNames: 'report-elements.js',
      chunkFileNames: 'report-elements-[name].js',
      manualChunks: (id) => (/[/\\](\w+\.markup|core[/\\]markup)\.ts$/.test(id) ? 'markup' : undefined),
      format: 'es',
      sourcemap: true,
    },
    plugins: [
      resolve(),
      typescript({ tsconfig: './tsconfig.json', outDir: 'dist', declaration: false, sourceMap: true }),
      minifyHTML(),
      terser(terserOptions),
    ],
  },
];
