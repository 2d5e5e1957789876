import { book } from '../book';
import type { Chapter } from '../chapterTypes';
import { Island } from '../islands/Island';
import { chapterPath } from '../routes';
import type { Embed } from './embeds';
import { siteHref } from '../sitePath';

/**
 * A widget alone, for an iframe in someone else's page: no header, contents or footer; its state
 * from the same URL parameters as in the chapter; a small link back to the chapter it comes from
 * (opening a new tab, so the host page stays). `data-embed` starts the height reporter
 * (reportHeight.ts).
 */
export function EmbedPage({ embed, chapter }: { embed: Embed; chapter: Chapter | null }) {
  return (
    <main className="embed" data-embed={embed.slug}>
      {/* Filled from ?caption= in the browser (embedOptions.ts): the page is prerendered once. */}
      <p className="embed-caption" data-embed-caption="" hidden />
      <Island name={embed.island} props={{}} />
      <p className="embed-from">
        From{' '}
        <a href={siteHref(chapter ? chapterPath(chapter.slug) : '/')} target="_blank" rel="noopener">
          {chapter ? `${book.title}, chapter ${chapter.order}: ${chapter.title}` : book.title}
        </a>
      </p>
    </main>
  );
}
