import type { MDXComponents } from 'mdx/types';
import type { ComponentProps } from 'react';
import { Challenge, DeepDive, Note, Pitfall, Recap } from '../teaching';
import { islandComponents } from '../islands/islandComponents';
import { SourceListing } from '../listing/SourceListing';
import { OptimizerUpdate } from '../listing/OptimizerUpdate';
import { H2, H3 } from './AnchoredHeading';
import { ChapterRef } from './ChapterRef';
import { tableLabel } from './tableLabel';

/** Wide tables scroll inside their own box (a focusable region named after their column
 *  headers while it scrolls, so keyboards can scroll it too). */
// Every island but the theme toggle, which belongs to the layout.
const { ThemeToggle, ...chapterIslands } = islandComponents;
void ThemeToggle;
const { ScrollBox } = chapterIslands;

function Table(props: ComponentProps<'table'>) {
  return (
    <ScrollBox className="table-scroll" label={tableLabel(props.children)}>
      <table {...props} />
    </ScrollBox>
  );
}

/** Code blocks scroll horizontally; focusable for the same reason as tables. */
function Pre(props: ComponentProps<'pre'>) {
  return <pre tabIndex={0} {...props} />;
}

/**
 * The one component map every chapter is rendered with (through MDXProvider), so chapters
 * use <Note>, <Challenge>, the widgets and friends without importing them. Answers, hints,
 * the boxes round display equations (rehypeScrollingMath) and the widgets are islands: the
 * only parts of a chapter that hydrate (src/site/islands).
 */
export const mdxComponents: MDXComponents = {
  ...chapterIslands,
  h2: H2,
  h3: H3,
  table: Table,
  pre: Pre,
  Challenge,
  ChapterRef,
  DeepDive,
  Note,
  OptimizerUpdate,
  Pitfall,
  Recap,
  SourceListing,
};
