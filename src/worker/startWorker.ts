/**
 * Starts the worker script, by the one route the page's origin allows.
 *
 * On the book's own pages the script is same-origin: a Worker from its URL. Elsewhere it is
 * not, and `new Worker(url)` throws a SecurityError: an embed page in a
 * `sandbox="allow-scripts"` frame runs with an opaque origin ("null"), and the custom element
 * runs on a course page of another origin. There a classic Worker starts from a one-line blob
 * (the blob's origin is the page's own) that loads the script with `importScripts`, which, like
 * a `<script>` tag, may load it across origins. So the build must emit the worker as a classic
 * script: vite.config.ts pins `worker.format: 'iife'`.
 *
 * If this throws too (a host's Content-Security-Policy without `worker-src blob:`), the client
 * runs every task on the main thread instead (client.ts).
 */
import workerUrl from './worker.ts?worker&url';

/** Whether a script at `scriptUrl` may start a Worker directly on a page of `pageOrigin`. */
export const canStartDirectly = (scriptUrl: URL, pageOrigin: string): boolean => scriptUrl.origin === pageOrigin;

/** A classic script that loads `scriptUrl`, as the body of a blob worker. */
export const loaderSource = (scriptUrl: URL): string => `importScripts(${JSON.stringify(scriptUrl.href)});\n`;

export function startWorker(): Worker {
  const url = new URL(workerUrl, import.meta.url);
  if (canStartDirectly(url, self.origin)) return new Worker(url);
  // The blob URL is never revoked: one a page, a few bytes, and a worker restarted after a
  // crash needs it again.
  const blob = new Blob([loaderSource(url)], { type: 'text/javascript' });
  return new Worker(URL.createObjectURL(blob));
}
