/**
 * The adaptive-rates widget's arithmetic, apart from the DOM. The problem is the core's
 * axis-aligned quadratic f(x, y) = ½(x² + κy²): a flat axis x (curvature 1) and a steep axis y
 * (curvature κ), where one learning rate cannot suit both. The runs come from the worker's
 * optimizerRace (five optimizers plus Adam with its bias correction the other way, about a
 * millisecond together); the effective per-parameter step sizes are read off each path:
 *
 *   α_eff,i(t) = −(w_{t+1,i} − w_{t,i}) / g_i(w_t),   g from the surface's own gradient,
 *
 * which is α for SGD exactly, α/(|g| + ε) for AdaGrad's first step, and in general the rate a
 * plain gradient step would have needed to make the same move along that coordinate.
 */
import { createQuadratic } from '../../core';
import type { Surface, Vec2 } from '../../core';
import type { OptimizerChoice } from '../../worker/tasks/choices';
import type { OptimizerRaceInput } from '../../worker/tasks/optimizerRace';
import type { AdaptiveState } from './adaptiveSchema';

export const ADAPTIVE_OPTIMIZERS = ['sgd', 'adagrad', 'rmsprop', 'adadelta', 'adam'] as const;
export type AdaptiveName = (typeof ADAPTIVE_OPTIMIZERS)[number];

export const OPTIMIZER_TITLES: Readonly<Record<AdaptiveName, string>> = Object.freeze({
  sgd: 'SGD',
  adagrad: 'AdaGrad',
  rmsprop: 'RMSProp',
  adadelta: 'AdaDelta',
  adam: 'Adam',
});

/** Where every run starts: far along the flat axis, a little way up the steep one. */
export const ADAPTIVE_START: Vec2 = [-2.5, 1];
/** The index of Adam with its bias correction the other way in the race's answer. */
export const OTHER_ADAM = ADAPTIVE_OPTIMIZERS.length;

/** The bowl: curvature 1 along x, κ along y, minimum at the origin. */
export function adaptiveSurface(kappa: number): Surface {
  return createQuadratic({ conditionNumber: kappa, rotationDeg: 0, scale: 1 });
}

/** One optimizer's choice for the race, with the state's learning rate (AdaDelta: the core's default, 1). */
export function optimizerChoice(name: AdaptiveName, s: AdaptiveState, bias = s.bias): OptimizerChoice {
  switch (name) {
    case 'sgd':
      return { name: 'sgd', config: { lr: s.sgdLr } };
    case 'adagrad':
      return { name: 'adagrad', config: { lr: s.adagradLr } };
    case 'rmsprop':
      return { name: 'rmsprop', config: { lr: s.rmspropLr } };
    case 'adadelta':
      return { name: 'adadelta' };
    case 'adam':
      return { name: 'adam', config: { lr: s.adamLr, biasCorrection: bias } };
  }
}

/**
 * Every optimizer runs, shown or not (so ticking one on needs no new run), in
 * ADAPTIVE_OPTIMIZERS order, then Adam with its bias correction switched the other way.
 */
export function adaptiveRaceInput(s: AdaptiveState): OptimizerRaceInput {
  return {
    problem: { kind: 'surface', surface: { name: 'quadratic', params: { conditionNumber: s.kappa, rotationDeg: 0, scale: 1 } } },
    start: ADAPTIVE_START,
    racers: [...ADAPTIVE_OPTIMIZERS.map((name) => ({ optimizer: optimizerChoice(name, s) })), { optimizer: optimizerChoice('adam', s, !s.bias) }],
    steps: s.steps,
  };
}

export interface EffectiveSteps {
  /** α_eff along x and along y for the steps t = 0 … n − 1; NaN where the gradient is 0 or a point is not finite. */
  readonly x: Float64Array;
  readonly y: Float64Array;
}

/** The effective per-coordinate step sizes along a path (flat [x0, y0, x1, y1, …]) on `surface`. */
export function effectiveSteps(surface: Surface, params: ArrayLike<number>): EffectiveSteps {
  const n = Math.max(0, Math.floor(params.length / 2) - 1);
  const x = new Float64Array(n), y = new Float64Array(n);
  const g = new Float64Array(2);
  for (let t = 0; t < n; t++) {
    const wx = params[2 * t], wy = params[2 * t + 1];
    surface.gradient(wx, wy, g);
    x[t] = ratio(params[2 * t + 2] - wx, g[0]);
    y[t] = ratio(params[2 * t + 3] - wy, g[1]);
  }
  return { x, y };
}

function ratio(move: number, grad: number): number {
  const r = grad === 0 ? NaN : -move / grad;
  return Number.isFinite(r) ? r + 0 : NaN; // + 0 turns −0 (no move) into 0
}

/** The size |w_{t+1,i} − w_{t,i}| of each of the first `count` steps, per coordinate. */
export function firstMoves(params: ArrayLike<number>, count: number): { x: number[]; y: number[] } {
  const n = Math.min(count, Math.floor(params.length / 2) - 1);
  const x: number[] = [], y: number[] = [];
  for (let t = 0; t < n; t++) {
    x.push(Math.abs(params[2 * t + 2] - params[2 * t]));
    y.push(Math.abs(params[2 * t + 3] - params[2 * t + 1]));
  }
  return { x, y };
}

/**
 * A log axis that holds every positive finite value of the series shown, widened to whole
 * decades and clamped to [1e-8, 1e4]; [1e-3, 1] when there is nothing to show.
 */
export function logRange(series: readonly ArrayLike<number>[]): [number, number] {
  let lo = Infinity, hi = 0;
  for (const s of series) {
    for (let i = 0; i < s.length; i++) {
      const v = s[i];
      if (v > 0 && Number.isFinite(v)) {
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
    }
  }
  if (!(hi > 0)) return [1e-3, 1];
  const a = Math.max(-8, Math.floor(Math.log10(lo))), b = Math.min(4, Math.ceil(Math.log10(hi)));
  return [10 ** a, 10 ** Math.max(b, a + 1)];
}

/** How many of the steps had a negative effective rate (a step against the gradient: momentum's doing). */
export function againstGradient(series: ArrayLike<number>): number {
  let n = 0;
  for (let i = 0; i < series.length; i++) if (series[i] < 0) n++;
  return n;
}
