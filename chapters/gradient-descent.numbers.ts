/**
 * Every number chapter 3 ("Gradient descent") prints, computed at import time by the core from
 * the data the chapter shows. The MDX imports `gd` and writes `{gd.seven.gradMText}`; no
 * computed number is typed into the prose by hand.
 *
 * What is chosen here (the setup) and what is computed (everything else):
 *   chosen:   the starting line (0, 0), the learning rates of the worked example, the
 *             checkpoints, the line the mini-batch section looks at, the step sizes h of the
 *             gradient-check table, the challenge inputs;
 *   computed: gradients (by the sums the prose shows, checked against the core surface and
 *             against finite differences), descent paths, curvatures and their stability
 *             limit, relative errors, per-example gradients, parameter and iteration counts,
 *             and the three-blob classifier's numbers.
 *
 * Conventions (the book's): the update is W ← W − α∇J; the MSE is J(m, b) = (1/n) Σ rᵢ² with
 * rᵢ = yᵢ − (m xᵢ + b) and no ½, so ∂J/∂m = −(2/n) Σ xᵢ rᵢ and ∂J/∂b = −(2/n) Σ rᵢ.
 */
import {
  LINREG7_XS,
  LINREG7_YS,
  createBatchIterator,
  createOptimizer,
  createSurface,
  gradCheck,
  leastSquaresLine,
  linearRegression,
  makeLinreg7,
  mlp,
  modelProblem,
  relativeError,
  train,
} from '../src/core';
import { fmt, fmtInt, sci } from './format';
import { blobs } from './gradient-descent.blobs';
import { lr } from './linear-regression.numbers';

/** Fails the build if two computations that must agree do not. */
function check(cond: boolean, what: string): void {
  if (!cond) throw new Error(`gradient-descent.numbers: ${what}`);
}

/** "10<sup>−5</sup>"-style exponent of a power of ten, as text: 1e-5 → "−5". */
function exponentOf(powerOfTen: number): string {
  return fmtInt(Math.round(Math.log10(powerOfTen)));
}

// ---------------------------------------------------------------------------------------------
// The seven points of chapter 1 and their bowl

const xs: readonly number[] = LINREG7_XS;
const ys: readonly number[] = LINREG7_YS;
const n = xs.length;
const mse = createSurface('linregMse', { xs, ys });
const best = leastSquaresLine(xs, ys);
const bestMse = mse.value(best.m, best.b);

export interface Line {
  readonly m: number;
  readonly b: number;
}

/**
 * The gradient of J by the formulas the chapter prints, one sum at a time:
 *   ∂J/∂m = −(2/n) Σ xᵢ rᵢ,   ∂J/∂b = −(2/n) Σ rᵢ,   rᵢ = yᵢ − (m xᵢ + b).
 */
export function gradientBySums(line: Line): { gm: number; gb: number; sumXR: number; sumR: number } {
  let sumXR = 0;
  let sumR = 0;
  for (let i = 0; i < n; i++) {
    const r = ys[i] - (line.m * xs[i] + line.b);
    sumXR += xs[i] * r;
    sumR += r;
  }
  return { gm: (-2 / n) * sumXR, gb: (-2 / n) * sumR, sumXR, sumR };
}

/** The same gradient from the core's surface (a different formula: completed squares). */
function gradientByCore(line: Line): [number, number] {
  const g = mse.gradient(line.m, line.b);
  return [g[0], g[1]];
}

function checkGradient(line: Line, what: string): void {
  const mine = gradientBySums(line);
  const core = gradientByCore(line);
  check(
    relativeError(mine.gm, core[0]) < 1e-10 && relativeError(mine.gb, core[1]) < 1e-10,
    `${what}: the gradient by sums (${mine.gm}, ${mine.gb}) differs from the core's (${core[0]}, ${core[1]})`,
  );
}

// ---------------------------------------------------------------------------------------------
// The worked example: start at the line that predicts 0 everywhere, step with α = 0.01

const START: Line = Object.freeze({ m: 0, b: 0 });
const ALPHA = 0.01;
const CHECKPOINTS: readonly number[] = [0, 1, 2, 3, 5, 10, 100, 1000];

