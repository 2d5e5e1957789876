import { MDXProvider } from '@mdx-js/react';
import { StrictMode, useEffect } from 'react';
import { ChapterPage } from './ChapterPage';
import type { Chapter } from './chapterTypes';
import { HomePage } from './HomePage';
import { Layout } from './Layout';
import { mdxComponents } from './mdx/mdxComponents';
import { NotFound } from './NotFound';
import { routeTitle } from './routes';
import type { Route } from './routes';

interface AppProps {
  route: Route;
  chapters: readonly Chapter[];
}

function Page({ route, chapters }: AppProps) {
  switch (route.kind) {
    case 'home':
      return <HomePage chapters={chapters} />;
    case 'chapter':
      return <ChapterPage chapter={route.chapter} chapters={chapters} />;
    case 'notFound':
      return <NotFound chapters={chapters} />;
  }
}

/** The whole page tree; the server and the client render exactly this, for the same route. */
export function App({ route, chapters }: AppProps) {
  // The prerendered <title> is already right; this is for `npm run dev`, which has no prerender.
  useEffect(() => {
    document.title = routeTitle(route);
  }, [route]);
  return (
    <StrictMode>
      <MDXProvider components={mdxComponents}>
        <Layout>
          <Page route={route} chapters={chapters} />
        </Layout>
      </MDXProvider>
    </StrictMode>
  );
}
