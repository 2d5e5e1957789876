import type { Chapter } from './chapterTypes';
import { chapterPath } from './routes';
import { siteHref } from './sitePath';

/** The book's table of contents: every chapter, numbered, with its summary. */
export function BookContents({ chapters }: { chapters: readonly Chapter[] }) {
  if (chapters.length === 0) return <p>The first chapters are being written.</p>;
  return (
    <ol className="book-contents">
      {chapters.map((chapter, i) => (
        <li key={chapter.slug}>
          <a href={siteHref(chapterPath(chapter.slug))}>
            <span className="book-contents-number">{i + 1}</span>
            <span className="book-contents-title">{chapter.title}</span>
          </a>
          <p className="book-contents-summary">{chapter.summary}</p>
        </li>
      ))}
    </ol>
  );
}