const startGrad = gradientBySums(START);
checkGradient(START, 'start');
// At (0, 0) every residual is yᵢ, so the sums are Σ xᵢ yᵢ and Σ yᵢ, chapter 1's normal-equation sums.
const sumXY = xs.reduce((s, x, i) => s + x * ys[i], 0);
const sumY = ys.reduce((s, y) => s + y, 0);
check(Math.abs(startGrad.sumXR - sumXY) < 1e-12 && Math.abs(startGrad.sumR - sumY) < 1e-12, 'start sums are not Σxy, Σy');

export interface PathRow {
  readonly step: number;
  readonly stepText: string;
  readonly m: number;
  readonly b: number;
  readonly mse: number;
  readonly mText: string;
  readonly bText: string;
  readonly mseText: string;
}

/** Plain gradient descent on the seven-point bowl: the path, one Line per step (0 … steps). */
export function descend(start: Line, alpha: number, steps: number): Line[] {
  const path: Line[] = [start];
  let { m, b } = start;
  const g = new Float64Array(2);
  for (let t = 0; t < steps; t++) {
    mse.gradient(m, b, g);
    m -= alpha * g[0];
    b -= alpha * g[1];
    path.push({ m, b });
  }
  return path;
}

const LAST = CHECKPOINTS[CHECKPOINTS.length - 1];
const path = descend(START, ALPHA, LAST);
const pathRows: PathRow[] = CHECKPOINTS.map((t) => {
  const { m, b } = path[t];
  const v = mse.value(m, b);
  return { step: t, stepText: fmtInt(t), m, b, mse: v, mText: fmt(m, 4), bText: fmt(b, 4), mseText: fmt(v, 4) };
});

// The first step by hand: W₁ = W₀ − α ∇J(W₀).
const step1: Line = { m: START.m - ALPHA * startGrad.gm, b: START.b - ALPHA * startGrad.gb };
check(
  Math.abs(step1.m - path[1].m) < 1e-15 && Math.abs(step1.b - path[1].b) < 1e-15,
  'the hand step differs from the descent path',
);
// The same path by the core's training driver on the linear-regression model (no ½ in its MSE).
{
  const model = linearRegression({ inputs: 1 });
  const run = train(modelProblem(model, makeLinreg7()), createOptimizer('sgd', { lr: ALPHA }), { steps: 10 });
  check(Math.abs(run.losses[10] - mse.value(path[10].m, path[10].b)) < 1e-12, 'train() and the hand-rolled descent disagree');
}

/** The first step with 1 ≤ t at which J(path[t]) is within `percent` of the least MSE. */
function stepsToWithin(alpha: number, percent: number, maxSteps: number): number {
  const target = bestMse * (1 + percent / 100);
  let { m, b } = START;
  const g = new Float64Array(2);
  for (let t = 1; t <= maxSteps; t++) {
    mse.gradient(m, b, g);
    m -= alpha * g[0];
    b -= alpha * g[1];
    if (mse.value(m, b) <= target) return t;
  }
  throw new Error(`gradient-descent.numbers: α = ${alpha} did not get within ${percent}% in ${maxSteps} steps`);
}

// ---------------------------------------------------------------------------------------------
// The bowl's curvature: its Hessian is constant, its eigenvalues set the stability limit

const [hmm, hmb, , hbb] = mse.hessianAt(0, 0);
const trace = hmm + hbb;
const disc = Math.sqrt((hmm - hbb) ** 2 + 4 * hmb * hmb);
const lambdaMax = (trace + disc) / 2;
const lambdaMin = (trace - disc) / 2;
const kappa = lambdaMax / lambdaMin;
const alphaLimit = 2 / lambdaMax;
const alphaBest = 2 / (lambdaMax + lambdaMin);
/** Per step, the distance to the minimum shrinks by this factor at the best α (both directions). */
const bestFactor = (kappa - 1) / (kappa + 1);
// The Hessian of the MSE is (2/n) Σ [xᵢ², xᵢ; xᵢ, 1].
check(Math.abs(hmm - (2 / n) * xs.reduce((s, x) => s + x * x, 0)) < 1e-12, 'H_mm is not (2/n) Σ x²');
check(Math.abs(hbb - 2) < 1e-15, 'H_bb is not 2');
// Chapter 1 printed the same bowl's curvature ratio; the two chapters must agree.
check(fmtInt(Math.round(kappa)) === lr.bowl.ratioText, `κ ${kappa} disagrees with chapter 1's ratio ${lr.bowl.ratioText}`);

