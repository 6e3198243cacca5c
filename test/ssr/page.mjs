/**
 * Test pages made by the server-side renderer (report-elements/ssr, built in dist/), served by the test
 * runner at `/test/ssr/<name>.html` (`?js` adds the standalone bundle). The CSP is strict, with the renderer's
 * style hashes, so a page shows whether its inline styles are allowed before any script runs.
 */
import { part, seed } from '../fixtures/seed.mjs';

const pages = {
  article: ['report-article', seed, {}],
  gallery: ['report-gallery', () => part('gallery'), { id: 'galerie' }],
  quote: ['report-quote', () => part('quote'), {}],
  infobox: ['report-infobox', () => part('infobox'), {}],
  teaser: [
    'report-teaser',
    () => ({
      kicker: seed().kicker,
      title: seed().title,
      date: seed().date,
      href: '/bericht',
      summary: 'Zwei Jobcenter, ein Tag, viele Ideen.',
      image: seed().image,
    }),
    { priority: true },
  ],
};

/** The HTML of page `name`, or `undefined` for an unknown name. */
export async function ssrPage(name, withScript) {
  if (!Object.hasOwn(pages, name)) return undefined;
  const { renderToString } = await import('../../dist/ssr/index.js');
  const [tag, data, options] = pages[name];
  const { html, styleHashes } = await renderToString(tag, data(), { lang: 'de', ...options });
  const csp = `default-src 'self'; script-src 'self'; style-src 'self' ${styleHashes.join(' ')}; img-src 'self' data:; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html`;
  return `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${csp}" />
    <title>Server-rendered ${tag}</title>
    <link rel="icon" href="data:," />
    <script src="/test/csp/probe.js"></script>
  </head>
  <body>
    <main>${html}</main>
    ${withScript ? '<script type="module" src="/dist/report-elements.js"></script>' : ''}
  </body>
</html>`;
}
