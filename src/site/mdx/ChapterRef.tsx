import { chapterPath } from '../routes';
import { useBookChapters } from './BookChapters';
import { siteHref } from '../sitePath';

interface ChapterRefProps {
  /** The chapter's front-matter slug. An unknown slug throws, so the prerender (the build) fails. */
  slug: string;
  /** "Chapter 3" at the start of a sentence; "chapter 3" otherwise. */
  capital?: boolean;
  /** Also print the title: "chapter 3, Gradient descent". Use it where a reader meets the
   *  reference first; later mentions in the same chapter can stay short. */
  titled?: boolean;
}

/**
 * A link to another chapter, its number and title taken from front matter, so references never go
 * stale when chapters are added or reordered. Prose never types "chapter 3" or "the next chapter"
 * (remarkNoTypedChapterRefs fails the build if it does).
 */
export function ChapterRef({ slug, capital = false, titled = false }: ChapterRefProps) {
  const chapters = useBookChapters();
  const index = chapters.findIndex((c) => c.slug === slug);
  if (index < 0) {
    const known = chapters.map((c) => c.slug).join(', ') || 'none';
    throw new Error(`ChapterRef: no chapter has slug "${slug}" (chapters: ${known})`);
  }
  const chapter = chapters[index];
  const word = capital ? 'Chapter' : 'chapter';
  return (
    <a href={siteHref(chapterPath(slug))} title={titled ? undefined : chapter.title}>
      {word} {index + 1}
      {titled ? <>, <cite>{chapter.title}</cite></> : null}
    </a>
  );
}
