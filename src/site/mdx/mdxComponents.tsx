import type { MDXComponents } from 'mdx/types';
import type { ComponentProps } from 'react';
import { Answer, Challenge, DeepDive, Hint, Note, Pitfall, Recap } from '../teaching';
import { H2, H3 } from './AnchoredHeading';
import { ChapterRef } from './ChapterRef';
import { tableLabel } from './tableLabel';
import { ScrollBox } from '../../widgets/kit/layout/ScrollBox';

/** Wide tables scroll inside their own box (a focusable region named after their column
 *  headers while it scrolls, so keyboards can scroll it too). */
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
 * use <Note>, <Challenge> and friends without importing them.
 */
export const mdxComponents: MDXComponents = {
  h2: H2,
  h3: H3,
  table: Table,
  pre: Pre,
  Answer,
  Challenge,
  ChapterRef,
  DeepDive,
  Hint,
  Note,
  Pitfall,
  Recap,
  ScrollBox, // display equations (rehypeScrollingMath)
};