const WITHIN_PERCENT = 1;
const slowSteps = stepsToWithin(ALPHA, WITHIN_PERCENT, 100_000);
const bestSteps = stepsToWithin(alphaBest, WITHIN_PERCENT, 100_000);

/** A learning rate just above the limit, and what it does. */
const ALPHA_TOO_BIG = 0.07;
check(ALPHA_TOO_BIG > alphaLimit, 'the "too big" learning rate is below the limit');
const BLOWUP_STEPS = 100;
const blowup = descend(START, ALPHA_TOO_BIG, BLOWUP_STEPS);
const blowupMse = mse.value(blowup[BLOWUP_STEPS].m, blowup[BLOWUP_STEPS].b);
check(blowupMse > 1e3 * mse.value(START.m, START.b), 'α above the limit did not blow up');
/** Just below the limit: converges, but the steep direction bounces. */
const ALPHA_EDGE = 0.068;
check(ALPHA_EDGE < alphaLimit, 'the edge learning rate is above the limit');
const edgePath = descend(START, ALPHA_EDGE, 6);
const edgeMs = edgePath.map((p) => p.m);

// ---------------------------------------------------------------------------------------------
// Steepest ascent at the start: the rate of change along a unit direction u is ∇J·u

const gradNorm = Math.hypot(startGrad.gm, startGrad.gb);
/** ∇J·u for u = the m axis alone: just |∂J/∂m|. The gradient direction gains gradNorm. */
const rateAlongM = Math.abs(startGrad.gm);
// A finite check of "steepest": a short step of length ε against the gradient lowers J by about
// ε|∇J|, more than the same step along any axis.
const EPS = 1e-4;
const dropAlongGrad = mse.value(START.m, START.b) - mse.value(START.m - (EPS * startGrad.gm) / gradNorm, START.b - (EPS * startGrad.gb) / gradNorm);
const dropAlongM = mse.value(START.m, START.b) - mse.value(START.m + EPS * Math.sign(-startGrad.gm), START.b);
check(dropAlongGrad > dropAlongM, 'a step against the gradient does not beat a step along m');
check(Math.abs(dropAlongGrad / EPS - gradNorm) / gradNorm < 1e-2, 'the drop rate is not |∇J|');

// ---------------------------------------------------------------------------------------------
// Numerical gradients on the seven points: forward and centred differences against the sums

const H_SEVEN = 1e-5;
const f7 = (w: Float64Array): number => mse.value(w[0], w[1]);
const w0 = Float64Array.of(START.m, START.b);
const J0 = f7(w0);
function forwardDiff(i: number, h: number): number {
  const w = Float64Array.from(w0);
  w[i] += h;
  return (f7(w) - J0) / h;
}
function centredDiff(i: number, h: number): number {
  const wp = Float64Array.from(w0);
  const wm = Float64Array.from(w0);
  wp[i] += h;
  wm[i] -= h;
  return (f7(wp) - f7(wm)) / (2 * h);
}
const fwdM = forwardDiff(0, H_SEVEN);
const ctrM = centredDiff(0, H_SEVEN);
const fwdErr = relativeError(startGrad.gm, fwdM);
const ctrErr = relativeError(startGrad.gm, ctrM);
// The forward difference of a quadratic misses by exactly (h/2)·J_mm (Taylor), up to round-off.
check(Math.abs(fwdM - startGrad.gm - (H_SEVEN / 2) * hmm) < 1e-6, 'forward difference error is not (h/2) J_mm');
const coreCheck = gradCheck(f7, Float64Array.from(w0), [startGrad.gm, startGrad.gb], { h: H_SEVEN });
check(coreCheck.maxRelativeError < 1e-8, `the core gradient check fails on the sums (${coreCheck.maxRelativeError})`);
// A classic bug: the gradient of the ½-version of the loss, −(1/n) Σ xᵢ rᵢ, half the true one.
const halfBugM = startGrad.gm / 2;
const halfBugErr = relativeError(halfBugM, ctrM);

