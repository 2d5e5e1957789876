import type { Chapter } from './chapterTypes';
import { chapterPath } from './routes';
import { siteHref } from './sitePath';

interface ChapterNavProps {
  previous: Chapter | undefined;
  next: Chapter | undefined;
}

/** Previous / next chapter links at the foot of a chapter. */
export function ChapterNav({ previous, next }: ChapterNavProps) {
  if (!previous && !next) return null;
  return (
    <nav className="chapter-nav" aria-label="Previous and next chapter">
      {previous ? (
        <a className="chapter-nav-link chapter-nav-previous" rel="prev" href={siteHref(chapterPath(previous.slug))}>
          <span className="chapter-nav-label">← Previous</span>
          <span className="chapter-nav-title">{previous.title}</span>
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <a className="chapter-nav-link chapter-nav-next" rel="next" href={siteHref(chapterPath(next.slug))}>
          <span className="chapter-nav-label">Next →</span>
          <span className="chapter-nav-title">{next.title}</span>
        </a>
      ) : null}
    </nav>
  );
}
