/**
 * The arithmetic of "Numerical versus analytic gradient" (chapter 3), pure so that the widget
 * and the chapter's prose print the same numbers.
 *
 * The loss is the softmax classifier's mean cross-entropy on the three-blobs training data
 * (core: makeThreeBlobs, softmaxClassifier; 2 inputs × 3 classes + 3 biases = 9 weights) at a
 * fixed, seeded weight vector. Each partial derivative ∂L/∂wᵢ is estimated two ways:
 *
 *   forward   (L(w + h·eᵢ) − L(w)) / h            error  ≈ h·|L''|/2      + ε·|L|/h
 *   centred   (L(w + h·eᵢ) − L(w − h·eᵢ)) / 2h    error  ≈ h²·|L'''|/6    + ε·|L|/h
 *
 * and compared with the analytic derivative from the core's reverse-mode autodiff through
 * the relative error |a − n| / max(|a|, |n|) (core: relativeError; CS231n's gradient check).
 * The first error term (truncation, from Taylor's theorem) falls as h shrinks; the second
 * (round-off: L is only known to about machine ε = 2⁻⁵² relative, and the difference of two
 * nearly equal numbers keeps the absolute error while the result shrinks) grows like 1/h.
 * Balancing the two puts the best h near √ε ≈ 1.5e-8 (forward) and ∛ε ≈ 6e-6 (centred);
 * errorCurve computes the actual curve rather than assuming it.
 */
import { createRng, makeThreeBlobs, Program, relativeError, softmaxClassifier, wrap } from '../../core';

export type DifferenceFormula = 'forward' | 'centred';

/** Machine epsilon of float64, 2⁻⁵² ≈ 2.22e-16: the gap between 1 and the next number. */
export const EPSILON = Number.EPSILON;

/** The seed of the fixed weight vector at which the gradient is checked. */
export const CHECK_SEED = 3;
/** Standard deviation of the seeded weights (biases included, so none is exactly 0). */
export const CHECK_WEIGHT_STD = 0.5;

/** A loss of a weight vector with its analytic gradient: what a gradient check needs. */
export interface CheckProblem {
  /** Names of the weights in order: W₁₁ … W₂₃, b₁ … b₃. */
  readonly names: readonly string[];
  /** The weights at which the check is made (do not write to it). */
  readonly w: Float64Array;
  /** Training examples the loss averages over. */
  readonly examples: number;
  /** L(w), by a forward pass of the core's traced program. */
  loss(w: Float64Array): number;
  /** ∇L(w), by the core's backpropagation (a fresh array). */
  gradient(w: Float64Array): Float64Array;
  /** One forward pass at the check point (for timing). */
  forwardPass(): number;
  /** One forward and one backward pass at the check point (for timing). */
  forwardBackwardPass(): number;
  /** L at the check point and the analytic gradient there. */
  readonly value: number;
  readonly analytic: Float64Array;
}

const SUB = '₀₁₂₃₄₅₆₇₈₉';
const sub = (k: number): string => String(k).replace(/\d/g, (d) => SUB[Number(d)]);

/** The chapter's check problem: softmax cross-entropy on three blobs at seeded weights. */
export function makeCheckProblem(): CheckProblem {
  const { train: data } = makeThreeBlobs();
  const model = softmaxClassifier({ inputs: data.d, classes: 3 });
  const { values, grads } = model.params;
  const rng = createRng(CHECK_SEED);
  for (let i = 0; i < values.length; i++) values[i] = CHECK_WEIGHT_STD * rng.normal();
  const at = Float64Array.from(values);
  const names: string[] = [];
  for (const info of model.params.infos) {
    if (info.shape.length === 2) {
      for (let r = 0; r < info.shape[0]; r++) for (let c = 0; c < info.shape[1]; c++) names.push(`${info.name}${sub(r + 1)}${sub(c + 1)}`);
    } else {
      for (let c = 0; c < info.size; c++) names.push(`${info.name}${sub(c + 1)}`);
    }
  }
  // The loss graph, traced once and replayed: a forward pass rereads the weights in place.
  const x = wrap(data.x, [data.n, data.d]);
  const y = wrap(data.y, [data.n]);
  const program = new Program(model.loss(model.forward(x, { training: false, rng: createRng(0) }), y));
  const loss = (w: Float64Array): number => {
    values.set(w);
    return program.forward();
  };
  const gradient = (w: Float64Array): Float64Array => {
    values.set(w);
    program.run();
    return Float64Array.from(grads);
  };
  const value = loss(at);
  const analytic = gradient(at);
  return {
    names,
    w: at,
    examples: data.n,
    loss,
    gradient,
    forwardPass: () => loss(at),
    forwardBackwardPass: () => {
      values.set(at);
      return program.run();
    },
    value,
    analytic,
  };
}

/**
 * The numerical partial derivative of f at w along coordinate i. `w` is perturbed in place
 * and restored exactly; `fw` is f(w), passed in so a forward-difference gradient evaluates it
 * once for all coordinates (hence N + 1 evaluations, not 2N).
 */
export function numericalPartial(f: (w: Float64Array) => number, w: Float64Array, i: number, h: number, formula: DifferenceFormula, fw: number): number {
  const old = w[i];
  w[i] = old + h;
  const up = f(w);
  if (formula === 'forward') {
    w[i] = old;
    return (up - fw) / h;
  }
  w[i] = old - h;
  const down = f(w);
  w[i] = old;
  return (up - down) / (2 * h);
}

