/**
 * A tiny static server for dist/ that sends the strict Content-Security-Policy the library promises to
 * work under. `node scripts/serve.mjs [port]`; the demo is at /demo/.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
};

export function serve(root = 'dist', port = 8000) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    let file = join(base, path);
    if (!file.startsWith(base)) return res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
    } catch {
      return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Compress text as any production server would, so the demo measures like a real page.
    const gzip = /text|javascript|json|svg/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, {
      'content-type': type,
      'content-security-policy': CSP,
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    const body = createReadStream(file);
    (gzip ? body.pipe(createGzip()) : body).pipe(res);
  });
  return new Promise((r) => {
    server.on('error', (e) => {
      // A clear word instead of an unhandled EADDRINUSE stack trace.
      console.error(
        e.code === 'EADDRINUSE'
          ? `Port ${port} is in use: stop what uses it, or choose another (PORT=8001 npm start).`
          : `Could not serve: ${e.message}`,
      );
      process.exit(1);
    });
    server.listen(port, '127.0.0.1', () => r(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 8000);
  await serve('dist', port);
  console.log(`Demo (strict CSP): http://127.0.0.1:${port}/demo/   (Ctrl+C stops)`);
}
