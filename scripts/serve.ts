// A tiny static server for the built site (dist/, or DESCENT_OUT): `npm run serve`, port from PORT or 4173.
// Behaves like a typical static host: /slug → redirect to /slug/, /slug/ → slug/index.html,
// anything else missing → 404.html with status 404; every response open to any origin (CORS *).
// A site built with DESCENT_BASE=/a/b/ is served under /a/b/ (run this with the same variable).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { basePath } from './lib/base';
import { isFile } from './lib/isFile';

const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '..', process.env.DESCENT_OUT ?? 'dist');
const PORT = Number(process.env.PORT ?? 4173);
const BASE = basePath(process.env.DESCENT_BASE);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

type Resolution = { kind: 'file'; path: string; status: 200 | 404 } | { kind: 'redirect'; location: string };

async function resolveRequest(urlPath: string): Promise<Resolution> {
  if (`${urlPath}/` === BASE) return { kind: 'redirect', location: BASE };
  if (!urlPath.startsWith(BASE)) return { kind: 'file', path: join(DIST, '404.html'), status: 404 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(`/${urlPath.slice(BASE.length)}`);
  } catch {
    decoded = '/';
  }
  const target = normalize(join(DIST, decoded));
  // Never serve outside dist/, nor dot-folders (the manifest, build leftovers).
  const inside = target === DIST || target.startsWith(DIST + sep);
  const hidden = decoded.split('/').some((part) => part.startsWith('.'));
  if (inside && !hidden) {
    if (decoded.endsWith('/') && (await isFile(join(target, 'index.html')))) {
      return { kind: 'file', path: join(target, 'index.html'), status: 200 };
    }
    if (!decoded.endsWith('/') && (await isDirectory(target)) && (await isFile(join(target, 'index.html')))) {
      return { kind: 'redirect', location: `${urlPath}/` };
    }
    if (await isFile(target)) return { kind: 'file', path: target, status: 200 };
  }
  return { kind: 'file', path: join(DIST, '404.html'), status: 404 };
}

if (!(await isFile(join(DIST, 'index.html')))) {
  console.error('dist/ has no built site yet: run `npm run build` first (or `npm start`).');
  process.exit(1);
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  resolveRequest(url.pathname)
    .then((found) => {
      if (found.kind === 'redirect') {
        response.writeHead(301, { Location: found.location + url.search });
        response.end();
        return;
      }
      const type = TYPES[extname(found.path)] ?? 'application/octet-stream';
      // Hashed assets never change; pages must be revalidated to pick up a new build.
      const cache = found.path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
      // Open to every origin, as GitHub Pages serves: an embed page in a sandboxed iframe (WordPress
      // gives oEmbed frames no allow-same-origin) has the origin "null", and it fetches its module
      // scripts and fonts in CORS mode. The site is public and sets no cookies.
      response.writeHead(found.status, { 'Content-Type': type, 'Cache-Control': cache, 'Access-Control-Allow-Origin': '*' });
      if (request.method === 'HEAD') {
        response.end();
        return;
      }
      createReadStream(found.path)
        .on('error', () => response.destroy())
        .pipe(response);
    })
    .catch((error: unknown) => {
      console.error(error);
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Internal error');
    });
});

server.listen(PORT, () => {
  console.log(`Descent is being served from dist/ at http://localhost:${PORT}${BASE}`);
});
