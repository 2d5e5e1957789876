/**
 * A formula typeset by KaTeX.
 *
 * Rendered with katex.renderToString during render: it is a pure function of the TeX, so the
 * prerendered page and hydration produce the same HTML.
 *
 * Safety: this, LazyFormula (which renders through renderTex below) and TypesetFormula (HTML
 * typeset at build time from the same kind of TeX) are the only places the kit uses
 * dangerouslySetInnerHTML. The TeX must be written by our code (a chapter, a core
 * optimizer's or surface's `formula`, where a surface fills in only validated numbers such as
 * the quadratic's condition number), never text from a URL, an embed attribute or a reader; KaTeX escapes text and runs with `trust: false` (no
 * \href, \url, \includegraphics, \htmlClass …), but the rule is ours, not KaTeX's. Non-strings
 * are refused at run time as well as by the types.
 */
import katex from 'katex';
import 'katex/dist/katex.min.css'; // embedded widgets may sit on pages without KaTeX's styles
import { useMemo } from 'react';
import styles from './Formula.module.css';
import { ScrollBox } from './ScrollBox';
import { KATEX_OPTIONS } from './texOptions';
import { TypesetHtml } from './TypesetHtml';

export interface FormulaProps {
  /** TeX source: a string constant from code (see the safety note above). */
  tex: string;
  /** Display (block, centred) rather than inline math. */
  display?: boolean;
}

/** KaTeX's HTML for `tex`; a TeX error renders as KaTeX's red error text instead of throwing. */
export function renderTex(tex: string, display = false): string {
  if (typeof tex !== 'string') throw new TypeError(`Formula: tex must be a string, got ${typeof tex}`);
  return katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: display });
}

export function Formula({ tex, display = false }: FormulaProps) {
  const html = useMemo(() => renderTex(tex, display), [tex, display]);
  if (!display) return <TypesetHtml inline className={styles.inline} html={html} />;
  return (
    <ScrollBox label="Formula">
      <TypesetHtml className={styles.display} html={html} />
    </ScrollBox>
  );
}
