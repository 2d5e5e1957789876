/** One entry of a chapter's in-page contents: an h2 or h3 and the id rehype-slug gave it. */
export interface TocHeading {
  /** 2 for a section, 3 for a subsection. */
  depth: 2 | 3;
  /** The anchor id (stable: derived from the heading text by rehype-slug). */
  id: string;
  /** The heading's plain text. */
  text: string;
}
