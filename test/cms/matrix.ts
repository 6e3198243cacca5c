/**
 * The contexts of the survival matrix (columns) and the Markdown of docs/cms-survival.md, written by
 * test/cms/survival.test.ts from what it measured (plain JS: the browser test imports it).
 */

/** Every sanitizer context, grouped by system, in matrix order. `where`: who runs it. */
export interface Column {
  id: string;
  group: string;
  label: string;
  /** browser: runs in the test; php: the pre-step (always); php-local: the pre-step, only with the code at hand. */
  where: 'browser' | 'php' | 'php-local';
}

export type Verdict = 'survives' | 'damaged' | 'lost';
export interface Result {
  verdict: Verdict;
  detail: string;
}
export interface Run {
  engine: string;
  runId: string;
  finished: string;
  versions: Record<string, string>;
  notRun: Record<string, string>;
  verdicts: Record<string, Record<string, Result>>;
}
export interface Way {
  id: string;
  label: string;
}

export const COLUMNS: Column[] = [
  { id: 'raw', group: 'None', label: 'as written', where: 'browser' },
  { id: 'wp-author-saved', group: 'WordPress', label: 'Author: stored', where: 'php' },
  { id: 'wp-author-front-block', group: 'WordPress', label: 'Author: page, Custom HTML block', where: 'php' },
  { id: 'wp-author-front-classic', group: 'WordPress', label: 'Author: page, classic content', where: 'php' },
  { id: 'wp-author-allowlist-saved', group: 'WordPress', label: 'Author + allowlist: stored', where: 'php' },
  {
    id: 'wp-author-allowlist-front-block',
    group: 'WordPress',
    label: 'Author + allowlist: page, Custom HTML block',
    where: 'php',
  },
  {
    id: 'wp-author-allowlist-front-classic',
    group: 'WordPress',
    label: 'Author + allowlist: page, classic content',
    where: 'php',
  },
  { id: 'wp-admin-saved', group: 'WordPress', label: 'Administrator: stored', where: 'php' },
  { id: 'wp-admin-front-block', group: 'WordPress', label: 'Administrator: page, Custom HTML block', where: 'php' },
  { id: 'wp-admin-front-classic', group: 'WordPress', label: 'Administrator: page, classic content', where: 'php' },
  { id: 'ck-drupal-basic', group: 'CKEditor 5', label: 'Drupal 11 Basic HTML', where: 'browser' },
  { id: 'ck-drupal-basic-tags', group: 'CKEditor 5', label: 'Drupal 11 Basic HTML + tags listed', where: 'browser' },
  {
    id: 'ck-drupal-basic-custom',
    group: 'CKEditor 5',
    label: 'Drupal 11 Basic HTML + tags + `$customElement`',
    where: 'browser',
  },
  { id: 'ck-drupal-full', group: 'CKEditor 5', label: 'Drupal 11 Full HTML', where: 'browser' },
  { id: 'ck-typo3-default', group: 'CKEditor 5', label: 'TYPO3 13 RTE default', where: 'browser' },
  { id: 'ck-typo3-custom', group: 'CKEditor 5', label: 'TYPO3 13 RTE + `$customElement` recipe', where: 'browser' },
  { id: 'dompurify-default', group: 'DOMPurify', label: 'defaults', where: 'browser' },
  {
    id: 'dompurify-custom',
    group: 'DOMPurify',
    label: '+ `ADD_TAGS`/`ADD_ATTR`/`CUSTOM_ELEMENT_HANDLING`',
    where: 'browser',
  },
  { id: 'drupal-xss-admin', group: 'Drupal 11 (PHP)', label: '`Xss::filterAdmin`', where: 'php-local' },
  { id: 'drupal-filter-html-basic', group: 'Drupal 11 (PHP)', label: '`filter_html`, Basic HTML', where: 'php-local' },
  {
    id: 'drupal-filter-html-allowlist',
    group: 'Drupal 11 (PHP)',
    label: '`filter_html`, Basic HTML + tags',
    where: 'php-local',
  },
  {
    id: 'typo3-sanitizer-default',
    group: 'TYPO3 13 (PHP)',
    label: 'html-sanitizer, default builder',
    where: 'php-local',
  },
  {
    id: 'typo3-sanitizer-allowlist',
    group: 'TYPO3 13 (PHP)',
    label: 'html-sanitizer, builder + tags',
    where: 'php-local',
  },
];

/** Verdicts of the Drupal/TYPO3 PHP columns from the last run that had their code (test/cms/last-local-run.json). */
export interface LocalRun {
  finished: string;
  engines: string[];
  versions: Record<string, string>;
  verdicts: Record<string, Record<string, Result>>;
}

