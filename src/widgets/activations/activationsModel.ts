/**
 * The arithmetic of "Activations and initialization", pure, so the widget, the tests and the
 * chapter's numbers file (in Node) compute the same things.
 *
 * Part 1: each activation and its derivative from the core's engine: the function is the core's
 * op, and f′ is what backward() puts in x.grad for L = Σ f(xᵢ) (each xᵢ touches only its own
 * term, so ∂L/∂xᵢ = f′(xᵢ)). The tests hold these to the closed forms (σ′ = σ(1 − σ),
 * tanh′ = 1 − tanh², ReLU′ = [x > 0], leaky′ = 1 or 0.01) and to central differences.
 * At x = 0, where ReLU has no derivative, the engine takes the left side's slope: 0 (leaky: 0.01).
 *
 * Part 2: the worker's activationStats input for a state, and what its numbers mean: each
 * row's verdict (vanished, exploded, saturated, copies of each other, healthy), decided here
 * from the per-layer standard deviations and worded in activationsText.ts.
 */
import { backward, sum, type Tensor, tensor } from '../../core';
import { ACT_BATCH, ACT_FUNCTIONS, type ActFunction, type ActivationStatsInput, type ActivationStatsOutput, applyActivation } from '../../worker/tasks/activationStats';
import { type ActivationsState, X_RANGE } from './activationsSchema';

/** Points per curve over X_RANGE: a step of 0.05, so 0 (every slope's peak or kink) is one of them. */
export const CURVE_POINTS = 241;

export interface Curve {
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** f′ at each x, by the engine's backward(). */
  readonly dy: Float64Array;
}

/** f and f′ at the given points, by the core's op and backward(). */
export function evaluate(fn: ActFunction, xs: ArrayLike<number>): Curve {
  const x: Tensor = tensor(xs, [xs.length], { requiresGrad: true });
  const y = applyActivation(fn, x);
  backward(sum(y));
  return { x: x.data, y: y.data, dy: x.grad ?? new Float64Array(xs.length) };
}

const GRID = Float64Array.from({ length: CURVE_POINTS }, (_, i) => X_RANGE[0] + ((X_RANGE[1] - X_RANGE[0]) * i) / (CURVE_POINTS - 1));

let cache: Readonly<Record<ActFunction, Curve>> | null = null;
/** Every function's curve over X_RANGE, computed once. */
export function curves(): Readonly<Record<ActFunction, Curve>> {
  cache ??= Object.fromEntries(ACT_FUNCTIONS.map((fn) => [fn, evaluate(fn, GRID)])) as Record<ActFunction, Curve>;
  return cache;
}

/** f(x) and f′(x) at one point. */
export function valueAt(fn: ActFunction, x: number): { readonly f: number; readonly df: number } {
  const c = evaluate(fn, [x]);
  return { f: c.y[0], df: c.dy[0] };
}

/** The largest slope over the curve's points, and where it is first reached:
 *  σ: 1/4 at 0, tanh: 1 at 0, the ReLUs: 1 (for every x > 0). */
export function maxSlope(fn: ActFunction): { readonly slope: number; readonly at: number } {
  const { x, dy } = curves()[fn];
  let k = 0;
  for (let i = 1; i < dy.length; i++) if (dy[i] > dy[k]) k = i;
  return { slope: dy[k], at: x[k] };
}

/** The worker's input for a state. */
/** The width whose pass takes ACT_BATCH inputs; wider layers take fewer, so that every width
 *  costs about the same (the work grows as width² × inputs): about 6 ms in Node, so a drag of
 *  the width slider gets each answer within a few frames (bench:ui: 100 units at 200 inputs took
 *  26 ms a pass, and answers queued behind each other to 150 ms). Never fewer than MIN_BATCH
 *  inputs; at the default width, 41 inputs × 100 units is 4,100 values per layer's histogram. */
export const FULL_BATCH_WIDTH = 45;
export const MIN_BATCH = 10;
export const batchFor = (width: number): number =>
  Math.max(MIN_BATCH, Math.min(ACT_BATCH, Math.round(ACT_BATCH * (FULL_BATCH_WIDTH / width) ** 2)));

export const statsInput = (s: Pick<ActivationsState, 'fn' | 'init' | 'width' | 'bn' | 'seed'>): ActivationStatsInput => ({
  activation: s.fn, init: s.init, width: s.width, batchNorm: s.bn, seed: s.seed, batch: batchFor(s.width),
});

/** What happened to a row (activations or gradients) through the layers. */
export type Trend =
  /** Every unit of every layer holds the same value (activations), or nothing flows below the top (gradients). */
  | 'copies'
  | 'vanished'
  /** Not vanished, but every unit outputs nearly one value whatever the input (σ's ½). */
  | 'collapsed'
  | 'exploded'
  /** tanh or σ: most units sit on a flat end. */
  | 'saturated'
  | 'shrinking'
  | 'growing'
  | 'healthy';

/** Below this a row's std has vanished; above EXPLODED it has exploded (std ≈ 1 is healthy). */
export const VANISHED = 1e-3;
export const EXPLODED = 1e3;
/** A last layer whose std is below this fraction of its mean carries almost nothing about the
 *  input: a sigmoid network with tiny weights outputs ½ ± 0.01 everywhere. */
export const COLLAPSED = 0.1;
/** A saturated network: more than this share of tanh or σ values on a flat end (mean over layers). */
export const SATURATED_SHARE = 0.25;
/** A per-layer factor outside [1/DRIFT, DRIFT] shrinks or grows: ×0.8 per layer is ×0.13 in 10. */
export const DRIFT = 1.25;

/** The geometric mean of the per-layer factors from `from` to `to`: (to/from)^(1/steps). */
export const perLayerFactor = (from: number, to: number, steps: number): number => (steps > 0 && from > 0 ? (to / from) ** (1 / steps) : NaN);

/** The mean of the layers' saturated shares. */
export const meanSaturated = (o: ActivationStatsOutput): number => o.saturated.reduce((a, b) => a + b, 0) / o.layers;

export function activationTrend(o: ActivationStatsOutput): Trend {
  const first = o.actStd[0], last = o.actStd[o.layers - 1];
  if (o.identical.every((v) => v === 1)) return 'copies';
  if (last < VANISHED) return 'vanished';
  if (last > EXPLODED) return 'exploded';
  if (last < COLLAPSED * Math.abs(o.actMean[o.layers - 1])) return 'collapsed';
  if ((o.activation === 'tanh' || o.activation === 'sigmoid') && meanSaturated(o) > SATURATED_SHARE) return 'saturated';
  const q = perLayerFactor(first, last, o.layers - 1);
  return q < 1 / DRIFT ? 'shrinking' : q > DRIFT ? 'growing' : 'healthy';
}

/** The gradient's fate from the top layer (std ≈ 1, the probe) down to layer 1. */
export function gradientTrend(o: ActivationStatsOutput): Trend {
  const top = o.gradStd[o.layers - 1], bottom = o.gradStd[0];
  if (o.layers > 1 && bottom === 0) return 'copies';
  const ratio = bottom / top;
  if (ratio < VANISHED) return 'vanished';
  if (ratio > EXPLODED) return 'exploded';
  const q = perLayerFactor(top, bottom, o.layers - 1);
  return q < 1 / DRIFT ? 'shrinking' : q > DRIFT ? 'growing' : 'healthy';
}