// ---------------------------------------------------------------------------------------------
// Per-example gradients at chapter 1's eyeballed line: the average of seven small gradients

const EYEBALLED: Line = Object.freeze({ m: 0.3, b: 0.9 });
checkGradient(EYEBALLED, 'eyeballed line');

export interface ExampleGradientRow {
  readonly xText: string;
  readonly residualText: string;
  readonly gmText: string;
  readonly gbText: string;
  readonly gm: number;
  readonly gb: number;
}

/** Example i alone has loss (yᵢ − (m xᵢ + b))², gradient (−2 xᵢ rᵢ, −2 rᵢ). */
const exampleRows: ExampleGradientRow[] = xs.map((x, i) => {
  const r = ys[i] - (EYEBALLED.m * x + EYEBALLED.b);
  const gm = -2 * x * r;
  const gb = -2 * r;
  return {
    xText: fmt(x, 1),
    residualText: fmt(r, 2),
    gm,
    gb,
    gmText: fmt(gm, 3),
    gbText: fmt(gb, 3),
  };
});
const eyeGrad = gradientBySums(EYEBALLED);
const meanExampleGm = exampleRows.reduce((s, r) => s + r.gm, 0) / n;
const meanExampleGb = exampleRows.reduce((s, r) => s + r.gb, 0) / n;
check(Math.abs(meanExampleGm - eyeGrad.gm) < 1e-12 && Math.abs(meanExampleGb - eyeGrad.gb) < 1e-12, 'the mean of example gradients is not the gradient');
/** Examples whose own ∂/∂m has the opposite sign to the full gradient's. */
const againstCount = exampleRows.filter((r) => r.gm * eyeGrad.gm < 0).length;
const largestExample = exampleRows.reduce((a, r) => (Math.abs(r.gm) > Math.abs(a.gm) ? r : a));

// ---------------------------------------------------------------------------------------------
// Stochastic vs batch gradient descent on the seven points, same α, same number of epochs

const SGD_EPOCHS: readonly number[] = [1, 10, 100, 1000, 10_000];
const SGD_SEED = 1;

/**
 * SGD on the seven points, one example per step, in the order the core's batch iterator
 * shuffles them (the order modelProblem uses with the same seed). The update is the per-example
 * gradient (−2 xᵢ rᵢ, −2 rᵢ) written out: 70,000 steps of the core's training loop would cost
 * a noticeable fraction of a second when the chapter loads; this costs a few milliseconds. The
 * check below holds it to the core's train() over the first epochs.
 */
function sgdByHand(epochs: readonly number[]): Line[] {
  const it = createBatchIterator(makeLinreg7(), 1, SGD_SEED);
  let m = START.m;
  let b = START.b;
  const out: Line[] = [];
  const last = Math.max(...epochs);
  for (let e = 1; e <= last; e++) {
    for (let k = 0; k < n; k++) {
      const batch = it.next();
      const x = batch.x[0];
      const r = batch.y[0] - (m * x + b);
      m -= ALPHA * (-2 * x * r);
      b -= ALPHA * (-2 * r);
    }
    if (epochs.includes(e)) out.push({ m, b });
  }
  return out;
}

