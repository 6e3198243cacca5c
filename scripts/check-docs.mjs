/**
 * Docs check (part of `npm test`, after the build): README.md stays a front door of at most 8,000 bytes;
 * docs/elements.md is what scripts/docs.mjs makes of the current custom-elements.json; and every relative
 * link in README.md, CONTRIBUTING.md and docs/*.md reaches a file, and its `#anchor` a heading there.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { ELEMENTS_MD, readManifest, renderElementsDoc } from './docs.mjs';

const README_MAX = 8_000;
const problems = [];

const readmeBytes = statSync('README.md').size;
if (readmeBytes > README_MAX) {
  problems.push(`README.md is ${readmeBytes} bytes, over ${README_MAX}: move reference material to docs/`);
}

try {
  if (readFileSync(ELEMENTS_MD, 'utf8') !== renderElementsDoc(readManifest())) {
    problems.push(`${ELEMENTS_MD} is out of date: run \`npm run analyze\` (never edit it by hand)`);
  }
} catch (e) {
  problems.push(e.message);
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchors(markdown) {
  const seen = new Map();
  const found = new Set();
  // Headings inside fenced code blocks (shell comments) are not headings.
  const text = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  for (const [, heading] of text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const slug = heading
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    found.add(n ? `${slug}-${n}` : slug);
  }
  return found;
}

const pages = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
for (const page of pages) {
  // Links in code (inline or fenced) are examples, not links.
  const text = readFileSync(page, 'utf8')
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/`[^`\n]*`/g, '');
  for (const [, target] of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    if (/^[a-z][a-z\d+.-]*:/i.test(target)) continue; // https:, mailto:
    const [path, anchor] = target.split('#');
    const file = path ? normalize(join(dirname(page), decodeURIComponent(path))) : page;
    if (!existsSync(file)) {
      problems.push(`${page}: link to ${target}: no such file`);
      continue;
    }
    if (anchor && file.endsWith('.md') && !anchors(readFileSync(file, 'utf8')).has(anchor)) {
      problems.push(`${page}: link to ${target}: no heading #${anchor} in ${file}`);
    }
  }
}

if (problems.length) {
  console.error(problems.map((p) => `✖ ${p}`).join('\n'));
  process.exit(1);
}
console.log(
  `Docs: README.md ${readmeBytes} B (≤ ${README_MAX}), ${ELEMENTS_MD} up to date, links in ${pages.length} pages resolve`,
);
