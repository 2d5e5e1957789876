/**
 * What "Penalty geometry" says in words: its readouts (the optimum, how many coefficients are
 * exactly zero, the norms) and the screen-reader descriptions of its three pictures, written
 * from the same numbers the pictures draw. A coefficient is called zero only when it is exactly
 * 0 (the soft threshold's output), never when it merely rounds to 0: a tiny value is written as
 * a power of ten ("3 × 10⁻⁵"), so the text never hides the difference L1 makes.
 */
import { readableNumber } from '../kit/numberText';
import { COEFFICIENT_DEGREE, type CoefficientFit, mixOf, type W2 } from './penaltyModel';
import { PENALTY_LABELS, type PenaltyKind } from './penaltySchema';

export const fmt = (v: number, digits = 3): string => (Number.isFinite(v) ? readableNumber(v, digits) : String(v));

/** "(0.725, 0)". */
export const pointText = (w: W2): string => `(${fmt(w[0])}, ${fmt(w[1])})`;

/** The penalty as a formula in plain text: "λ‖w‖₁", "½λ‖w‖₂²", "λ(0.5‖w‖₁ + ½·0.5‖w‖₂²)". */
export function penaltyFormula(kind: PenaltyKind, mix: number): string {
  const a = mixOf(kind, mix);
  if (kind === 'l1') return 'λ‖w‖₁';
  if (kind === 'l2') return '½λ‖w‖₂²';
  return `λ(${fmt(a)}‖w‖₁ + ½·${fmt(1 - a)}‖w‖₂²)`;
}

/** The name of the penalty's level set: circle, diamond, or the rounded diamond between them. */
export function shapeName(kind: PenaltyKind, mix: number): string {
  const a = mixOf(kind, mix);
  if (a === 0) return 'circle';
  if (a === 1) return 'diamond';
  return 'rounded diamond';
}

/** Which of the two weights are exactly zero, as a clause. */
function zeroClause(w: W2): string {
  if (w[0] === 0 && w[1] === 0) return 'both weights are exactly 0 (the optimum is the origin)';
  if (w[1] === 0) return 'w₂ is exactly 0';
  if (w[0] === 0) return 'w₁ is exactly 0';
  return 'neither weight is zero';
}

/** The readout under the controls: "Penalized optimum (w₁, w₂) = (0.725, 0): w₂ is exactly 0." */
export function optimumSentence(w: W2): string {
  return `Penalized optimum (w₁, w₂) = ${pointText(w)}: ${zeroClause(w)}.`;
}

/** "6 of 9 coefficients are exactly zero" (of w₁ … w₉; the constant w₀ is not penalized). */
export function zerosText(fit: CoefficientFit): string {
  const d = COEFFICIENT_DEGREE;
  return `${fit.zeros} of ${d} coefficients ${fit.zeros === 1 ? 'is' : 'are'} exactly zero`;
}

/** "‖w‖₁ = 4.02, ‖w‖₂ = 2.69". */
export function normsText(fit: CoefficientFit): string {
  return `‖w‖₁ = ${fmt(fit.l1Norm)}, ‖w‖₂ = ${fmt(fit.l2Norm)}`;
}

/** "w₂, w₄ and w₉" (subscript indices). */
export function coefficientList(indices: readonly number[]): string {
  const sub = (j: number): string => `w${String(j).replace(/\d/g, (c) => '₀₁₂₃₄₅₆₇₈₉'[Number(c)])}`;
  const names = indices.map(sub);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export interface GeometryDescription {
  readonly kind: PenaltyKind;
  readonly lambda: number;
  readonly mix: number;
  readonly optimum: W2;
  readonly unpenalized: W2;
  /** λ at which w₂ first is exactly 0, and at which both are (null: never). */
  readonly w2Zero: number | null;
  readonly origin: number | null;
}

/** The two-weight picture in words: the bowl, the two optima, the shape that touches, the path. */
export function describeGeometry(d: GeometryDescription): string {
  const { kind, lambda, mix, optimum, unpenalized } = d;
  const shape = shapeName(kind, mix);
  const label = PENALTY_LABELS[kind] + (kind === 'elasticNet' ? ` with mix α = ${fmt(mixOf(kind, mix))}` : '');
  const touch = optimum[0] === 0 && optimum[1] === 0
    ? 'The penalty has pulled the optimum all the way to the origin.'
    : `There the penalty's level set, a ${shape}, touches the data-loss contour through the same point` +
      (optimum[1] === 0 && kind !== 'l2' ? ', at its corner on the w₁ axis.' : '.');
  const path = d.origin === null
    ? `As λ grows the optimum moves along a curve from ${pointText(unpenalized)} toward the origin, reaching it only in the limit: without an L1 part the penalty shrinks both weights but never makes either exactly 0.`
    : `As λ grows the optimum moves along the drawn path from ${pointText(unpenalized)} to the origin; w₂ becomes exactly 0 at λ = ${fmt(d.w2Zero ?? NaN)} and both weights at λ = ${fmt(d.origin)}.`;
  return (
    `Contours of the data loss over the weights w₁ and w₂: tilted ellipses around the unpenalized optimum ${pointText(unpenalized)}, marked with a cross. ` +
    `With the ${label} penalty at λ = ${fmt(lambda)}, the penalized optimum, the dot, is at ${pointText(optimum)}: ${zeroClause(optimum)}. ${touch} ${path}`
  );
}

/** The coefficient bars in words: which are zero, the largest, and how big the unpenalized ones are. */
export function describeCoefficients(kind: PenaltyKind, lambda: number, fit: CoefficientFit, unpenalized: CoefficientFit): string {
  const zero: number[] = [];
  let largest = 1;
  for (let j = 1; j < fit.w.length; j++) {
    if (fit.w[j] === 0) zero.push(j);
    if (Math.abs(fit.w[j]) > Math.abs(fit.w[largest])) largest = j;
  }
  let unLargest = 1;
  for (let j = 1; j < unpenalized.w.length; j++) if (Math.abs(unpenalized.w[j]) > Math.abs(unpenalized.w[unLargest])) unLargest = j;
  const zeros = zero.length === 0 ? 'None is exactly zero.' : `${coefficientList(zero)} ${zero.length === 1 ? 'is' : 'are'} exactly zero.`;
  return (
    `Bars of the coefficients w₁ to w₉ of a degree-${COEFFICIENT_DEGREE} polynomial fitted to 20 noisy samples of sin(2πx) with the ${PENALTY_LABELS[kind]} penalty at λ = ${fmt(lambda)}: ` +
    `${zerosText(fit)}. ${zeros} The largest in size is ${coefficientList([largest])} = ${fmt(fit.w[largest])}; ${normsText(fit)}. ` +
    `The unpenalized fit, drawn as outlines, has coefficients as large as ${coefficientList([unLargest])} = ${fmt(unpenalized.w[unLargest])} (‖w‖₁ = ${fmt(unpenalized.l1Norm)}).`
  );
}

/** The small curve plot in words. */
export function describeCurve(kind: PenaltyKind, lambda: number, fit: CoefficientFit, unpenalized: CoefficientFit): string {
  return (
    `The 20 points and two degree-${COEFFICIENT_DEGREE} polynomials through them: the unpenalized fit (dashed), which wiggles to follow the noise, with mean squared error ${fmt(unpenalized.mse)}, ` +
    `and the fit with the ${PENALTY_LABELS[kind]} penalty at λ = ${fmt(lambda)} (solid), with mean squared error ${fmt(fit.mse)} on the same points.`
  );
}
