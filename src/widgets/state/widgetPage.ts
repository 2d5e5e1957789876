/**
 * Where a widget's settings come from and where its links point, when that is not the page's
 * own address: a <descent-widget> element on a course page (src/element) reads them from its
 * attributes, and its Share link goes to the book's embed page, not the course page. Without a
 * provider a widget reads `location.search` and links to `location.href`.
 */
import { createContext } from 'react';

export interface WidgetPage {
  /** The settings, as a query: "?race.kappa=3&race.nesterov=1". A new value is applied at once. */
  readonly query: string;
  /** The absolute URL a share link starts from (its query and anchor are replaced). */
  readonly url: string;
}

export const WidgetPageContext = createContext<WidgetPage | null>(null);
