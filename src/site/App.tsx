import { MDXProvider } from '@mdx-js/react';
import { StrictMode, useEffect } from 'react';
import { ChapterPage } from './ChapterPage';
import { EmbedPage } from './embed/EmbedPage';
import type { Chapter } from './chapterTypes';
import { HomePage } from './HomePage';
import { Layout } from './Layout';
import { BookChapters } from './mdx/BookChapters';
import { mdxComponents } from './mdx/mdxComponents';
import { NotFound } from './NotFound';
import { routeTitle } from './routes';
import { TeachersPage } from './teachers/TeachersPage';
import type { Page as LoadedPage } from './routes';

interface AppProps {
  /** The page to show, with its chapter body loaded (routes.ts loadPage). */
  page: LoadedPage;
  chapters: readonly Chapter[];
}

function Page({ page, chapters }: AppProps) {
  switch (page.kind) {
    case 'home':
      return <HomePage chapters={chapters} />;
    case 'chapter':
      return <ChapterPage chapter={page.chapter} body={page.body} chapters={chapters} />;
    case 'embed':
      return <EmbedPage embed={page.embed} chapter={page.chapter} />;
    case 'teachers':
      return <TeachersPage widgets={page.widgets} />;
    case 'notFound':
      return <NotFound chapters={chapters} />;
  }
}

/** The whole page tree; the server and the client render exactly this, for the same route. */
export function App({ page, chapters }: AppProps) {
  // The prerendered <title> is already right; this is for `npm run dev`, which has no prerender.
  useEffect(() => {
    document.title = routeTitle(page);
  }, [page]);
  const content = <Page page={page} chapters={chapters} />;
  return (
    <StrictMode>
      <BookChapters.Provider value={chapters}>
        <MDXProvider components={mdxComponents}>
          {/* An embed page is the widget alone: no header, contents or footer. */}
          {page.kind === 'embed' ? content : <Layout>{content}</Layout>}
        </MDXProvider>
      </BookChapters.Provider>
    </StrictMode>
  );
}
