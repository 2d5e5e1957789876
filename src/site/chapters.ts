import { buildChapterList } from './chapterList';

// Every chapters/*.mdx file. The front matter is read eagerly (a few hundred bytes each, parsed
// at build time by the chapterFrontmatter plugin in vite.config.ts), so every page knows the
// whole book; each body, compiled by the MDX pipeline, is a lazy import and so its own chunk.
const frontmatters = import.meta.glob('/chapters/*.mdx', { query: '?frontmatter', import: 'default', eager: true });
const bodies = import.meta.glob('/chapters/*.mdx');

/** All chapters, validated and in book order. Throws at import time if any file is malformed. */
export const chapters = buildChapterList(frontmatters, bodies);
