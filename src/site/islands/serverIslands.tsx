/**
 * The server's side of the islands (used by renderPage.tsx only: it imports react-dom/server).
 * Each island renders as a React root of its own, with an identifierPrefix of its own, exactly
 * as the client will hydrate it; the page's contexts are provided again around each.
 */
import type { ReactNode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { IslandRendering, type AnyComponent, type IslandRenderer } from './Island';
import { islands, type IslandName } from './islands';

/** Loads every island's module (on the server they are all in the bundle already). */
export async function loadIslandComponents(): Promise<ReadonlyMap<IslandName, AnyComponent>> {
  const names = Object.keys(islands) as IslandName[];
  const loaded = await Promise.all(names.map((name) => (islands[name].load as () => Promise<AnyComponent>)()));
  return new Map(names.map((name, i) => [name, loaded[i]]));
}

/**
 * A renderer for one page. `withContexts` wraps a node in the contexts the page's content reads
 * (the chapter list, for cross-references inside a hint), since a separate root has none.
 */
export function createIslandRenderer(components: ReadonlyMap<IslandName, AnyComponent>, withContexts: (node: ReactNode) => ReactNode): IslandRenderer {
  let count = 0;
  let statics = 0;
  const renderer: IslandRenderer = {
    components,
    used: new Set(),
    nextId: () => `i${++count}-`,
    renderRoot: (node, prefix) => renderToString(wrap(node), { identifierPrefix: prefix }),
    // Static HTML has ids too (a label's htmlFor): a prefix of their own keeps them unique.
    renderStatic: (node) => renderToStaticMarkup(wrap(node), { identifierPrefix: `s${++statics}-` }),
  };
  const wrap = (node: ReactNode): ReactNode => <IslandRendering.Provider value={renderer}>{withContexts(node)}</IslandRendering.Provider>;
  return renderer;
}
