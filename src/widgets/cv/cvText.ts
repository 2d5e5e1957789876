/** What the cross-validation widget says in words, shared with the chapter's numbers. */
import { errorText } from '../overfit/overfitText';
import type { CrossValidation } from './cvModel';

export function cvSentence(cv: CrossValidation, degree: number): string {
  const d = cv.degrees[degree], b = cv.degrees[cv.best];
  return `Degree ${degree}: mean validation error ${errorText(d.mean)} over ${d.folds.length} folds, spread ${errorText(d.spread)} ` +
    `(folds from ${errorText(Math.min(...d.folds))} to ${errorText(Math.max(...d.folds))}). ` +
    `The lowest mean is at degree ${cv.best}, ${errorText(b.mean)}.`;
}
