import { ISLAND_SLOT, NO_BOX } from './islandDom';

/**
 * An island's children, as static HTML. React neither compares nor rewrites the content of an
 * element set by dangerouslySetInnerHTML while the string stays the same, so the prose (and any
 * island nested in it, hydrated as its own root) is left exactly as the server wrote it.
 */
export function IslandSlot({ html }: { html: string }) {
  return <div {...{ [ISLAND_SLOT]: '' }} style={NO_BOX} dangerouslySetInnerHTML={{ __html: html }} />;
}
