import { BookContents } from './BookContents';
import type { Chapter } from './chapterTypes';
import { siteHref } from './sitePath';

export function NotFound({ chapters }: { chapters: readonly Chapter[] }) {
  return (
    <div className="not-found">
      <h1>Page not found</h1>
      <p>
        There is no page at this address. It may have moved; the chapters are listed below, or go to the{' '}
        <a href={siteHref('/')}>start of the book</a>.
      </p>
      <BookContents chapters={chapters} />
    </div>
  );
}