/** The whole numerical gradient at w (w is restored). */
export function numericalGradient(f: (w: Float64Array) => number, w: Float64Array, h: number, formula: DifferenceFormula): Float64Array {
  if (!(h > 0 && Number.isFinite(h))) throw new RangeError(`numericalGradient: h must be a positive finite number, got ${h}`);
  const x = Float64Array.from(w);
  const fw = formula === 'forward' ? f(x) : NaN; // centred differences never use f(w)
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = numericalPartial(f, x, i, h, formula, fw);
  return out;
}

/** One row of the comparison table. */
export interface PartialRow {
  readonly name: string;
  readonly analytic: number;
  readonly numeric: number;
  /** |a − n| / max(|a|, |n|). */
  readonly relativeError: number;
}

export interface Comparison {
  readonly rows: readonly PartialRow[];
  /** The largest relative error over the coordinates: what a gradient check reports. */
  readonly worst: number;
  /** Index of that coordinate. */
  readonly worstIndex: number;
}

/** Analytic versus numerical gradient at the problem's weights, coordinate by coordinate. */
export function compareGradients(p: CheckProblem, h: number, formula: DifferenceFormula): Comparison {
  const numeric = numericalGradient(p.loss, p.w, h, formula);
  let worst = -1, worstIndex = 0;
  const rows = p.names.map((name, i): PartialRow => {
    const e = relativeError(p.analytic[i], numeric[i]);
    if (e > worst) {
      worst = e;
      worstIndex = i;
    }
    return { name, analytic: p.analytic[i], numeric: numeric[i], relativeError: e };
  });
  return { rows, worst, worstIndex };
}

/** Steps h on the error plot: `perDecade` per power of ten from 10^from to 10^to (inclusive). */
export function stepGrid(from = -16, to = 0, perDecade = 8): Float64Array {
  const count = (to - from) * perDecade + 1;
  return Float64Array.from({ length: count }, (_, k) => 10 ** (from + k / perDecade));
}

/** The worst relative error over all coordinates at each h of `hs`. */
export function errorCurve(p: CheckProblem, formula: DifferenceFormula, hs: ArrayLike<number>): Float64Array {
  const out = new Float64Array(hs.length);
  for (let k = 0; k < hs.length; k++) out[k] = compareGradients(p, hs[k], formula).worst;
  return out;
}

/** The h with the smallest error on the curve, and that error. */
export function bestStep(hs: ArrayLike<number>, errors: ArrayLike<number>): { h: number; error: number } {
  let k = 0;
  for (let i = 1; i < errors.length; i++) if (errors[i] < errors[k]) k = i;
  return { h: hs[k], error: errors[k] };
}

/**
 * Least-squares slope of log10(error) against log10(h) over the points with lo ≤ h ≤ hi:
 * the order of the error there (1 for forward truncation, 2 for centred, −1 for round-off).
 */
export function logLogSlope(hs: ArrayLike<number>, errors: ArrayLike<number>, lo: number, hi: number): number {
  let n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (let i = 0; i < hs.length; i++) {
    if (hs[i] < lo || hs[i] > hi || !(errors[i] > 0)) continue;
    const x = Math.log10(hs[i]), y = Math.log10(errors[i]);
    n++;
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
  }
  if (n < 2) return NaN;
  return (n * sxy - sx * sy) / (n * sxx - sx * sx);
}

/** The two curves of the plot, with where each bottoms out and the slopes of their branches. */
export interface ErrorCurves {
  readonly hs: Float64Array;
  readonly forward: Float64Array;
  readonly centred: Float64Array;
  readonly best: { readonly forward: { h: number; error: number }; readonly centred: { h: number; error: number } };
  /** Slopes of the truncation branches (h from 1e-4 to 1e-2 forward, 1e-3 to 1e-1 centred). */
  readonly truncationSlope: { readonly forward: number; readonly centred: number };
  /** Slopes of the round-off branches (h from 1e-13 to 1e-10). */
  readonly roundoffSlope: { readonly forward: number; readonly centred: number };
}

/** Where the slopes are fitted: well inside each branch, away from the minimum and the ends. */
export const TRUNCATION_FIT = { forward: [1e-4, 1e-2], centred: [1e-3, 1e-1] } as const;
export const ROUNDOFF_FIT = [1e-13, 1e-10] as const;

/** Both curves at once (about 30 loss evaluations per h). */
export function errorCurves(p: CheckProblem, hs: Float64Array = stepGrid()): ErrorCurves {
  const steps = errorCurveSteps(p, hs);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The same computation as a generator that pauses after each h, so a page can spread its
 * 100-odd ms over many frames (worker/runner's runSliced) instead of freezing for that long.
 */
export function* errorCurveSteps(p: CheckProblem, hs: Float64Array = stepGrid()): Generator<void, ErrorCurves, void> {
  const forward = new Float64Array(hs.length), centred = new Float64Array(hs.length);
  for (let k = 0; k < hs.length; k++) {
    forward[k] = compareGradients(p, hs[k], 'forward').worst;
    centred[k] = compareGradients(p, hs[k], 'centred').worst;
    yield;
  }
  return {
    hs,
    forward,
    centred,
    best: { forward: bestStep(hs, forward), centred: bestStep(hs, centred) },
    truncationSlope: {
      forward: logLogSlope(hs, forward, ...TRUNCATION_FIT.forward),
      centred: logLogSlope(hs, centred, ...TRUNCATION_FIT.centred),
    },
    roundoffSlope: {
      forward: logLogSlope(hs, forward, ...ROUNDOFF_FIT),
      centred: logLogSlope(hs, centred, ...ROUNDOFF_FIT),
    },
  };
}
