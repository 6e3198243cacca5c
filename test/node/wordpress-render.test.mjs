/**
 * The WordPress plugin's server render writes the no-JavaScript fallback markup itself (PHP, not the
 * elements): its URL allowlist must read URLs as the browser will, or a hostile link in that markup runs.
 * Needs php-cli, which CI installs for the WordPress tests.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

/** Runs report_elements_url() over each URL in PHP; returns the results in order. */
function allowed(urls, image = false) {
  const php = `define('ABSPATH', '/'); require 'cms/wordpress/report-elements/includes/markup.php';
    $out = array(); foreach (json_decode(stream_get_contents(STDIN)) as $u) { $out[] = report_elements_url($u, ${image ? 'true' : 'false'}); }
    echo json_encode($out);`;
  const r = spawnSync('php', ['-r', php], { input: JSON.stringify(urls), encoding: 'utf8' });
  assert.equal(r.error, undefined, 'php-cli is needed (apt-get install php-cli), as for the WordPress tests');
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

test('the plugin refuses script URLs in every form the browser would read as one', () => {
  const hostile = [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'jav\r\nascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
  ];
  assert.deepEqual(
    allowed(hostile),
    hostile.map(() => ''),
  );
});

test('the plugin keeps allowed URLs, escaped for the attribute', () => {
  assert.deepEqual(allowed(['https://a.de/?x=1&y=2', '/bericht', 'mailto:a@b.de', 'bilder/a.jpg']), [
    'https://a.de/?x=1&amp;y=2',
    '/bericht',
    'mailto:a@b.de',
    'bilder/a.jpg',
  ]);
  assert.deepEqual(allowed(['data:image/png;base64,AAAA', 'data:text/html,x'], true), [
    'data:image/png;base64,AAAA',
    '',
  ]);
});
