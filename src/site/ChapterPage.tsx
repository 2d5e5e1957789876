import { ChapterNav } from './ChapterNav';
import type { Chapter } from './chapterTypes';
import { neighbours } from './navigation';
import { PageContents } from './PageContents';

interface ChapterPageProps {
  chapter: Chapter;
  /** All chapters in book order, for the chapter number and previous/next links. */
  chapters: readonly Chapter[];
}

export function ChapterPage({ chapter, chapters }: ChapterPageProps) {
  const { previous, next } = neighbours(chapters, chapter.slug);
  const number = chapters.indexOf(chapter) + 1;
  const Content = chapter.Content;
  return (
    <div className="chapter">
      <header className="chapter-header">
        <p className="chapter-number">Chapter {number}</p>
        <h1>{chapter.title}</h1>
        <p className="chapter-summary">{chapter.summary}</p>
      </header>
      <PageContents headings={chapter.headings} />
      <article className="prose chapter-body">
        <Content />
      </article>
      <ChapterNav previous={previous} next={next} />
    </div>
  );
}
