import { StrictMode, useEffect, useState, type ReactNode } from 'react';
import { ControlPolicyContext, NO_POLICY } from '../../widgets/state/controlPolicy';
import { EmbedLink, type EmbedTarget } from '../../widgets/state/embedLink';
import { readEmbedOptions } from '../embed/embedOptions';
import { type Embed, EMBEDS, embedPath } from '../embed/embeds';
import { ISLAND, ISLAND_HYDRATED } from './islandDom';
import { siteHref } from '../sitePath';

/** What a widget's Embed button needs: its embed page (absolute, on this site's origin). */
const targets = new Map<string, EmbedTarget>(
  EMBEDS.map((e: Embed) => [e.island, { name: e.name, url: (search: string) => new URL(siteHref(embedPath(e.slug)) + search, window.location.origin).href }]),
);

/**
 * The root of every island's React tree, on the server and in the browser alike (the same tree
 * on both sides, so useId agrees). In the browser it marks its element hydrated once its
 * effects have run. A widget with an embed page gets it through EmbedLink (its Embed button).
 * On an embed page, the widget gets the teacher's hidden and locked keys from the query
 * (embedOptions.ts) once hydrated: the prerender cannot know them, and hydration must match it.
 */
export function IslandRoot({ name, element, children }: { name: string; element: Element | null; children: ReactNode }) {
  const [policy, setPolicy] = useState(NO_POLICY);
  useEffect(() => {
    if (element?.closest('[data-embed]')) setPolicy(readEmbedOptions(window.location.search).policy);
  }, [element]);
  useEffect(() => {
    if (!element) return;
    element.setAttribute(ISLAND_HYDRATED, '');
    performance.mark(`descent: ${element.getAttribute(ISLAND) ?? 'island'} hydrated`);
  }, [element]);
  return (
    <StrictMode>
      <EmbedLink.Provider value={targets.get(name) ?? null}>
        <ControlPolicyContext.Provider value={policy}>{children}</ControlPolicyContext.Provider>
      </EmbedLink.Provider>
    </StrictMode>
  );
}
