/** KaTeX's options, one set for the page (Formula.tsx) and the build (typeset *.numbers.ts). */
import type { KatexOptions } from 'katex';

export const KATEX_OPTIONS: KatexOptions = {
  throwOnError: false,
  trust: false,
  strict: 'ignore',
  output: 'htmlAndMathml', // MathML for screen readers, HTML for the eye
};
