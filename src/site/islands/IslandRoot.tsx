import { StrictMode, useEffect, type ReactNode } from 'react';
import { ISLAND, ISLAND_HYDRATED } from './islandDom';

/**
 * The root of every island's React tree, on the server and in the browser alike (the same tree
 * on both sides, so useId agrees). In the browser it marks its element hydrated once its
 * effects have run.
 */
export function IslandRoot({ element, children }: { element: Element | null; children: ReactNode }) {
  useEffect(() => {
    if (!element) return;
    element.setAttribute(ISLAND_HYDRATED, '');
    performance.mark(`descent: ${element.getAttribute(ISLAND) ?? 'island'} hydrated`);
  }, [element]);
  return <StrictMode>{children}</StrictMode>;
}
