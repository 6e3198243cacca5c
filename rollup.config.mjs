import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

export const elements = ['article', 'gallery', 'infobox', 'quote', 'teaser'];

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
    output: { file: 'dist/report-elements.js', format: 'es', sourcemap: true },
    plugins: [
      resolve(),
      typescript({ tsconfig: './tsconfig.json', outDir: 'dist', declaration: false, sourceMap: true }),
      minifyHTML(),
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
  },
];
