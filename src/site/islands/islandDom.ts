/**
 * The markup contract between the server's island wrapper (Island.tsx) and the client's
 * hydrator (hydrateIslands.ts): which attributes an island's element carries.
 *
 *   <div data-island="Answer" data-island-id="i4-" data-island-props='{"check":"number",…}'>
 *     …the island's own server render…
 *       <div data-island-slot>…its children, static HTML…</div>
 *   </div>
 */
import type { CSSProperties } from 'react';

export const ISLAND = 'data-island';
/** The island's React identifierPrefix, so useId gives the server's ids when it hydrates. */
export const ISLAND_ID = 'data-island-id';
export const ISLAND_PROPS = 'data-island-props';
/** Where the island's children are: prose the server rendered, kept as it is. */
export const ISLAND_SLOT = 'data-island-slot';
/** Set once the island has hydrated (its first effects ran); tests and the benchmark wait on it. */
export const ISLAND_HYDRATED = 'data-island-hydrated';

/** Neither wrapper is a box of its own: the page lays out as if they were not there. */
export const NO_BOX: CSSProperties = { display: 'contents' };
