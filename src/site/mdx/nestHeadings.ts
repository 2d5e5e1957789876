import type { TocHeading } from './headingTypes';

export interface TocEntry extends TocHeading {
  /** The h3s under this h2 (always empty for an h3). */
  children: TocEntry[];
}

/** Groups each h3 under the h2 before it; an h3 before any h2 stays at the top level. */
export function nestHeadings(headings: readonly TocHeading[]): TocEntry[] {
  const top: TocEntry[] = [];
  let section: TocEntry | undefined;
  for (const h of headings) {
    const entry: TocEntry = { ...h, children: [] };
    if (h.depth === 3 && section) {
      section.children.push(entry);
    } else {
      top.push(entry);
      if (h.depth === 2) section = entry;
    }
  }
  return top;
}