/** The same through the core: modelProblem + train() with plain gradient descent. */
function sgdByCore(batchSize: number, epochs: number): Line {
  const model = linearRegression({ inputs: 1 });
  const problem = modelProblem(model, makeLinreg7(), { batchSize, seed: SGD_SEED });
  const run = train(problem, createOptimizer('sgd', { lr: ALPHA }), { steps: epochs * Math.ceil(n / batchSize) });
  check(run.stop === 'completed', `SGD with batch ${batchSize} stopped: ${run.stop}`);
  const w = model.params.values;
  return { m: w[0], b: w[1] };
}
const SGD_CHECKED: readonly number[] = [1, 10];
const sgdChecked = sgdByHand(SGD_CHECKED);
SGD_CHECKED.forEach((epochs, i) => {
  const mine = sgdChecked[i];
  const core = sgdByCore(1, epochs);
  check(Math.abs(mine.m - core.m) < 1e-12 && Math.abs(mine.b - core.b) < 1e-12, `SGD by hand and by the core differ after ${epochs} epochs`);
  const full = sgdByCore(n, epochs);
  check(Math.abs(full.m - path[epochs].m) < 1e-12 && Math.abs(full.b - path[epochs].b) < 1e-12, `a full-batch epoch is not one step (${epochs})`);
});
const longPath = descend(START, ALPHA, Math.max(...SGD_EPOCHS));
const sgdLines = sgdByHand(SGD_EPOCHS);
const sgdRows = SGD_EPOCHS.map((e, i) => {
  const fullLine = longPath[e];
  const singleLine = sgdLines[i];
  const full = mse.value(fullLine.m, fullLine.b);
  const single = mse.value(singleLine.m, singleLine.b);
  return {
    epochsText: fmtInt(e),
    fullText: fmt(full, 4),
    singleText: fmt(single, 4),
    full,
    single,
  };
});
const lastSgd = sgdRows[sgdRows.length - 1];
// The prose: SGD is ahead up to 1,000 epochs, then behind, and worse than at 1,000.
check(sgdRows.slice(0, -1).every((r) => r.single < r.full), 'SGD is not ahead before the last checkpoint');
check(lastSgd.single > sgdRows[sgdRows.length - 2].single, 'SGD did not wander up at the end');
check(lastSgd.full < lastSgd.single && lastSgd.full - bestMse < 1e-6, 'full batch has not settled below SGD at the end');


// ---------------------------------------------------------------------------------------------
// Epochs and iterations

/** Iterations per epoch when the last batch of an epoch may be short (the core's default). */
export function iterationsPerEpoch(examples: number, batchSize: number): number {
  return Math.ceil(examples / batchSize);
}
// The formula against the core's own iterator on the seven points and a few batch sizes.
for (const bs of [1, 2, 3, 7, 10]) {
  const it = createBatchIterator(makeLinreg7(), bs, 0);
  check(it.batchesPerEpoch === iterationsPerEpoch(n, bs), `batches per epoch for batch ${bs}`);
}
/** The prose's example: a training set the size of MNIST's, batches of 128. */
const EPOCH_EXAMPLE = { examples: 60_000, batchSize: 128 } as const;
const epochExampleIters = iterationsPerEpoch(EPOCH_EXAMPLE.examples, EPOCH_EXAMPLE.batchSize);
const epochExampleLast = EPOCH_EXAMPLE.examples - (epochExampleIters - 1) * EPOCH_EXAMPLE.batchSize;
/** The challenge. */
const EPOCH_CHALLENGE = { examples: 50_000, batchSize: 64 } as const;
const epochChallengeIters = iterationsPerEpoch(EPOCH_CHALLENGE.examples, EPOCH_CHALLENGE.batchSize);
const epochChallengeLast = EPOCH_CHALLENGE.examples - (epochChallengeIters - 1) * EPOCH_CHALLENGE.batchSize;

// ---------------------------------------------------------------------------------------------
// The cost of a numerical gradient: N + 1 (forward) or 2N (centred) loss evaluations

function countParameters(sizes: readonly number[]): number {
  const model = mlp({ sizes, activation: 'sigmoid', loss: 'softmaxCrossEntropy' });
  let formula = 0;
  for (let l = 1; l < sizes.length; l++) formula += sizes[l - 1] * sizes[l] + sizes[l];
  check(formula === model.params.size, `parameter count of [${sizes.join(', ')}] disagrees with the core`);
  return model.params.size;
}
/** Chapter 1's digit network. */
const DIGIT_SIZES: readonly number[] = [784, 15, 10];
const digitParams = countParameters(DIGIT_SIZES);
/** The challenge network: two hidden layers. */
const CHALLENGE_SIZES: readonly number[] = [784, 30, 20, 10];
const challengeParams = countParameters(CHALLENGE_SIZES);

