import { renderToString } from 'react-dom/server';
import { App } from './App';
import type { Chapter } from './chapterTypes';
import { loadPage, resolveRoute, routeDescription, routeTitle } from './routes';

// Server-side rendering of one page, for any list of chapters. Apart from entry-server.tsx
// (which binds it to the real chapters/) so tests can render fixture chapters.

export interface RenderedPage {
  /** The markup that goes inside <div id="root">. */
  html: string;
  title: string;
  description: string;
  /** 404 for a path that is no page (the prerender uses it for 404.html). */
  status: 200 | 404;
  /** A chapter page's source file (e.g. /chapters/01-linear-regression.mdx): the prerender
   *  links that chunk's stylesheets and preloads its scripts, so widgets are styled before
   *  any script runs. */
  chunk?: string;
}

export async function renderPage(pathname: string, chapterList: readonly Chapter[]): Promise<RenderedPage> {
  const route = resolveRoute(pathname, chapterList);
  const page = await loadPage(route);
  return {
    html: renderToString(<App page={page} chapters={chapterList} />),
    title: routeTitle(route),
    description: routeDescription(route),
    status: route.kind === 'notFound' ? 404 : 200,
    ...(route.kind === 'chapter' ? { chunk: route.chapter.file } : {}),
  };
}
