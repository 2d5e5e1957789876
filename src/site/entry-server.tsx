import { chapters } from './chapters';
import { renderPage } from './renderPage';
import type { RenderedPage } from './renderPage';
import { allPaths } from './routes';

// The SSR entry: built with `vite build --ssr` and called by scripts/prerender.ts once per page.

export type { RenderedPage };

/** Renders one page of the real book (chapters/*.mdx). */
export const render = (pathname: string): Promise<RenderedPage> => renderPage(pathname, chapters);

/** Every page to prerender except the 404 page. */
export const pagePaths = (): string[] => allPaths(chapters);

export { oembedOf, oembedPath } from './embed/oembed';
export { embedBySlug } from './embed/embeds';
