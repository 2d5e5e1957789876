import type { ChapterFrontmatter } from './chapterTypes';

export interface Neighbours<C> {
  previous: C | undefined;
  next: C | undefined;
}

/** The chapters before and after `slug` in an ordered list (undefined at either end or if absent). */
export function neighbours<C extends Pick<ChapterFrontmatter, 'slug'>>(ordered: readonly C[], slug: string): Neighbours<C> {
  const i = ordered.findIndex((c) => c.slug === slug);
  if (i < 0) return { previous: undefined, next: undefined };
  return { previous: ordered[i - 1], next: ordered[i + 1] };
}
