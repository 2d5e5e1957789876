import { book } from './book';
import { BookContents } from './BookContents';
import type { Chapter } from './chapterTypes';

export function HomePage({ chapters }: { chapters: readonly Chapter[] }) {
  return (
    <div className="home">
      <header className="home-header">
        <h1>{book.title}</h1>
        <p className="home-tagline">{book.tagline}</p>
        <p>{book.description}</p>
      </header>
      <section aria-labelledby="contents">
        <h2 id="contents">Contents</h2>
        <BookContents chapters={chapters} />
      </section>
    </div>
  );
}
