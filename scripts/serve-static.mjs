/* global process, URL, console */
// A tiny static host for a built site, under a base path and with the fallback to index.html that a single-page
// app needs (any address under the base that is no file gets index.html, so a deep link survives a reload):
//   node scripts/serve-static.mjs dist-demo /console/ 8080   ->   http://127.0.0.1:8080/console/
// Used by the e2e test of the demo build under a sub-path; handy to try a build the way a static host serves it.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

function fileAt(root, relative) {
  const path = normalize(join(root, relative));
  if (path !== root && !path.startsWith(root + sep)) return undefined; // no way out of the site
  try {
    return statSync(path).isFile() ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Serves `dir` at `base` (e.g. '/console/') on 127.0.0.1:`port` (0: any free port). Resolves to the server and its
 * origin. Outside the base: 404; `/console` without the slash: a redirect to `/console/`, as static hosts do.
 */
export function serveStatic(dir, base = '/', port = 0) {
  const root = resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    if (`${pathname}/` === prefix) {
      res.writeHead(301, { Location: prefix }).end();
      return;
    }
    if (!pathname.startsWith(prefix)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const file = fileAt(root, pathname.slice(prefix.length)) ?? join(root, 'index.html');
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolveStart({ server, origin: `http://127.0.0.1:${actual}` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir = 'dist-demo', base = '/', port = '8080'] = process.argv.slice(2);
  const { origin } = await serveStatic(dir, base, Number(port));
  console.log(`serving ${dir} at ${origin}${base.endsWith('/') ? base : `${base}/`}`);
}
