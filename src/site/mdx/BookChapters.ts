import { createContext, useContext } from 'react';
import type { Chapter } from '../chapterTypes';

/** Every chapter in book order, for components inside a chapter body that name another one
 *  (ChapterRef). Provided by App from the same list the contents and page numbers use. */
export const BookChapters = createContext<readonly Chapter[]>([]);

export const useBookChapters = (): readonly Chapter[] => useContext(BookChapters);
