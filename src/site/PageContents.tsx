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

/** The chapter's own contents: its h2 sections with their h3 subsections. */
export function PageContents({ headings }: { headings: readonly TocHeading[] }) {
  const titleId = useId();
  if (headings.length === 0) return null;
  return (
    <nav className="page-contents" aria-labelledby={titleId}>
      <h2 className="page-contents-title" id={titleId}>
        On this page
      </h2>
      <Entries entries={nestHeadings(headings)} />
    </nav>
  );
}
