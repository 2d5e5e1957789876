/**
 * Where this widget's embed page is, provided by the site around each island that has one
 * (src/site/islands/IslandRoot.tsx): a widget knows its state, not the page it is embedded as.
 * Without a provider (tests, a widget outside the book) there is no Embed button.
 */
import { createContext } from 'react';

export interface EmbedTarget {
  /** The widget's name in words, for the iframe's title. */
  readonly name: string;
  /** Its name for <descent-widget name="…">, as in its embed page's address. */
  readonly slug: string;
  /** The absolute URL of the element's module (…/embed/descent.js). */
  readonly script: string;
  /** The embed page's absolute URL carrying `search` (the widget's state, "?race.lr=0.1" or ""). */
  url(search: string): string;
}

export const EmbedLink = createContext<EmbedTarget | null>(null);