// ---------------------------------------------------------------------------------------------
// The step-size rule on a 1-D parabola and the challenge bowl

/** The stability challenge: J(w₁, w₂) = 3 w₁² + ¼ w₂², Hessian diag(6, ½). */
const CHALLENGE_BOWL = { a: 3, c: 0.25 } as const;
const challengeCurvatures = [2 * CHALLENGE_BOWL.a, 2 * CHALLENGE_BOWL.c];
const challengeLimit = 2 / Math.max(...challengeCurvatures);
{
  // Check by running: just below the limit shrinks w₁, just above grows it.
  const run = (alpha: number): number => {
    let w1 = 1;
    for (let t = 0; t < 200; t++) w1 -= alpha * challengeCurvatures[0] * w1;
    return Math.abs(w1);
  };
  check(run(challengeLimit * 0.99) < 1 && run(challengeLimit * 1.01) > 1, 'the challenge limit is not the stability edge');
}
/** The challenge asks for three decimals of a bound: accept the limit rounded down to three
 *  decimals and anything up to the limit itself, never a rate above it (those diverge). */
const CHALLENGE_DECIMALS = 3;
const challengeAccept: readonly [number, number] = [challengeLimit - 0.5 * 10 ** -CHALLENGE_DECIMALS, challengeLimit];
{
  const written = Number(challengeLimit.toFixed(CHALLENGE_DECIMALS));
  const nextUp = written + 10 ** -CHALLENGE_DECIMALS;
  check(written >= challengeAccept[0] && written <= challengeAccept[1], `the challenge rejects its own answer ${written}`);
  check(nextUp > challengeAccept[1], `the challenge accepts ${nextUp}, a rate above the limit`);
}

/** The challenge of one hand step: from chapter 1's challenge line (0.5, 0), α = 0.01. */
const HAND_STEP_LINE: Line = Object.freeze({ m: 0.5, b: 0 });
const handGrad = gradientBySums(HAND_STEP_LINE);
checkGradient(HAND_STEP_LINE, 'hand-step line');
const handStep: Line = { m: HAND_STEP_LINE.m - ALPHA * handGrad.gm, b: HAND_STEP_LINE.b - ALPHA * handGrad.gb };

// ---------------------------------------------------------------------------------------------
// Floating point and the gradient-check thresholds

/** ε = 2⁻⁵², the gap between 1 and the next double. */
const EPSILON = Number.EPSILON;
check(EPSILON === 2 ** -52, 'Number.EPSILON is not 2⁻⁵²');
/**
 * Chosen: rough guidance for a gradient check on a smooth loss in double precision (CS231n's
 * "Neural Networks 3" notes give the same orders of magnitude): agree, look again, wrong.
 */
const RELATIVE_ERROR_GUIDE = { agree: -7, doubt: -4, wrong: -2 } as const;

// ---------------------------------------------------------------------------------------------
// The exported object

