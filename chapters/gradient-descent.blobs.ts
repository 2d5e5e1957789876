/**
 * The numbers chapter 3 prints about what its widgets show by default, computed by the same
 * pure modules and worker tasks the widgets run, from the same default inputs, so the prose
 * and the widgets agree:
 *   the strategy race         worker task 'strategyRace' with DEFAULT_RACE_INPUT (strategies/setup.ts)
 *   the step-size table       stepSizeTable() for the race's default loss and seed
 *   the gradient check        makeCheckProblem() and errorCurves() (gradients/numericalGradient.ts)
 *   the batch-size experiment worker task 'batchPaths' with BATCH_DEFAULTS (batch/setup.ts)
 * The classifier is the three-blob linear classifier (core makeThreeBlobs(): 3 classes,
 * 2 features, 100 training and 50 held-out examples; a 2×3 weight matrix and 3 biases).
 */
import { THREE_BLOBS_PARAMS, makeThreeBlobs } from '../src/core';
import { runTaskSync } from '../src/worker/registry';
import { CLASSIFIER_WEIGHTS } from '../src/worker/tasks/classifierObjective';
import { DEFAULT_RACE_INPUT } from '../src/widgets/strategies/setup';
import { stepSizeTable } from '../src/widgets/strategies/stepSizeTable';
import { bestStep, errorCurve, makeCheckProblem, stepGrid } from '../src/widgets/gradients/numericalGradient';
import { BATCH_DEFAULTS, BATCH_N, batchPathsInput, iterationsPerEpoch } from '../src/widgets/batch/setup';
import { fmt, fmtInt, sci } from './format';

function check(cond: boolean, what: string): void {
  if (!cond) throw new Error(`gradient-descent.blobs: ${what}`);
}

const data = makeThreeBlobs();
const N = CLASSIFIER_WEIGHTS;
check(data.train.n === 100 && data.validation.n === 50, 'the three-blob split is not 100 + 50');

// ---------------------------------------------------------------------------------------------
// The race, as the widget first shows it, and with the numerical gradient

const race = runTaskSync('strategyRace', DEFAULT_RACE_INPUT);
const numericalRace = runTaskSync('strategyRace', { ...DEFAULT_RACE_INPUT, gradientCost: 'numerical' });
check(race.stop === 'completed' && numericalRace.stop === 'completed', 'a race did not complete');
check(race.gradient.divergence === null && numericalRace.gradient.divergence === null, 'gradient descent diverged in the race');
check(numericalRace.stepCost === N + 1, `a numerical step costs ${numericalRace.stepCost}, not N + 1`);
// The story the prose tells: the gradient wins on training loss; random search comes last.
check(race.gradient.loss < race.local.loss && race.local.loss < race.random.loss, 'the race order is not gradient < local < random');

function raceRow(r: { loss: number; heldOutAccuracy: number }) {
  return { loss: r.loss, lossText: fmt(r.loss, 4), accuracyText: fmt(100 * r.heldOutAccuracy, 0) };
}

// ---------------------------------------------------------------------------------------------
// The step-size table for the race's default loss and seed

const steps = stepSizeTable(DEFAULT_RACE_INPUT.loss, DEFAULT_RACE_INPUT.seed);
const bestRow = steps.rows[steps.best];
const firstRow = steps.rows[0];
const lastStep = steps.rows[steps.rows.length - 1];
check(lastStep.loss > steps.startLoss, 'the largest step does not overshoot');
// Where the first-order prediction stops holding: the first step whose change is off by more than 2%.
const firstOff = steps.rows.find((r) => Math.abs(r.ratio - 1) > 0.02);
if (firstOff === undefined) throw new Error('gradient-descent.blobs: the first-order prediction never fails');
const offRow = firstOff;
const lastGoodRow = steps.rows[steps.rows.indexOf(offRow) - 1];
check(lastGoodRow !== undefined && lastGoodRow.loss < steps.startLoss, 'no step before the first-order prediction fails');
// The prose says "each tenfold longer step changes it ten times as much" up to lastGoodRow.
check(steps.rows.every((r, i) => i === 0 || r.exponent - steps.rows[i - 1].exponent === 1), 'the step sizes are not consecutive powers of ten');

// ---------------------------------------------------------------------------------------------
// The gradient check against h

// The widget plots the worst relative error on stepGrid() (8 steps a decade, 10⁻¹⁶ … 1) and
// marks each curve's lowest point. The curves are V-shaped (truncation error grows with h,
// round-off as h shrinks), so the same grid points in a window around the bottom give the same
// minimum at well under half the cost of the whole curve (this module runs in every build, SSR
// render and test that imports the chapter). The check below makes sure both window edges sit
// far above the minimum found inside.
//
// Near the bottom the curves are round-off noise, and the browser's Math functions may differ
// from Node's in the last bit, so the widget, which computes its curves in the browser, can
// mark its lowest point on a neighbouring grid step (measured: 1.8 × 10⁻⁵ in Node, 2.4 × 10⁻⁵
// in Chromium for the centred curve). The prose therefore prints what survives that: the decade
// the lowest point lies in, and the power of ten its error is below.
const problem = makeCheckProblem();
const WINDOW = { from: -10, to: -3 } as const;
const hs = stepGrid(WINDOW.from, WINDOW.to);
const forwardCurve = errorCurve(problem, 'forward', hs);
const centredCurve = errorCurve(problem, 'centred', hs);
const curves = { best: { forward: bestStep(hs, forwardCurve), centred: bestStep(hs, centredCurve) } };
for (const [name, curve] of [['forward', forwardCurve], ['centred', centredCurve]] as const) {
  const lowest = Math.min(...curve);
  check(curve[0] > 30 * lowest && curve[curve.length - 1] > 30 * lowest, `the ${name} curve's minimum is not inside the window`);
}
check(curves.best.forward.h < curves.best.centred.h, 'the forward formula should want a smaller h');

