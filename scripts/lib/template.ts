// Fills the HTML template (the repo's index.html, the same file `npm run dev` serves) with a
// prerendered page. Placeholders are HTML comments, so the untouched template stays valid.

import type { EntryAssets } from './manifest';

export interface PageParts {
  title: string;
  description: string;
  /** Markup for inside <div id="root">. */
  appHtml: string;
  assets: EntryAssets;
  /** The folder the site is served from (default '/'): the template's own links move there. */
  base?: string;
  /** More tags for <head> (an embed page's oEmbed discovery link), already escaped. */
  extraHead?: readonly string[];
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function replaceOnce(html: string, pattern: RegExp | string, replacement: string, what: string): string {
  const found = typeof pattern === 'string' ? html.includes(pattern) : pattern.test(html);
  if (!found) throw new Error(`index.html template: missing ${what}`);
  // A function replacement, so "$" in page text is never read as a backreference.
  return html.replace(pattern, () => replacement);
}

export function fillTemplate(template: string, page: PageParts): string {
  const head = [
    `<meta name="description" content="${escapeHtml(page.description)}" />`,
    ...page.assets.styles.map((href) => `<link rel="stylesheet" href="${href}" />`),
    ...page.assets.preloads.map((href) => `<link rel="modulepreload" href="${href}" />`),
    ...(page.extraHead ?? []),
  ].join('\n    ');
  // The template's root-relative links (favicon, theme script) are written for base '/'.
  let html = template.replace(/(href|src)="\/(?!\/)/g, (_, attribute: string) => `${attribute}="${page.base ?? '/'}`);
  html = replaceOnce(html, /<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`, '<title>');
  html = replaceOnce(html, '<!--app-head-->', head, '<!--app-head-->');
  html = replaceOnce(html, '<!--app-html-->', page.appHtml, '<!--app-html-->');
  html = replaceOnce(
    html,
    /<!--app-scripts-->[\s\S]*?<!--\/app-scripts-->/,
    `<script type="module" src="${page.assets.script}"></script>`,
    '<!--app-scripts-->...<!--/app-scripts-->',
  );
  return html;
}
