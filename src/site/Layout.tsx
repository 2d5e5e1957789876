import type { ReactNode } from 'react';
import { book } from './book';
import { islandComponents } from './islands/islandComponents';
import { TEACHERS_PATH } from './routes';
import { siteHref } from './sitePath';

const { ThemeToggle } = islandComponents;

/** The frame of every page: skip link, header (book title, theme toggle), main, footer. */
export function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <a className="site-title" href={siteHref('/')}>
            {book.title}
          </a>
          <nav className="site-nav" aria-label="Site">
            <a href={siteHref('/#contents')}>Contents</a>
            <a href={siteHref(TEACHERS_PATH)}>For teachers</a>
          </nav>
          <ThemeToggle />
        </div>
      </header>
      {/* tabIndex so the skip link moves focus here, not just the scroll position. */}
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          {book.title}: {book.tagline}
        </p>
      </footer>
    </>
  );
}
