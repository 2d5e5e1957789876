/**
 * A remark plugin that fails the build when chapter prose types a reference to another chapter
 * by hand ("chapter 3", "the next chapter"): such a reference goes stale as soon as a chapter is
 * added or moved. Prose writes <ChapterRef slug="…"/> instead, which reads number and title from
 * front matter. Only text is checked: code, math and JSX attributes are not prose.
 */

/** Hand-typed references: a chapter by number, or by position relative to this one. */
export const TYPED_CHAPTER_REF = /\b(?:chapters? \d+|(?:next|previous|last|first|following|preceding|coming) chapters?)\b/i;

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { line: number; column: number } };
}

interface SourceFile {
  path?: string;
}

/** Each hand-typed reference in a tree: the matched words and where they stand. */
export function findTypedChapterRefs(tree: MdNode): { text: string; line: number; column: number }[] {
  const found: { text: string; line: number; column: number }[] = [];
  const walk = (node: MdNode): void => {
    if (node.type === 'text' && node.value !== undefined) {
      const match = TYPED_CHAPTER_REF.exec(node.value);
      if (match) found.push({ text: match[0], line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 });
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return found;
}

export function remarkNoTypedChapterRefs() {
  return (tree: MdNode, file: SourceFile): void => {
    const found = findTypedChapterRefs(tree);
    if (found.length === 0) return;
    const where = found.map((f) => `  line ${f.line}: "${f.text}"`).join('\n');
    throw new Error(
      `remarkNoTypedChapterRefs: ${file.path ?? 'a chapter'} types chapter references by hand; ` +
        `write <ChapterRef slug="…"/> (number and title from front matter) instead:\n${where}`,
    );
  };
}
