/**
 * `cem analyze` (npm run analyze, part of the build): custom-elements.json from the JSDoc contracts in src/,
 * plus editor data generated from it: VS Code's custom data (vscode.html-custom-data.json for tags, attributes
 * and values; vscode.css-custom-data.json for the --report-* properties and parts) and JetBrains' web-types.json.
 * All three ship in the package; docs/npm.md "Editor support" says how to enable them. `npm run analyze` then
 * writes docs/elements.md from the manifest (scripts/docs.mjs).
 */
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/react/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    customElementVsCodePlugin({
      outdir: '.',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      descriptionSrc: 'description',
      // The --report-* properties complete in CSS (below); listed in the hover text they would read "default: undefined".
      hideCssPropertiesDocs: true,
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({
      outdir: '.',
      webTypesFileName: 'web-types.json',
      descriptionSrc: 'description',
      // The --report-* properties complete in CSS (below); listed in the hover text they would read "default: undefined".
      hideCssPropertiesDocs: true,
      excludeCss: false,
      hideLogs: true,
      // The manifest names source modules (/src/quote/quote.js); point the IDE at the public entry point that
      // registers the tag and exports the class (report-elements/quote).
      modulePathTemplate: (_name, modulePath) => modulePath.replace(/^\/?src\/(\w+)\/.*$/, 'report-elements/$1'),
    }),
  ],
};