const ICON: Record<Verdict, string> = { survives: '✅', damaged: '⚠️', lost: '❌' };
const ELEMENT_ORDER = ['article', 'teaser', 'quote', 'gallery', 'infobox'];
const escapeCell = (s: string): string => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
/** Text in Markdown that may hold `<tags>` and `&`: shown as written, never as HTML. */
const mdText = (s: string): string => escapeCell(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * `runs`: one per engine, `{ engine, runId, finished, versions, notRun: { column: reason }, verdicts: { column: {
 * snippetId: { verdict, detail } } } }`. `ways`: WAYS of snippets.mjs. `snippetIds`: every snippet id.
 * Engines that agree share one symbol; a cell where they differ names each engine.
 */
export function renderMatrix({
  runs,
  ways,
  snippetIds,
  command,
  local,
}: {
  runs: Run[];
  ways: Way[];
  snippetIds: string[];
  command: string;
  local?: LocalRun;
}): string {
  const engines = runs.map((r) => r.engine);
  const first = runs[0]!;
  const verdictOf = (col: string, id: string): (Result & { split?: boolean }) | undefined => {
    const per = runs.map((r) => r.verdicts[col]?.[id]);
    if (!per.every((v): v is Result => !!v)) return local?.verdicts[col]?.[id];
    // Engines agree when their verdicts do (details such as JSON.parse's message differ by engine).
    if (per.every((v) => v.verdict === per[0]!.verdict)) return per[0];
    return {
      verdict: per[0]!.verdict,
      detail: per.map((v, i) => `${engines[i]}: ${ICON[v.verdict]} ${v.detail}`).join('; '),
      split: true,
    };
  };
  const lines: string[] = [];
  lines.push('# Which ways of writing report content survive which CMS sanitizer');
  lines.push('');
  lines.push(
    `Generated by \`test/cms/survival.test.ts\` (${command}) on ${first.finished.slice(0, 10)} (${engines.join(', ')}); do not edit by hand. ` +
      `Every snippet of \`test/cms/snippets.mjs\` (the seed report's parts, with \`&\`, \`<\`, \`>\`, both kinds of quotes, \`:\` and \`&\` in URLs, German text) ` +
      `went through each sanitizer; the result was put into a page, rendered by the elements and compared with an element given the original content ` +
      `through its \`data\` property: visible text (exact, including quotes and \`&<>\`), link targets, image URLs, \`alt\`, sizes and dates.`,
  );
  lines.push('');
  const v = first.versions;
  lines.push(
    `Versions: WordPress ${v.wordpress ?? '–'} (Debian), CKEditor 5 ${v.ckeditor ?? '–'}, DOMPurify ${v.dompurify ?? '–'}` +
      `${v.drupal ? `, Drupal ${v.drupal}` : ''}${v.typo3 ? `, typo3/html-sanitizer ${v.typo3}` : ''}.`,
  );
  lines.push('');
  lines.push(
    `Each cell: ${ELEMENT_ORDER.join(' · ')} (one symbol per element; – where the way does not apply). ✅ survives exactly · ⚠️ damaged · ❌ lost` +
      ` · ≠ the engines disagree (the first engine's symbol is shown). What is expected of each cell, and why: \`test/cms/expectations.ts\`; details below the tables (for several engines, the first engine's wording).`,
  );
  lines.push('');
  const details: Record<string, string[]> = {};
  const groups = [...new Set(COLUMNS.map((c) => c.group))];
  for (const group of groups) {
    const cols = COLUMNS.filter((c) => c.group === group);
    lines.push(`## ${group}`);
    lines.push('');
    lines.push(`| way of writing | ${cols.map((c) => escapeCell(c.label)).join(' | ')} |`);
    lines.push(`|---|${cols.map(() => '---').join('|')}|`);
    for (const way of ways) {
      const cells = cols.map((c) => {
        const reason = first.notRun[c.id];
        if (reason && !local?.verdicts[c.id]) return 'not run';
        return ELEMENT_ORDER.map((el) => {
          const id = `${el}/${way.id}`;
          if (!snippetIds.includes(id)) return '–';
          const res = verdictOf(c.id, id);
          if (!res) return '?';
          if (res.verdict !== 'survives')
            (details[c.id] ??= []).push(`- \`${id}\`: ${res.verdict}${res.detail ? ` — ${mdText(res.detail)}` : ''}`);
          return ICON[res.verdict] + (res.split ? '≠' : '');
        }).join('');
      });
      lines.push(`| ${escapeCell(way.label)} | ${cells.join(' | ')} |`);
    }
    lines.push('');
    for (const c of cols) {
      if (!first.notRun[c.id]) continue;
      if (local?.verdicts[c.id])
        lines.push(
          `*${c.label}*: not run in this run (${first.notRun[c.id]}); the cells are from the last local run, ${local.finished.slice(0, 10)} (${local.engines.join(', ')}; ${Object.entries(
            local.versions,
          )
            .map(([k, x]) => `${k} ${x}`)
            .join(', ')}).  `,
        );
      else lines.push(`*${c.label}*: ${first.notRun[c.id]}.  `);
    }
    lines.push('');
  }
  lines.push('## Details');
  lines.push('');
  lines.push(
    'What went wrong, per context (the snippets themselves: `test/cms/snippets.mjs`; the sanitized HTML: `test/cms/.out/results.json` after a run).',
  );
  lines.push('');
  for (const c of COLUMNS) {
    const list = (details[c.id] ?? []).sort();
    if (!list.length) continue;
    lines.push(
      `<details><summary>${c.group}, ${c.label.replace(/`([^`]*)`/g, '<code>$1</code>')}: ${list.length} not surviving</summary>`,
    );
    lines.push('');
    lines.push(...list);
    lines.push('');
    lines.push('</details>');
    lines.push('');
  }
  return lines.join('\n');
}
