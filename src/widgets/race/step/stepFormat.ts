/**
 * How the substituted step prints its numbers: points w with two decimals (as coordinates are
 * written elsewhere), every other number to three significant digits, with a typographic minus
 * and powers of ten written out (src/widgets/descent/numberText.ts), and 2-vectors as (a, b).
 */
import { formatFixed, formatNumber } from '../../descent/numberText';

/** A point or vector of the plane: the race's parameters, gradients and optimizer state. */
export type Pair = readonly [number, number];

/** One step's text, and what it leaves behind. */
export interface StepShown<S> {
  /** The update with the numbers substituted, one assignment a line. Printed only when asked:
   *  a replay takes up to thousands of steps to print one, and formatting is its whole cost. */
  readonly print: () => readonly string[];
  /** The optimizer's state after the step. */
  readonly state: S;
  /** The point after the step. */
  readonly w: Pair;
}

/** A number: three significant digits. */
export const num = (x: number): string => formatNumber(x, 3);
/** A vector other than a point: (a, b), three significant digits each. */
export const vec = (v: Pair): string => `(${num(v[0])}, ${num(v[1])})`;
/** A point: (x, y), two decimals each. */
export const pos = (w: Pair): string => `(${formatFixed(w[0], 2)}, ${formatFixed(w[1], 2)})`;
/** f applied to each coordinate. */
export const each = (f: (i: 0 | 1) => number): Pair => [f(0), f(1)];
