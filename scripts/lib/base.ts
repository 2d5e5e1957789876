/**
 * Where the site lives on its host: DESCENT_BASE, a path such as /courses/ml/descent/ (a school
 * serving the book from a folder of its own site), default /. Read by vite.config.ts (Vite's
 * `base`: asset, chunk and worker URLs), the prerender (the template's links and the link
 * check) and the static server.
 */
export function basePath(raw: string | undefined): string {
  if (raw === undefined || raw === '' || raw === '/') return '/';
  const withSlashes = `${raw.startsWith('/') ? '' : '/'}${raw}${raw.endsWith('/') ? '' : '/'}`;
  // Letters, digits and - _ . ~ in each segment: a path a URL, a file system and a shell all take as it is.
  const segments = withSlashes.slice(1, -1).split('/');
  if (!segments.every((s) => /^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/.test(s) && s !== '..' && s !== '.')) {
    throw new Error(`DESCENT_BASE: "${raw}" is not a folder path like /courses/ml/descent/ (segments of letters, digits, - _ . ~)`);
  }
  return withSlashes;
}

/**
 * The site's public origin, DESCENT_ORIGIN (https://descent.example.org): oEmbed JSON needs
 * absolute URLs. Default: where `npm start` serves it.
 */
export function siteOrigin(raw: string | undefined): string {
  if (raw === undefined || raw === '') return 'http://localhost:4173';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`DESCENT_ORIGIN: "${raw}" is not a URL like https://descent.example.org`);
  }
  if (!/^https?:$/.test(url.protocol) || url.origin !== raw.replace(/\/$/, '')) {
    throw new Error(`DESCENT_ORIGIN: "${raw}" must be an origin only, like https://descent.example.org (the folder goes in DESCENT_BASE)`);
  }
  return url.origin;
}
