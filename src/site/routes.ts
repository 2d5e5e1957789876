import { loadWidgetStates } from '../widgets/catalog';
import type { Schema } from '../widgets/state/schema';
import type { StateSpec } from '../widgets/state/useWidgetState';
import { book } from './book';
import type { Chapter, ChapterBody } from './chapterTypes';
import { type Embed, embedBySlug, embedPaths, EMBEDS } from './embed/embeds';

// The site has five kinds of page (one a widget alone, for other sites' iframes; one for teachers
// who embed them). The
// route is a pure function of the pathname, so the prerender script and the hydrating client
// always agree on what to render.

export type Route =
  | { kind: 'home' }
  | { kind: 'chapter'; chapter: Chapter }
  | { kind: 'embed'; embed: Embed }
  | { kind: 'teachers' }
  | { kind: 'notFound' };

export interface TeachersWidget {
  readonly embed: Embed;
  readonly chapter: Chapter | null;
  readonly state: StateSpec<Schema>;
}

/** A route with what it renders loaded: a chapter page carries its body. */
export type Page =
  | { kind: 'home' }
  | { kind: 'chapter'; chapter: Chapter; body: ChapterBody }
  /** `chapter`: the one the widget is in, for the link back (found when the server renders). */
  | { kind: 'embed'; embed: Embed; chapter: Chapter | null }
  /** Every embed with the chapter it is in (null: in no chapter yet) and its settings. */
  | { kind: 'teachers'; widgets: readonly TeachersWidget[] }
  | { kind: 'notFound' };

/** Loads what the route renders (a chapter's body chunk); the server and the client both
 *  await this before rendering, so they render the same tree. */
export async function loadPage(route: Route, chapterOf: (embed: Embed) => Promise<Chapter | null> = async () => null): Promise<Page> {
  if (route.kind === 'chapter') return { ...route, body: await route.chapter.load() };
  if (route.kind === 'embed') return { ...route, chapter: await chapterOf(route.embed) };
  if (route.kind === 'teachers') {
    const states = await loadWidgetStates();
    return { kind: 'teachers', widgets: await Promise.all(EMBEDS.map(async (embed) => ({ embed, chapter: await chapterOf(embed), state: states[embed.island] }))) };
  }
  return route;
}

/** The page for teachers who embed the widgets. */
export const TEACHERS_PATH = '/teachers/';

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
  if (`${path}/` === TEACHERS_PATH) return { kind: 'teachers' };
  const embed = /^\/embed\/([a-z0-9-]+)$/.exec(path);
  if (embed) {
    const found = embedBySlug(embed[1]);
    return found ? { kind: 'embed', embed: found } : { kind: 'notFound' };
  }
  const chapter = chapters.find((c) => `/${c.slug}` === path);
  return chapter ? { kind: 'chapter', chapter } : { kind: 'notFound' };
}

/** Every page the prerender writes, besides 404.html. */
export const allPaths = (chapters: readonly Chapter[]): string[] => ['/', ...chapters.map((c) => chapterPath(c.slug)), TEACHERS_PATH, ...embedPaths()];

export function routeTitle(route: Route): string {
  switch (route.kind) {
    case 'home':
      return `${book.title}: ${book.tagline.replace(/\.$/, '')}`;
    case 'chapter':
      return `${route.chapter.title} · ${book.title}`;
    case 'embed':
      return `${route.embed.name} · ${book.title}`;
    case 'teachers':
      return `For teachers · ${book.title}`;
    case 'notFound':
      return `Page not found · ${book.title}`;
  }
}

export function routeDescription(route: Route): string {
  if (route.kind === 'teachers') return `Put ${book.title}'s widgets in your course pages: iframes, oEmbed links, their settings, and which platforms take which.`;
  if (route.kind === 'embed') return `${route.embed.name}: an interactive widget from ${book.title}, ${book.tagline.replace(/^./, (c) => c.toLowerCase())}`;
  return route.kind === 'chapter' ? route.chapter.summary : book.tagline;
}
