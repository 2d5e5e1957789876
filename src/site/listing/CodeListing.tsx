/**
 * A listing's lines as a <pre><code> block, coloured by highlightCode at render time (so, in a
 * chapter, at build time: the page gets the spans, not a highlighter). Colours come from
 * listing.css, which reads the site's tokens, so the theme and print restyle them.
 */
import { Fragment } from 'react';
import { highlightLine, type TokenKind } from './highlightCode';

export interface CodeListingProps {
  /** The code, one string per line (an extractListing result's `lines`). */
  lines: readonly string[];
}

const CLASS: Readonly<Record<Exclude<TokenKind, 'plain'>, string>> = {
  comment: 'listing-comment',
  keyword: 'listing-keyword',
  number: 'listing-number',
  string: 'listing-string',
};

export function CodeListing({ lines }: CodeListingProps) {
  return (
    <pre className="listing">
      <code>
        {lines.map((line, i) => (
          // A line's index is its identity: the lines never reorder.
          <Fragment key={i}>
            {highlightLine(line).map((token, j) =>
              token.kind === 'plain' ? token.text : <span key={j} className={CLASS[token.kind]}>{token.text}</span>,
            )}
            {i < lines.length - 1 ? '\n' : null}
          </Fragment>
        ))}
      </code>
    </pre>
  );
}
