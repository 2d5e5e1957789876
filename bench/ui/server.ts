/**
 * A static server for the built site that gzips text responses, as a real host would, so the
 * browser sees real transfer sizes and decode costs (scripts/serve.ts sends files as they are).
 * Resolves paths like scripts/serve.ts: /slug/ → slug/index.html, missing → 404.html.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};
/** Fonts and images are compressed already; gzipping them again only costs time. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.ttf']);

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function resolvePath(root: string, urlPath: string): Promise<{ path: string; status: number }> {
  const target = normalize(join(root, decodeURIComponent(urlPath)));
  if (target.startsWith(root + sep) || target === root) {
    if (urlPath.endsWith('/') && (await isFile(join(target, 'index.html')))) return { path: join(target, 'index.html'), status: 200 };
    if (await isFile(target)) return { path: target, status: 200 };
  }
  return { path: join(root, '404.html'), status: 404 };
}

export interface SiteServer {
  readonly origin: string;
  close(): Promise<void>;
}

export async function serveSite(root: string): Promise<SiteServer> {
  // Compressed once per file: the benchmark measures the page, not the server's zlib.
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    resolvePath(root, url.pathname)
      .then(async ({ path, status }) => {
        const ext = extname(path);
        const body = await readFile(path);
        const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
        const headers: Record<string, string> = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
        let sent: Buffer = body;
        if (gzip) {
          sent = gzipped.get(path) ?? gzipSync(body, { level: 9 });
          gzipped.set(path, sent);
          headers['Content-Encoding'] = 'gzip';
          headers.Vary = 'Accept-Encoding';
        }
        headers['Content-Length'] = String(sent.length);
        response.writeHead(status, headers);
        response.end(request.method === 'HEAD' ? undefined : sent);
      })
      .catch(() => {
        response.writeHead(500);
        response.end();
      });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
