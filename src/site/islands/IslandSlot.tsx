import { ISLAND_SLOT, NO_BOX } from './islandDom';

/**
 * An island's children, as static HTML. React neither compares nor rewrites the content of an
 * element set by dangerouslySetInnerHTML while the string stays the same, so the prose (and any
 * island nested in it, hydrated as its own root) is left exactly as the server wrote it.
 *
 * Safety: `html` is only ever the prerendered markup. On the server it is React's own render of
 * a chapter's children (text and attributes escaped by React); in the browser it is that same
 * markup read from the page before any island has hydrated (hydrateIslands.ts), so no state
 * from a link, an embed's attributes or a reader's input can reach it.
 */
export function IslandSlot({ html }: { html: string }) {
  return <div {...{ [ISLAND_SLOT]: '' }} style={NO_BOX} dangerouslySetInnerHTML={{ __html: html }} />;
}
