/**
 * What the XOR widget shows at its defaults, computed synchronously (Node: the chapter's
 * numbers module, the tests) by the same code the widget runs: part 1's neuron on this thread,
 * part 2's training through the worker's xorTraining task. Imports the worker registry, so never
 * import this file from the widget.
 */
import { runTaskSync } from '../../worker/registry';
import type { XorOutcome } from '../../worker/tasks/xorTraining';
import { defaultState } from '../state/schema';
import { bestLineCount, countRight, neuronLoss, neuronRight, outputsAt, snapshotWeights, trainingInput, XOR_STEPS } from './xorModel';
import { type XorState, xorSchema } from './xorSchema';
import { countText, lossText, outcomeSentence } from './xorText';

export interface XorNumbers {
  readonly state: XorState;
  /** Part 1 at the default line: points right, the cross-entropy, and the best any line does (3). */
  readonly neuron: { readonly right: number; readonly loss: number; readonly best: number; readonly countText: string; readonly lossText: string };
  /** Part 2's default run. */
  readonly run: {
    readonly steps: number;
    readonly outcome: XorOutcome;
    readonly finalRight: number;
    readonly finalLoss: number;
    readonly finalLossText: string;
    readonly initialLoss: number;
    /** The first step from which all four points stay right (null if never). */
    readonly allRightStep: number | null;
    /** The sentence the widget prints under the controls. */
    readonly outcomeText: string;
    /** Snapshots the scrubber moves through. */
    readonly snapshots: number;
  };
}

/** The numbers for any state (the defaults unless given). */
export function xorNumbers(state: XorState = defaultState(xorSchema)): XorNumbers {
  const n = { w1: state.w1, w2: state.w2, b: state.b };
  const right = countRight(neuronRight(n)), loss = neuronLoss(n);
  const out = runTaskSync('xorTraining', trainingInput(state));
  const lastFrame = { w: snapshotWeights(out, out.snapshotSteps.length - 1), hidden: out.hidden, activation: out.activation };
  return {
    state,
    neuron: { right, loss, best: bestLineCount(), countText: countText(right), lossText: lossText(loss) },
    run: {
      steps: XOR_STEPS,
      outcome: out.outcome,
      finalRight: out.finalRight,
      finalLoss: out.finalLoss,
      finalLossText: lossText(out.finalLoss),
      initialLoss: out.losses[0],
      allRightStep: out.allRightStep,
      outcomeText: outcomeSentence(out, state.lr, outputsAt(lastFrame)),
      snapshots: out.snapshotSteps.length,
    },
  };
}