// ---------------------------------------------------------------------------------------------
// The batch-size experiment

const batch = runTaskSync('batchPaths', batchPathsInput(BATCH_DEFAULTS));
const reference = batch.reference;
check(reference !== null, 'the batch experiment has no full-batch reference');
const refPath = reference as NonNullable<typeof reference>;
check(batch.path.stop === 'completed' && refPath.stop === 'completed', 'a batch path did not complete');
check(batch.path.iterationsPerEpoch === iterationsPerEpoch(BATCH_N, BATCH_DEFAULTS.batchSize), 'iterations per epoch disagree');
/**
 * Where a curve bottoms out, as the prose prints it: the decade 10^lo … 10^(lo+1) holding the
 * best h, and the smallest power of ten above the error there.
 */
function bottom(best: { h: number; error: number }) {
  const lo = Math.floor(Math.log10(best.h));
  const below = Math.ceil(Math.log10(best.error));
  check(best.error < 0.9 * 10 ** below, `the best error ${best.error} is too close to 10^${below} to print robustly`);
  return { lo, loText: fmtInt(lo), hiText: fmtInt(lo + 1), errorBelow: below, errorBelowText: fmtInt(below) };
}

const finalLoss = (p: { loss: Float64Array; steps: number }) => p.loss[p.steps];

export const blobs = {
  weights: N,
  weightsText: fmtInt(N),
  pointsText: fmtInt(THREE_BLOBS_PARAMS.n),
  trainText: fmtInt(data.train.n),
  heldOutText: fmtInt(data.validation.n),

  race: {
    lossName: DEFAULT_RACE_INPUT.loss === 'svm' ? 'SVM' : 'softmax',
    budgetText: fmtInt(race.budget),
    startLossText: fmt(race.startLoss, 4),
    backpropCostText: fmtInt(race.stepCost),
    random: raceRow(race.random),
    local: { ...raceRow(race.local), acceptedText: fmtInt(race.local.accepted) },
    gradient: { ...raceRow(race.gradient), stepsText: fmtInt(race.gradient.steps) },
    numerical: { ...raceRow(numericalRace.gradient), stepsText: fmtInt(numericalRace.gradient.steps) },
    numericalCostText: fmtInt(numericalRace.stepCost),
  },

  stepSize: {
    lossName: DEFAULT_RACE_INPUT.loss === 'svm' ? 'SVM' : 'softmax',
    startLossText: fmt(steps.startLoss, 4),
    rows: steps.rows.map((r) => ({ exponentText: fmtInt(r.exponent), loss: r.loss, change: sci(r.change), predicted: sci(r.predicted) })),
    bestExponentText: fmtInt(bestRow.exponent),
    bestLossText: fmt(bestRow.loss, 4),
    lastExponentText: fmtInt(lastStep.exponent),
    lastLossText: fmt(lastStep.loss, 2),
    /** The smallest step whose loss change differs from −s‖g‖² by more than 2%. */
    firstOffExponentText: fmtInt(offRow.exponent),
    firstExponentText: fmtInt(firstRow.exponent),
    /** Three digits, as the widget's table beside the sentence prints it. */
    firstChange: sci(firstRow.change, 3),
    /** The last step (just before firstOff) whose change still matches the prediction. */
    lastGoodExponentText: fmtInt(lastGoodRow.exponent),
    lastGoodLossText: fmt(lastGoodRow.loss, 4),
  },

  gradCheck: {
    startLossText: fmt(problem.value, 3),
    forward: bottom(curves.best.forward),
    centred: bottom(curves.best.centred),
    forwardCostText: fmtInt(N + 1),
    centredCostText: fmtInt(2 * N),
  },

  batch: {
    pointsText: fmtInt(BATCH_N),
    batchSizeText: fmtInt(BATCH_DEFAULTS.batchSize),
    lrText: fmt(BATCH_DEFAULTS.lr, 2, { trim: true }),
    epochsText: fmtInt(BATCH_DEFAULTS.epochs),
    itersPerEpochText: fmtInt(batch.path.iterationsPerEpoch),
    stepsText: fmtInt(batch.path.steps),
    startLossText: fmt(batch.path.loss[0], 2),
    miniLossText: fmt(finalLoss(batch.path), 2),
    fullLossText: fmt(finalLoss(refPath), 2),
    fullStepsText: fmtInt(refPath.steps),
    bestLossText: fmt(batch.leastSquares.mse, 2),
  },
};
