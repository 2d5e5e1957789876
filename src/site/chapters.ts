import { buildChapterList } from './chapterList';

// Every chapters/*.mdx file, compiled by the MDX pipeline in vite.config.ts. Eager, so the
// server render and the hydrating client see the same chapters synchronously.
const modules = import.meta.glob('/chapters/*.mdx', { eager: true });

/** All chapters, validated and in book order. Throws at import time if any file is malformed. */
export const chapters = buildChapterList(modules);
