/**
 * What the pictures show. While the session is stale (a change restarted the run and its first
 * chunk is on its way) the last chunk stays on screen, but only the parts that still fit the
 * network now set: the output while the classes are the same, the neurons and the weights while
 * the network has the same shape. A part that no longer fits is left out until the new run's
 * first chunk lands, a frame or two later.
 */
import type { NetworkConfig } from '../../worker/tasks/playgroundNet';
import type { PlaygroundTrainOutput } from '../../worker/tasks/playgroundTrain';

export interface Pictures {
  /** The output grid (side × side × outputs), or null. */
  readonly output: Float64Array | null;
  readonly side: number;
  /** Hidden neurons' outputs on the neuron grid, or null. */
  readonly neurons: Float64Array | null;
  readonly weights: Float64Array | null;
}

const sameClasses = (a: NetworkConfig, b: NetworkConfig): boolean => a.outputs === b.outputs && a.regression === b.regression;
const sameShape = (a: NetworkConfig, b: NetworkConfig): boolean =>
  sameClasses(a, b) && a.batchNorm === b.batchNorm && a.features.join() === b.features.join() && a.hidden.join() === b.hidden.join();

/** `latest` was computed for `computedFor`; `network` is the one set now; `side` is its grid's. */
export function shownPictures(latest: PlaygroundTrainOutput | null, computedFor: NetworkConfig | null, network: NetworkConfig, side: number): Pictures {
  if (!latest || !computedFor) return { output: null, side, neurons: null, weights: null };
  const classes = sameClasses(computedFor, network), shape = sameShape(computedFor, network);
  return {
    output: classes ? latest.output : null,
    side: classes ? latest.grid : side,
    neurons: shape ? latest.neurons : null,
    weights: shape ? latest.state.weights : null,
  };
}
