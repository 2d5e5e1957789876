/**
 * What "Activations and initialization" shows at its defaults (or any state), computed
 * synchronously in Node (the chapter's numbers module, the tests) by the code the widget runs:
 * part 1 on this thread, part 2 through the worker's activationStats task. Imports the worker
 * registry, so never import this file from the widget.
 */
import { runTaskSync } from '../../worker/registry';
import type { ActivationStatsOutput } from '../../worker/tasks/activationStats';
import { defaultState } from '../state/schema';
import { activationTrend, gradientTrend, maxSlope, meanSaturated, statsInput, type Trend, valueAt } from './activationsModel';
import { type ActivationsState, activationsSchema } from './activationsSchema';
import { activationVerdict, gradientVerdict, readout } from './activationsText';

export interface ActivationsNumbers {
  readonly state: ActivationsState;
  /** Part 1 at the state's x: f(x), f′(x), and the readout's two texts. */
  readonly point: { readonly f: number; readonly df: number; readonly valueText: string; readonly slopeText: string };
  /** The largest slopes: σ′(0) = 1/4, tanh′(0) = 1. */
  readonly sigmoidMaxSlope: number;
  readonly tanhMaxSlope: number;
  /** Part 2's one pass. */
  readonly stats: ActivationStatsOutput;
  readonly actStd: readonly number[];
  readonly gradStd: readonly number[];
  readonly firstActStd: number;
  readonly lastActStd: number;
  /** ∂L/∂h's std at layer 1 (the top layer's is the probe's, ≈ 1). */
  readonly firstGradStd: number;
  readonly lastGradStd: number;
  /** The mean over layers of the share of saturated units (ReLUs: of zeros). */
  readonly saturatedShare: number;
  readonly activationTrend: Trend;
  readonly gradientTrend: Trend;
  /** The two sentences the widget prints. */
  readonly activationVerdict: string;
  readonly gradientVerdict: string;
}

export function activationsNumbers(state: ActivationsState = defaultState(activationsSchema)): ActivationsNumbers {
  const { f, df } = valueAt(state.fn, state.x);
  const r = readout(state.fn, state.x, f, df);
  const stats = runTaskSync('activationStats', statsInput(state));
  const L = stats.layers;
  return {
    state,
    point: { f, df, valueText: r.value, slopeText: r.slope },
    sigmoidMaxSlope: maxSlope('sigmoid').slope,
    tanhMaxSlope: maxSlope('tanh').slope,
    stats,
    actStd: Array.from(stats.actStd),
    gradStd: Array.from(stats.gradStd),
    firstActStd: stats.actStd[0],
    lastActStd: stats.actStd[L - 1],
    firstGradStd: stats.gradStd[0],
    lastGradStd: stats.gradStd[L - 1],
    saturatedShare: meanSaturated(stats),
    activationTrend: activationTrend(stats),
    gradientTrend: gradientTrend(stats),
    activationVerdict: activationVerdict(stats),
    gradientVerdict: gradientVerdict(stats),
  };
}
