/**
 * A best-so-far curve of up to 100,000 evaluations, thinned for drawing on a log x axis: the
 * evaluations kept are spread evenly in log(evaluation), so each decade gets the same number
 * of points (a plot 600 px wide needs no more), and the first and last are always kept. The
 * curve never rises, so a point between two kept ones lies between their heights.
 */

export interface CurvePoints {
  /** Evaluation counts, 1-based (x). */
  readonly x: Float64Array;
  /** Best loss after that many evaluations (y). */
  readonly y: Float64Array;
}

/** At most `maxPoints` (≥ 2) points of bestSoFar, x = 1 … length, log-spaced. */
export function curvePoints(bestSoFar: ArrayLike<number>, maxPoints = 400): CurvePoints {
  const n = bestSoFar.length;
  const keep: number[] = [];
  if (n <= maxPoints) {
    for (let i = 0; i < n; i++) keep.push(i);
  } else {
    const top = Math.log(n);
    let last = -1;
    for (let k = 0; k < maxPoints; k++) {
      const i = Math.round(Math.exp((top * k) / (maxPoints - 1))) - 1; // evaluation e^(…) → index
      if (i > last) {
        keep.push(i);
        last = i;
      }
    }
    if (last !== n - 1) keep.push(n - 1);
  }
  const x = new Float64Array(keep.length);
  const y = new Float64Array(keep.length);
  keep.forEach((i, j) => {
    x[j] = i + 1;
    y[j] = bestSoFar[i];
  });
  return { x, y };
}