export const gd = {
  nText: fmtInt(n),

  seven: {
    xMinText: fmt(Math.min(...xs), 1),
    xMaxText: fmt(Math.max(...xs), 1),
    startMText: fmt(START.m, 0),
    startBText: fmt(START.b, 0),
    startMseText: fmt(J0, 4),
    sumXYText: fmt(sumXY, 3, { trim: true }),
    sumYText: fmt(sumY, 3, { trim: true }),
    gradM: startGrad.gm,
    gradB: startGrad.gb,
    gradMText: fmt(startGrad.gm, 4),
    gradBText: fmt(startGrad.gb, 4),
    /** |∂J/∂m| ÷ |∂J/∂b| at the start. */
    gradRatioText: fmt(startGrad.gm / startGrad.gb, 1),
    gradNormText: fmt(gradNorm, 2),
    rateAlongMText: fmt(rateAlongM, 2),
    alpha: ALPHA,
    alphaText: fmt(ALPHA, 2),
    step1MText: fmt(step1.m, 4),
    step1BText: fmt(step1.b, 4),
    /** −α ∂J/∂m, the change in m of the first step. */
    step1DmText: fmt(-ALPHA * startGrad.gm, 4),
    step1DbText: fmt(-ALPHA * startGrad.gb, 4),
    path: pathRows,
    bestMText: fmt(best.m, 3),
    bestBText: fmt(best.b, 3),
    bestMseText: fmt(bestMse, 4),
    /** After 1,000 steps at α = 0.01, how far above the least MSE, in percent. */
    lastAbovePercentText: fmt((100 * (pathRows[pathRows.length - 1].mse - bestMse)) / bestMse, 0),
    /** How much of the distance from the starting MSE to the least MSE the first 10 steps cover. */
    tenStepsCoveredPercentText: fmt((100 * (J0 - (pathRows.find((r) => r.step === 10) as PathRow).mse)) / (J0 - bestMse), 1),
    withinPercentText: fmtInt(WITHIN_PERCENT),
    slowSteps,
    slowStepsText: fmtInt(slowSteps),
    bestSteps,
    bestStepsText: fmtInt(bestSteps),
  },

  bowl: {
    hmmText: fmt(hmm, 2),
    hmbText: fmt(hmb, 2),
    hbbText: fmt(hbb, 0),
    lambdaMaxText: fmt(lambdaMax, 2),
    lambdaMinText: fmt(lambdaMin, 4),
    kappaText: fmtInt(Math.round(kappa)),
    alphaLimit,
    alphaLimitText: fmt(alphaLimit, 4),
    /** Where the steep direction starts to bounce: 1/λmax. */
    alphaBounceText: fmt(1 / lambdaMax, 4),
    alphaBestText: fmt(alphaBest, 4),
    bestFactorText: fmt(bestFactor, 4),
    /** The α = 0.01 step's factor along the shallow direction, 1 − α λmin. */
    slowShallowFactorText: fmt(1 - ALPHA * lambdaMin, 5),
    tooBigText: fmt(ALPHA_TOO_BIG, 2),
    blowupStepsText: fmtInt(BLOWUP_STEPS),
    blowupMseMantissaText: sci(blowupMse).mantissa,
    blowupMseExponentText: sci(blowupMse).exponent,
    edgeText: fmt(ALPHA_EDGE, 3),
    /** m along the first steps just below the limit: it overshoots and swings back. */
    edgeMTexts: edgeMs.map((m) => fmt(m, 3)),
  },

  numerical: {
    hExponentText: exponentOf(H_SEVEN),
    forwardMText: fmt(fwdM, 6),
    centredMText: fmt(ctrM, 6),
    exactMText: fmt(startGrad.gm, 6),
    forwardErrMantissaText: sci(fwdErr).mantissa,
    forwardErrExponentText: sci(fwdErr).exponent,
    centredErrMantissaText: sci(ctrErr).mantissa,
    centredErrExponentText: sci(ctrErr).exponent,
    /** (h/2)·J_mm: the forward difference's miss on a quadratic. */
    forwardMissText: fmt((H_SEVEN / 2) * hmm, 6),
    halfBugMText: fmt(halfBugM, 4),
    halfBugErrText: fmt(halfBugErr, 2),
  },

  precision: {
    /** Significant decimal digits of a double: −log₁₀ ε ≈ 15.7. */
    digitsText: fmtInt(Math.round(-Math.log10(EPSILON))),
    epsilon: sci(EPSILON),
    sqrtEpsilon: sci(Math.sqrt(EPSILON)),
    cbrtEpsilon: sci(Math.cbrt(EPSILON)),
    agreeExponentText: fmtInt(RELATIVE_ERROR_GUIDE.agree),
    doubtExponentText: fmtInt(RELATIVE_ERROR_GUIDE.doubt),
    wrongExponentText: fmtInt(RELATIVE_ERROR_GUIDE.wrong),
  },

  examples: {
    mText: fmt(EYEBALLED.m, 1),
    bText: fmt(EYEBALLED.b, 1),
    rows: exampleRows,
    gradMText: fmt(eyeGrad.gm, 3),
    gradBText: fmt(eyeGrad.gb, 3),
    againstCountText: fmtInt(againstCount),
    largestXText: largestExample.xText,
    largestGmText: largestExample.gmText,
    /** The largest example's ∂/∂m over the full one. */
    largestTimesText: fmt(Math.abs(largestExample.gm / eyeGrad.gm), 0),
  },

  sgd: {
    seed: SGD_SEED,
    rows: sgdRows,
  },

  epochs: {
    exampleExamplesText: fmtInt(EPOCH_EXAMPLE.examples),
    exampleBatchText: fmtInt(EPOCH_EXAMPLE.batchSize),
    exampleItersText: fmtInt(epochExampleIters),
    exampleLastText: fmtInt(epochExampleLast),
    exampleQuotientText: fmt(EPOCH_EXAMPLE.examples / EPOCH_EXAMPLE.batchSize, 3, { trim: true }),
    challengeExamplesText: fmtInt(EPOCH_CHALLENGE.examples),
    challengeBatchText: fmtInt(EPOCH_CHALLENGE.batchSize),
    challengeIters: epochChallengeIters,
    challengeItersText: fmtInt(epochChallengeIters),
    challengeLastText: fmtInt(epochChallengeLast),
    challengeQuotientText: fmt(EPOCH_CHALLENGE.examples / EPOCH_CHALLENGE.batchSize, 3, { trim: true }),
    challengeFullText: fmtInt(epochChallengeIters - 1),
  },

  cost: {
    digitSizesText: DIGIT_SIZES.map((s) => fmtInt(s)).join('–'),
    digitParamsText: fmtInt(digitParams),
    digitForwardText: fmtInt(digitParams + 1),
    digitCentredText: fmtInt(2 * digitParams),
    challengeSizesText: CHALLENGE_SIZES.map((s) => fmtInt(s)).join('–'),
    challengeSizes: CHALLENGE_SIZES.map((s) => fmtInt(s)),
    challengeParams,
    challengeParamsText: fmtInt(challengeParams),
    challengeCentred: 2 * challengeParams,
    challengeCentredText: fmtInt(2 * challengeParams),
    challengeTerms: CHALLENGE_SIZES.slice(1).map((s, i) => `${fmtInt(CHALLENGE_SIZES[i])} × ${fmtInt(s)} + ${fmtInt(s)}`),
  },

  stability: {
    aText: fmt(CHALLENGE_BOWL.a, 0),
    cText: fmt(CHALLENGE_BOWL.c, 2),
    curvatureTexts: challengeCurvatures.map((c) => fmt(c, 1, { trim: true })),
    limit: challengeLimit,
    /** The answers the challenge accepts: [limit − ½·10⁻³, limit]. */
    accept: challengeAccept,
    decimalsText: fmtInt(CHALLENGE_DECIMALS),
    /** The first three-decimal rate above the limit: already unstable. */
    aboveText: fmt(Number(challengeLimit.toFixed(CHALLENGE_DECIMALS)) + 10 ** -CHALLENGE_DECIMALS, CHALLENGE_DECIMALS),
    limitText: fmt(challengeLimit, CHALLENGE_DECIMALS),
  },

  handStep: {
    mText: fmt(HAND_STEP_LINE.m, 1),
    bText: fmt(HAND_STEP_LINE.b, 0),
    sumXRText: fmt(handGrad.sumXR, 4),
    sumRText: fmt(handGrad.sumR, 2),
    gradMText: fmt(handGrad.gm, 4),
    gradBText: fmt(handGrad.gb, 4),
    newM: handStep.m,
    newMText: fmt(handStep.m, 4),
    newBText: fmt(handStep.b, 4),
    oldMseText: fmt(mse.value(HAND_STEP_LINE.m, HAND_STEP_LINE.b), 4),
    newMseText: fmt(mse.value(handStep.m, handStep.b), 4),
  },

  blobs,
};

export type GradientDescentNumbers = typeof gd;
