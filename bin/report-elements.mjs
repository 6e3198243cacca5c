#!/usr/bin/env node
/**
 * report-elements CLI: `report-elements render report.json > report.html` writes the element with its
 * declarative shadow DOM (server-side rendering), for static sites and CMS templates. See `--help`.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

const HELP = `Usage: report-elements render <file.json | -> [options]

Writes <report-…> with its declarative shadow DOM to standard output: the content shows before and
without JavaScript; the bundle takes over when it loads.

Options:
  --tag <tag>            report-article | report-gallery | report-infobox | report-quote | report-teaser
                         (default: guessed from the data: blocks → article, images → gallery,
                         body → infobox, text → quote, else teaser)
  --lang <lang>          lang attribute of the element (UI strings, quotation marks, dates)
  --heading-level <1-6>  heading-level attribute
  --id <id>              id attribute
  --deep-link, --thumbnails, --fullscreen
                         the gallery's attributes (deep links need --id too)
  --priority             the teaser's attribute (its image loads eagerly, with high priority)
  --script <url>         append <script type="module" src="url"> (the standalone bundle)
  --csp                  print the sources to add to your policy's style-src (the hashes of the inline styles) to stderr
  -h, --help             this text

Problems in the data are printed to stderr with their JSON paths; the HTML leaves those parts out, as the
element does, and the exit code is 2. Exit code 1: bad arguments or unreadable input.`;

/** The tag a document is most likely for, from its required fields. */
const guessTag = (d) =>
  d && typeof d === 'object'
    ? 'blocks' in d
      ? 'report-article'
      : 'images' in d
        ? 'report-gallery'
        : 'body' in d
          ? 'report-infobox'
          : 'text' in d
            ? 'report-quote'
            : 'report-teaser'
    : 'report-teaser';

const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

async function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      tag: { type: 'string' },
      lang: { type: 'string' },
      'heading-level': { type: 'string' },
      id: { type: 'string' },
      'deep-link': { type: 'boolean' },
      thumbnails: { type: 'boolean' },
      fullscreen: { type: 'boolean' },
      priority: { type: 'boolean' },
      script: { type: 'string' },
      csp: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, file] = positionals;
  if (values.help) return void process.stdout.write(`${HELP}\n`);
  if (!command) throw new UsageError(HELP);
  if (command !== 'render' || !file) throw new UsageError(`unknown command or missing file\n\n${HELP}`);

  const { renderToString, isReportTag } = await import('../dist/ssr/index.js').catch((e) => {
    // @lit-labs/ssr is an optional peer dependency: browser-only users do not install it.
    if (e?.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('@lit-labs/ssr'))
      throw new UsageError('rendering needs @lit-labs/ssr: npm install --save-dev @lit-labs/ssr (see docs/ssr.md)');
    throw e;
  });
  const text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file}: invalid JSON: ${e.message}`);
  }
  const tag = values.tag ?? guessTag(data);
  if (!isReportTag(tag)) throw new UsageError(`unknown --tag ${tag}`);
  const level = values['heading-level'] === undefined ? undefined : Number(values['heading-level']);
  if (level !== undefined && !(Number.isInteger(level) && level >= 1 && level <= 6))
    throw new UsageError('--heading-level must be 1–6');

  if (!values.lang)
    process.stderr.write(
      "hint: pass --lang <the page's language> so that UI strings, quotation marks and dates match before and after the script loads\n",
    );
  const { html, errors, styleHashes } = await renderToString(tag, data, {
    lang: values.lang,
    headingLevel: level,
    id: values.id,
    deepLink: values['deep-link'],
    thumbnails: values.thumbnails,
    fullscreen: values.fullscreen,
    priority: values.priority,
  });
  process.stdout.write(`${html}\n`);
  if (values.script) process.stdout.write(`<script type="module" src="${escapeAttr(values.script)}"></script>\n`);
  // Only the sources: a line that looks like a whole header would, pasted, replace the rest of a policy.
  if (values.csp) process.stderr.write(`add to style-src: ${styleHashes.join(' ')}\n`);
  if (errors.length) {
    process.stderr.write(
      `<${tag}>: ${errors.length} problem${errors.length > 1 ? 's' : ''} in ${file}\n${errors.map((e) => `  ${e.path || '(data)'}: ${e.message}`).join('\n')}\n`,
    );
    return 2;
  }
  return 0;
}

class UsageError extends Error {}

async function readStdin() {
  let s = '';
  for await (const chunk of process.stdin) s += chunk;
  return s;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code ?? 0),
  (e) => {
    // Usage and file-system problems (parseArgs' ERR_PARSE_ARGS_*, ENOENT, EACCES, EISDIR …) are messages, not bugs.
    process.stderr.write(
      `report-elements: ${e instanceof UsageError || typeof e?.code === 'string' ? e.message : e?.stack}\n`,
    );
    process.exitCode = 1;
  },
);
