import { book } from './book';
import type { Chapter, ChapterBody } from './chapterTypes';

// The site has three kinds of page. The route is a pure function of the pathname, so the
// prerender script and the hydrating client always agree on what to render.

export type Route =
  | { kind: 'home' }
  | { kind: 'chapter'; chapter: Chapter }
  | { kind: 'notFound' };

/** A route with what it renders loaded: a chapter page carries its body. */
export type Page =
  | { kind: 'home' }
  | { kind: 'chapter'; chapter: Chapter; body: ChapterBody }
  | { kind: 'notFound' };

/** Loads what the route renders (a chapter's body chunk); the server and the client both
 *  await this before rendering, so they render the same tree. */
export async function loadPage(route: Route): Promise<Page> {
  return route.kind === 'chapter' ? { ...route, body: await route.chapter.load() } : route;
}

/** Where a chapter lives. Absolute, with a trailing slash: the file is /<slug>/index.html. */
export const chapterPath = (slug: string): string => `/${slug}/`;

/** '/a/b/', '/a/b', '/a/b/index.html' all name the same page. */
function normalise(pathname: string): string {
  const trimmed = pathname.replace(/\/index\.html$/, '/').replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

export function resolveRoute(pathname: string, chapters: readonly Chapter[]): Route {
  const path = normalise(pathname);
  if (path === '/') return { kind: 'home' };
  const chapter = chapters.find((c) => `/${c.slug}` === path);
  return chapter ? { kind: 'chapter', chapter } : { kind: 'notFound' };
}

/** Every page the prerender writes, besides 404.html. */
export const allPaths = (chapters: readonly Chapter[]): string[] => ['/', ...chapters.map((c) => chapterPath(c.slug))];

export function routeTitle(route: Route): string {
  switch (route.kind) {
    case 'home':
      return `${book.title}: ${book.tagline.replace(/\.$/, '')}`;
    case 'chapter':
      return `${route.chapter.title} · ${book.title}`;
    case 'notFound':
      return `Page not found · ${book.title}`;
  }
}

export function routeDescription(route: Route): string {
  return route.kind === 'chapter' ? route.chapter.summary : book.tagline;
}
