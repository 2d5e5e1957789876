import { StrictMode, useEffect, useState, type ReactNode } from 'react';
import { ControlPolicyContext, NO_POLICY } from '../../widgets/state/controlPolicy';
import { ELEMENT_SCRIPT_PATH } from '../../widgets/state/elementHtml';
import { EmbedLink, type EmbedTarget } from '../../widgets/state/embedLink';
import { readEmbedOptions } from '../embed/embedOptions';
import { type Embed, EMBEDS, embedPath } from '../embed/embeds';
import { ISLAND, ISLAND_HYDRATED } from './islandDom';
import { siteHref } from '../sitePath';

/** An absolute URL on this site's origin (a path on the server, where only the type is read). */
const here = (path: string): string => (typeof window === 'undefined' ? siteHref(path) : new URL(siteHref(path), window.location.origin).href);

/** What a widget's Embed button needs: its embed page and the element's module (absolute). */
const targets = new Map<string, EmbedTarget>(
  EMBEDS.map((e: Embed) => [e.island, { name: e.name, slug: e.slug, script: here(ELEMENT_SCRIPT_PATH), url: (search: string) => here(embedPath(e.slug)) + search }]),
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
