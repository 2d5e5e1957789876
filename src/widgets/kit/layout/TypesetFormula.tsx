/**
 * A display formula typeset at build time: KaTeX's HTML, computed in Node by a *.numbers.ts
 * module from TeX our code wrote (see Formula.tsx's safety note), so the page ships neither
 * KaTeX's JavaScript nor a moment of fallback text. For formulas that take one of a few known
 * forms (one per surface); a formula that varies freely with the state needs LazyFormula.
 */
import styles from './Formula.module.css';
import { ScrollBox } from './ScrollBox';
import { TypesetHtml } from './TypesetHtml';

export interface TypesetFormulaProps {
  /** KaTeX's HTML for the formula, from the build. */
  html: string;
  /** What it is, for screen readers once it scrolls. */
  label?: string;
}

export function TypesetFormula({ html, label = 'Formula' }: TypesetFormulaProps) {
  return (
    <ScrollBox label={label}>
      <TypesetHtml className={styles.display} html={html} />
    </ScrollBox>
  );
}
