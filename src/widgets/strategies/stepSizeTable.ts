/**
 * "How far to step": one gradient g = ∇L(W₀) at a random W₀, and the training loss after
 * stepping W₀ − s·g for s = 10⁻¹⁰ … 10². Beside each loss change, the first-order (Taylor)
 * prediction L(W₀ − s·g) − L(W₀) ≈ −s‖g‖²: exact in the limit s → 0, wrong once the step is
 * long enough for the loss to curve (softmax) or to cross a kink (SVM).
 *
 * The range goes two decades past CS231n's 10⁻¹: on this data the loss keeps falling up to
 * s ≈ 1–10. Measured over seeds 0–299: ending at 10¹, the lowest loss is in the last row for
 * 74% (SVM) and 91% (softmax) of starting points, so the table would not show the loss rising
 * again; ending at 10², never, and the loss at 10² is above L(W₀) for about 70% of them.
 * W₀ is drawn exactly like the race's start at its default σ, so for the same
 * seed this is the race's first gradient step. Pure and cheap (one backward and 14 forward
 * passes over 100 examples): the widget runs it on the main thread, chapter 3 imports it to
 * print the same table.
 */
import { createRng } from '../../core';
import { type ClassifierLoss, classifierObjective } from '../../worker/tasks/classifierObjective';
import { randomWeights } from '../../worker/tasks/raceStrategies';
import { raceSchema } from './setup';

/** Exponents of the step sizes tried: s = 10^k. */
export const STEP_EXPONENTS: readonly number[] = Object.freeze(Array.from({ length: 13 }, (_, i) => i - 10));

/** Spread of the random starting weights: the race's default σ. */
export const STEP_START_SIGMA = raceSchema.sigma.default;

export interface StepProbe {
  readonly loss: ClassifierLoss;
  readonly seed: number;
  /** The starting weights W₀ (9 numbers). */
  readonly start: Float64Array;
  /** L(W₀). */
  readonly startLoss: number;
  /** g = ∇L(W₀). */
  readonly gradient: Float64Array;
  /** ‖g‖². */
  readonly gradNormSq: number;
  /** L(W₀ − s·g). */
  lossAt(s: number): number;
}

/** The starting point, its loss and its one gradient. */
export function stepProbe(loss: ClassifierLoss, seed: number): StepProbe {
  const f = classifierObjective(loss);
  const start = randomWeights(f.dim, STEP_START_SIGMA, createRng(seed));
  const startLoss = f.forward(start);
  const gradient = new Float64Array(f.dim);
  f.backward(gradient);
  let gradNormSq = 0;
  for (const gi of gradient) gradNormSq += gi * gi;
  const w = new Float64Array(f.dim);
  return {
    loss, seed, start, startLoss, gradient, gradNormSq,
    lossAt(s) {
      for (let i = 0; i < w.length; i++) w[i] = start[i] - s * gradient[i];
      return f.forward(w);
    },
  };
}

export interface StepRow {
  /** s = 10^exponent. */
  readonly exponent: number;
  readonly s: number;
  /** L(W₀ − s·g). */
  readonly loss: number;
  /** loss − L(W₀). */
  readonly change: number;
  /** −s‖g‖², the first-order prediction of the change. */
  readonly predicted: number;
  /** change / predicted (1 while the first-order picture holds). */
  readonly ratio: number;
}

export interface StepTable {
  readonly loss: ClassifierLoss;
  readonly seed: number;
  readonly startLoss: number;
  readonly gradNormSq: number;
  readonly rows: readonly StepRow[];
  /** Index in rows of the lowest loss. */
  readonly best: number;
}

/** The table for one loss and one seed. */
export function stepSizeTable(loss: ClassifierLoss, seed: number, exponents: readonly number[] = STEP_EXPONENTS): StepTable {
  const probe = stepProbe(loss, seed);
  const rows = exponents.map((exponent): StepRow => {
    const s = 10 ** exponent;
    const after = probe.lossAt(s);
    const change = after - probe.startLoss;
    const predicted = -s * probe.gradNormSq;
    return { exponent, s, loss: after, change, predicted, ratio: change / predicted };
  });
  let best = 0;
  rows.forEach((r, i) => {
    if (r.loss < rows[best].loss) best = i;
  });
  return { loss, seed, startLoss: probe.startLoss, gradNormSq: probe.gradNormSq, rows, best };
}
