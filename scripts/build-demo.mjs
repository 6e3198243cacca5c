/**
 * Writes the demo page dist/demo/index.html: the whole seed report, embedded the way a CMS page would
 * (one script tag, the JSON in a child script), plus the locally made images.
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';

const seed = JSON.parse(await readFile('test/fixtures/seed.json', 'utf8'));
// `<` as \u003c keeps "</script>" inside the content from ending the JSON block early.
const json = (value) => JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
const attr = (value) => JSON.stringify(value).replace(/&/g, '&amp;').replace(/'/g, '&#39;');

const teaser = {
  kicker: seed.kicker,
  title: seed.title,
  href: '#bericht',
  date: seed.date,
  summary: 'Zwei Jobcenter, ein Tag, viele Ideen: wie Menschen mit psychischen Erkrankungen wieder in Arbeit finden.',
  image: seed.image,
};

const page = `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <meta name="description" content="report-elements: der Beispielbericht, gerendert aus JSON." />
    <title>report-elements – Demo: ${seed.title.replace(/</g, '&lt;')}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="demo.css" />
    <script type="module" src="../report-elements.js"></script>
  </head>
  <body>
    <header class="site"><p><strong>report-elements</strong> · Demo</p></header>
    <main>
      <section aria-labelledby="teaser-heading" class="teasers">
        <h2 id="teaser-heading">Aktuelles</h2>
        <report-teaser heading-level="3" priority data='${attr(teaser)}'></report-teaser>
      </section>
      <report-article id="bericht">
        <script type="application/json">
${json(seed)}
        </script>
      </report-article>
    </main>
  </body>
</html>
`;

const css = `:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { margin: 0; background: Canvas; color: CanvasText; }
.site { padding: 0.75rem 1rem; border-bottom: 1px solid color-mix(in srgb, currentColor 20%, transparent); }
.site p { margin: 0; max-width: 48rem; margin-inline: auto; }
main { max-width: 48rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; }
.teasers { margin-bottom: 3rem; }
.teasers h2 { font-size: 1rem; text-transform: uppercase; letter-spacing: 0.06em; }
`;

await mkdir('dist/demo', { recursive: true });
await writeFile('dist/demo/index.html', page);
await writeFile('dist/demo/demo.css', css);
await cp('test/fixtures/images', 'dist/demo/images', { recursive: true });
console.log('demo: dist/demo/index.html');
