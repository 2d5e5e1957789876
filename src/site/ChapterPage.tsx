import { ChapterNav } from './ChapterNav';
import type { Chapter, ChapterBody } from './chapterTypes';
import { neighbours } from './navigation';
import { PageContents, READING_ID } from './PageContents';

interface ChapterPageProps {
  chapter: Chapter;
  /** The chapter's loaded MDX body and headings. */
  body: ChapterBody;
  /** All chapters in book order, for the chapter number and previous/next links. */
  chapters: readonly Chapter[];
}

export function ChapterPage({ chapter, body, chapters }: ChapterPageProps) {
  const { previous, next } = neighbours(chapters, chapter.slug);
  const number = chapters.indexOf(chapter) + 1;
  const { Content, headings } = body;
  return (
    <div className="chapter">
      <header className="chapter-header">
        <p className="chapter-number">Chapter {number}</p>
        <h1>{chapter.title}</h1>
        <p className="chapter-summary">{chapter.summary}</p>
      </header>
      <PageContents headings={headings} />
      {/* tabIndex so "Skip the contents" moves focus here, not just the scroll position */}
      <article className="prose chapter-body" id={READING_ID} tabIndex={-1}>
        <Content />
      </article>
      <ChapterNav previous={previous} next={next} />
    </div>
  );
}
