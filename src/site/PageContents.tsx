import { useId } from 'react';
import type { TocHeading } from './mdx/headingTypes';
import { nestHeadings } from './mdx/nestHeadings';
import type { TocEntry } from './mdx/nestHeadings';

function Entries({ entries }: { entries: TocEntry[] }) {
  return (
    <ol>
      {entries.map((entry) => (
        <li key={entry.id}>
          <a href={`#${entry.id}`}>{entry.text}</a>
          {entry.children.length > 0 ? <Entries entries={entry.children} /> : null}
        </li>
      ))}
    </ol>
  );
}

/** The id of the chapter's text, where "Skip the contents" goes. */
export const READING_ID = 'reading';

/**
 * The chapter's own contents: its h2 sections with their h3 subsections. Its first Tab stop
 * is a link past it (visible when focused), so a keyboard reader reaches the text and its
 * widgets without tabbing through twenty entries.
 */
export function PageContents({ headings }: { headings: readonly TocHeading[] }) {
  const titleId = useId();
  if (headings.length === 0) return null;
  return (
    <nav className="page-contents" aria-labelledby={titleId}>
      <a className="contents-skip" href={`#${READING_ID}`}>
        Skip the contents
      </a>
      <h2 className="page-contents-title" id={titleId}>
        On this page
      </h2>
      <Entries entries={nestHeadings(headings)} />
    </nav>
  );
}
