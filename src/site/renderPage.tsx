import { renderToString } from 'react-dom/server';
import { App } from './App';
import type { Chapter } from './chapterTypes';
import { IslandRendering } from './islands/Island';
import type { IslandName } from './islands/islands';
import { createIslandRenderer, loadIslandComponents } from './islands/serverIslands';
import { BookChapters } from './mdx/BookChapters';
import { chapterPath, loadPage, resolveRoute, routeDescription, routeTitle } from './routes';

// Server-side rendering of one page, for any list of chapters. Apart from entry-server.tsx
// (which binds it to the real chapters/) so tests can render fixture chapters.

export interface RenderedPage {
  /** The markup that goes inside <div id="root">: static HTML with islands in it. */
  html: string;
  title: string;
  description: string;
  /** 404 for a path that is no page (the prerender uses it for 404.html). */
  status: 200 | 404;
  /** The islands on the page: the prerender links their stylesheets, so widgets are styled
   *  before any script runs. */
  islands: IslandName[];
  /** An embed page's widget (its slug): the prerender writes its oEmbed JSON and links it. */
  embed: string | null;
}

/** Which chapter each island is in (its first), found by rendering the chapters: for embed pages' link back. */
const chaptersOfIslands = new WeakMap<readonly Chapter[], Promise<Map<IslandName, Chapter>>>();

function chapterOfIsland(chapterList: readonly Chapter[]): Promise<Map<IslandName, Chapter>> {
  let found = chaptersOfIslands.get(chapterList);
  if (!found) {
    found = (async () => {
      const map = new Map<IslandName, Chapter>();
      for (const chapter of [...chapterList].sort((a, b) => a.order - b.order)) {
        const page = await renderPage(chapterPath(chapter.slug), chapterList);
        for (const island of page.islands) if (!map.has(island)) map.set(island, chapter);
      }
      return map;
    })();
    chaptersOfIslands.set(chapterList, found);
  }
  return found;
}

export async function renderPage(pathname: string, chapterList: readonly Chapter[]): Promise<RenderedPage> {
  const route = resolveRoute(pathname, chapterList);
  const page = await loadPage(route, async (embed) => (await chapterOfIsland(chapterList)).get(embed.island) ?? null);
  const islands = createIslandRenderer(await loadIslandComponents(), (node) => <BookChapters.Provider value={chapterList}>{node}</BookChapters.Provider>);
  const html = renderToString(
    <IslandRendering.Provider value={islands}>
      <App page={page} chapters={chapterList} />
    </IslandRendering.Provider>,
  );
  return {
    html,
    title: routeTitle(route),
    description: routeDescription(route),
    status: route.kind === 'notFound' ? 404 : 200,
    islands: [...islands.used],
    embed: route.kind === 'embed' ? route.embed.slug : null,
  };
}
