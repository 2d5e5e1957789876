/**
 * Every number chapter 1 ("Linear regression") prints, computed at import time by the core
 * from the data the chapter shows. The MDX imports `lr` and writes `{lr.leastSquares.mText}`;
 * no computed number is typed into the prose by hand.
 *
 * What is chosen here (the setup) and what is computed (everything else):
 *   chosen:   the three example lines, the challenge line, the random-search seed and ranges,
 *             the checkpoints, grid resolution, network sizes, the assumed guessing speed,
 *             the moved point of the outlier experiment;
 *   computed: means, MSEs, residuals, the least-squares line (two ways), the bowl's curvature,
 *             random-search results, parameter and grid counts.
 *
 * Conventions (the core's): MSE is J(m, b) = (1/n) Σ (yᵢ − (m xᵢ + b))², no ½; a residual is
 * observed minus predicted, rᵢ = yᵢ − (m xᵢ + b), so a point above the line has rᵢ > 0.
 */
import {
  LINREG7_XS,
  LINREG7_YS,
  addBiasColumn,
  createRng,
  createSurface,
  leastSquares,
  leastSquaresLine,
  matmul,
  mlp,
  tensor,
  transpose,
} from '../src/core';
import { fmt, fmtInt, sci } from './format';

/** Fails the build if two computations that must agree do not. */
function check(cond: boolean, what: string): void {
  if (!cond) throw new Error(`linear-regression.numbers: ${what}`);
}

// ---------------------------------------------------------------------------------------------
// The data

const xs: readonly number[] = LINREG7_XS;
const ys: readonly number[] = LINREG7_YS;
const n = xs.length;
const mse = createSurface('linregMse', { xs, ys });

const mean = (a: readonly number[]): number => a.reduce((s, v) => s + v, 0) / a.length;
const meanX = mean(xs);
const meanY = mean(ys);

export interface DataRow {
  readonly x: number;
  readonly y: number;
  readonly xText: string;
  readonly yText: string;
}

/** x is printed with one decimal (2.4 … 5.0), y with as many as it has, at least one (1.7, 1.85, 2.0). */
const dataRows: readonly DataRow[] = xs.map((x, i) => ({
  x,
  y: ys[i],
  xText: fmt(x, 1),
  yText: fmt(ys[i], 2, { trim: true, minDecimals: 1 }),
}));

// ---------------------------------------------------------------------------------------------
// Lines: three examples, the least-squares line, and one for a challenge

export interface Line {
  readonly m: number;
  readonly b: number;
}

/**
 * The three example lines, also the widgets' natural starting states.
 *   flat:  slope 0 at the mean of y (the best a line can do if it may not tilt)
 *   steep: crosses the middle of the cloud but tilts far too much
 *   guess: an eyeballed line, close to the best
 */
export const EXAMPLE_LINES: { readonly flat: Line; readonly steep: Line; readonly guess: Line } = Object.freeze({
  flat: Object.freeze({ m: 0, b: meanY }),
  steep: Object.freeze({ m: 1, b: -1.5 }),
  guess: Object.freeze({ m: 0.3, b: 0.9 }),
});

/** The line the first challenge asks the reader to score by hand. */
const CHALLENGE_LINE: Line = Object.freeze({ m: 0.5, b: 0 });

export interface LineNumbers extends Line {
  /** J(m, b) on the seven points. */
  readonly mse: number;
  readonly mText: string;
  readonly bText: string;
  readonly mseText: string;
}

function describeLine(line: Line, decimals = 2): LineNumbers {
  const value = mse.value(line.m, line.b);
  return {
    m: line.m,
    b: line.b,
    mse: value,
    mText: fmt(line.m, decimals, { trim: true }),
    bText: fmt(line.b, decimals, { trim: true }),
    mseText: fmt(value, 4),
  };
}

const lines = {
  flat: describeLine(EXAMPLE_LINES.flat),
  steep: describeLine(EXAMPLE_LINES.steep),
  guess: describeLine(EXAMPLE_LINES.guess),
};

// ---------------------------------------------------------------------------------------------
// Residuals of the eyeballed line, row by row, and the MSE rebuilt from them

export interface ResidualRow {
  readonly xText: string;
  readonly yText: string;
  /** m xᵢ + b */
  readonly predictionText: string;
  /** yᵢ − (m xᵢ + b) */
  readonly residual: number;
  readonly residualText: string;
  readonly squareText: string;
}

function residualsOf(line: Line): { rows: ResidualRow[]; sumSquares: number; sum: number } {
  let sumSquares = 0;
  let sum = 0;
  const rows = xs.map((x, i) => {
    const prediction = line.m * x + line.b;
    const r = ys[i] - prediction;
    sumSquares += r * r;
    sum += r;
    return {
      xText: dataRows[i].xText,
      yText: dataRows[i].yText,
      predictionText: fmt(prediction, 2),
      residual: r,
      residualText: fmt(r, 2),
      squareText: fmt(r * r, 4),
    };
  });
  return { rows, sumSquares, sum };
}

const guessResiduals = residualsOf(EXAMPLE_LINES.guess);
check(
  Math.abs(guessResiduals.sumSquares / n - lines.guess.mse) < 1e-12,
  'MSE rebuilt from the residual table differs from the core surface',
);
const largestMiss = guessResiduals.rows.reduce((a, r) => (Math.abs(r.residual) > Math.abs(a.residual) ? r : a));

const challengeResiduals = residualsOf(CHALLENGE_LINE);

// ---------------------------------------------------------------------------------------------
// The least-squares line: closed form (core), its MSE, and what it explains

const best = leastSquaresLine(xs, ys);
const bestMse = mse.value(best.m, best.b);
const bestResiduals = residualsOf(best);
check(
  Math.abs(mse.minima[0][0] - best.m) < 1e-12 && Math.abs(mse.minima[0][1] - best.b) < 1e-12,
  'the surface minimum is not the least-squares line',
);
// The flat line at the mean has MSE equal to the (1/n) variance of y.
const varianceY = ys.reduce((s, y) => s + (y - meanY) ** 2, 0) / n;
check(Math.abs(varianceY - lines.flat.mse) < 1e-12, 'flat-line MSE is not the variance of y');
const explained = 1 - bestMse / varianceY;

// ---------------------------------------------------------------------------------------------
// Normal equations with the bias as a weight: X has rows [xᵢ, 1], w = [m, b]

const X = addBiasColumn(Float64Array.from(xs), n, 1);
const Xt = tensor(X, [n, 2]);
const yCol = tensor(ys, [n, 1]);
const xtx = matmul(transpose(Xt), Xt).data; // [Σx², Σx, Σx, n]
const xty = matmul(transpose(Xt), yCol).data; // [Σxy, Σy]
const wNormal = leastSquares(X, Float64Array.from(ys), n, 2);
const normalDiff = Math.max(Math.abs(wNormal[0] - best.m), Math.abs(wNormal[1] - best.b));
check(normalDiff < 1e-9, `normal equations and leastSquaresLine disagree by ${normalDiff}`);
/** How many decimal places the two solutions share (capped at 15, what a double can promise). */
const agreeDecimals = normalDiff === 0 ? 15 : Math.min(15, Math.floor(-Math.log10(normalDiff)));

// ---------------------------------------------------------------------------------------------
// The bowl's shape: its Hessian is constant; the eigenvalues give the steep and shallow directions

const [hmm, hmb, , hbb] = mse.hessianAt(best.m, best.b);
const trace = hmm + hbb;
const det = hmm * hbb - hmb * hmb;
const disc = Math.sqrt((hmm - hbb) ** 2 + 4 * hmb * hmb);
const steepCurv = (trace + disc) / 2;
const shallowCurv = (trace - disc) / 2;
// Shallow eigenvector (1, s): (hmm − λ) + hmb·s = 0. Along it, m + t and b + s·t leave the
// prediction unchanged at x = −s: the line pivots about that x.
const shallowSlope = -(hmm - shallowCurv) / hmb;
const pivotX = -shallowSlope;

// ---------------------------------------------------------------------------------------------
// Random guessing: N lines with m, b uniform in a box, keep the best

const RANDOM_SEED = 1;
const M_RANGE: readonly [number, number] = [-2, 4];
const B_RANGE: readonly [number, number] = [-6, 8];
const CHECKPOINTS: readonly number[] = [10, 100, 1000, 10000];

export interface Checkpoint {
  readonly lines: number;
  readonly linesText: string;
  readonly best: number;
  readonly bestText: string;
  /** How far above the least-squares MSE, in percent. */
  readonly abovePercentText: string;
  readonly m: number;
  readonly b: number;
}

function randomSearch(): Checkpoint[] {
  const rng = createRng(RANDOM_SEED);
  const out: Checkpoint[] = [];
  let bestValue = Infinity;
  let bestLine: Line = { m: NaN, b: NaN };
  const last = CHECKPOINTS[CHECKPOINTS.length - 1];
  for (let i = 1; i <= last; i++) {
    const m = rng.uniform(M_RANGE[0], M_RANGE[1]);
    const b = rng.uniform(B_RANGE[0], B_RANGE[1]);
    const v = mse.value(m, b);
    if (v < bestValue) {
      bestValue = v;
      bestLine = { m, b };
    }
    if (CHECKPOINTS.includes(i)) {
      out.push({
        lines: i,
        linesText: fmtInt(i),
        best: bestValue,
        bestText: fmt(bestValue, 4),
        abovePercentText: fmt((100 * (bestValue - bestMse)) / bestMse, 0),
        m: bestLine.m,
        b: bestLine.b,
      });
    }
  }
  return out;
}
const checkpoints = randomSearch();

// The needle: the share of the box whose lines come within 10% of the best MSE. J is exactly
// quadratic, J − J* = ½ dᵀ H d, so {J ≤ (1 + p) J*} is an ellipse of area 2π p J* / √det H.
const NEEDLE_PERCENT = 10;
const boxArea = (M_RANGE[1] - M_RANGE[0]) * (B_RANGE[1] - B_RANGE[0]);
const needleArea = (2 * Math.PI * (NEEDLE_PERCENT / 100) * bestMse) / Math.sqrt(det);
const needleFraction = needleArea / boxArea;

// ---------------------------------------------------------------------------------------------
// The curse of dimensionality: grid sizes and parameter counts

const PER_AXIS = 10;
const GRID_WEIGHTS: readonly number[] = [1, 2, 3, 10];
const gridPoints = (weights: number): bigint => BigInt(PER_AXIS) ** BigInt(weights);

export interface GridRow {
  readonly weights: number;
  /** PER_AXIS ** weights (exact for the sizes listed). */
  readonly points: number;
  readonly pointsText: string;
}
const gridRows: readonly GridRow[] = GRID_WEIGHTS.map((w) => ({
  weights: w,
  points: Number(gridPoints(w)),
  pointsText: fmtInt(gridPoints(w)),
}));

/** An assumed, generous speed: a billion guesses checked per second. */
const GUESSES_PER_SECOND = 1e9;
const SECONDS_PER_YEAR = 365.25 * 24 * 3600;
const SLOW_WEIGHTS = 20;
const slowYears = Number(gridPoints(SLOW_WEIGHTS)) / GUESSES_PER_SECOND / SECONDS_PER_YEAR;
const tenWeightSeconds = Number(gridPoints(10)) / GUESSES_PER_SECOND;

/** Weights (matrices) and biases of an MLP, counted from the core's own parameter layout. */
function countParameters(sizes: readonly number[]): { weights: number; biases: number; total: number } {
  const model = mlp({ sizes, activation: 'sigmoid', loss: sizes[sizes.length - 1] === 1 ? 'mse' : 'softmaxCrossEntropy' });
  let weights = 0;
  let biases = 0;
  for (const info of model.params.infos) {
    if (info.kind === 'weight') weights += info.size;
    else biases += info.size;
  }
  // The same count by the formula the chapter prints: Σ sizes[l−1]·sizes[l] and Σ sizes[l].
  let fw = 0;
  let fb = 0;
  for (let l = 1; l < sizes.length; l++) {
    fw += sizes[l - 1] * sizes[l];
    fb += sizes[l];
  }
  check(fw === weights && fb === biases, `parameter count of [${sizes.join(', ')}] disagrees with the core`);
  return { weights, biases, total: weights + biases };
}

/** The handwritten-digit (MNIST) network of the source: 784 inputs, 15 hidden, 10 outputs. */
const MNIST_SIZES: readonly [number, number, number] = [784, 15, 10];
const mnistCount = countParameters(MNIST_SIZES);
const [mIn, mHid, mOut] = MNIST_SIZES;

/** A challenge: the same network with twice the hidden neurons. */
const WIDE_SIZES: readonly [number, number, number] = [mIn, 2 * mHid, mOut];
const wideCount = countParameters(WIDE_SIZES);

/** The 3-weight network of the grid table, next to the MNIST one: how much bigger is it? */
const SMALLEST_GRID_WEIGHTS = 3;

/** The grid challenge: 5 weights at PER_AXIS values each. */
const CHALLENGE_WEIGHTS = 5;

// ---------------------------------------------------------------------------------------------
// Squared error listens hard to one far point: move the last point down and refit

const OUTLIER_INDEX = n - 1;
const OUTLIER_NEW_Y = 1.7;
const movedYs = ys.map((y, i) => (i === OUTLIER_INDEX ? OUTLIER_NEW_Y : y));
const movedBest = leastSquaresLine(xs, movedYs);

// ---------------------------------------------------------------------------------------------
// The exported object

export const lr = {
  /** Number of points. */
  n,
  nText: fmtInt(n),
  data: dataRows,
  meanX,
  meanY,
  meanXText: fmt(meanX, 2, { trim: true }),
  meanYText: fmt(meanY, 3),
  xMinText: fmt(Math.min(...xs), 1),
  xMaxText: fmt(Math.max(...xs), 1),

  /** The three example lines with their MSEs. */
  lines,
  /** Residual table of the eyeballed line (lines.guess). */
  residuals: {
    rows: guessResiduals.rows,
    sumSquares: guessResiduals.sumSquares,
    sumSquaresText: fmt(guessResiduals.sumSquares, 4),
    mse: guessResiduals.sumSquares / n,
    mseText: fmt(guessResiduals.sumSquares / n, 4),
    largestMissXText: largestMiss.xText,
    largestMissText: largestMiss.residualText,
  },

  leastSquares: {
    m: best.m,
    b: best.b,
    mse: bestMse,
    mText: fmt(best.m, 3),
    bText: fmt(best.b, 3),
    mseText: fmt(bestMse, 4),
    /** Σ rᵢ for the least-squares line: zero up to rounding. */
    residualSum: bestResiduals.sum,
    /** Σ rᵢ in scientific notation, "8.9" and "−16" for 8.9 × 10⁻¹⁶ (both "0" if exactly 0). */
    residualSumMantissaText: sci(bestResiduals.sum).mantissa,
    residualSumExponentText: sci(bestResiduals.sum).exponent,
    /** How much lower than the flat line's MSE, in percent. */
    explainedPercentText: fmt(100 * explained, 0),
    /** How much the eyeballed line's MSE exceeds the best, in percent. */
    guessAbovePercentText: fmt((100 * (lines.guess.mse - bestMse)) / bestMse, 0),
  },

  /** The flat line's MSE equals the variance of y (with 1/n). */
  varianceY,
  varianceYText: fmt(varianceY, 4),

  normal: {
    sumX2Text: fmt(xtx[0], 3, { trim: true }),
    sumXText: fmt(xtx[1], 3, { trim: true }),
    nText: fmt(xtx[3], 0),
    sumXYText: fmt(xty[0], 3, { trim: true }),
    sumYText: fmt(xty[1], 3, { trim: true }),
    /** The first two rows of X = [x, 1], as printed. */
    firstRows: [0, 1].map((i) => [fmt(X[2 * i], 1), fmt(X[2 * i + 1], 0)] as const),
    m: wNormal[0],
    b: wNormal[1],
    mText: fmt(wNormal[0], 3),
    bText: fmt(wNormal[1], 3),
    maxDifference: normalDiff,
    agreeDecimalsText: fmtInt(agreeDecimals),
  },

  bowl: {
    hessian: [hmm, hmb, hmb, hbb] as const,
    steepCurvature: steepCurv,
    shallowCurvature: shallowCurv,
    ratio: steepCurv / shallowCurv,
    ratioText: fmtInt(Math.round(steepCurv / shallowCurv)),
    /** Along the trough, b changes by this much per unit of m (negative). */
    troughSlopeText: fmt(shallowSlope, 2),
    pivotXText: fmt(pivotX, 2),
  },

  random: {
    seed: RANDOM_SEED,
    mRange: M_RANGE,
    bRange: B_RANGE,
    mLoText: fmt(M_RANGE[0], 0),
    mHiText: fmt(M_RANGE[1], 0),
    bLoText: fmt(B_RANGE[0], 0),
    bHiText: fmt(B_RANGE[1], 0),
    checkpoints,
    needlePercentText: fmtInt(NEEDLE_PERCENT),
    needleFraction,
    /** About one line in this many lands within NEEDLE_PERCENT of the best MSE. */
    needleOneInText: fmtInt(Math.round(1 / needleFraction / 100) * 100),
  },

  grid: {
    perAxis: PER_AXIS,
    perAxisText: fmtInt(PER_AXIS),
    rows: gridRows,
    guessesPerSecondText: fmtInt(GUESSES_PER_SECOND),
    tenWeightSecondsText: fmt(tenWeightSeconds, 0),
    slowWeightsText: fmtInt(SLOW_WEIGHTS),
    slowPointsText: fmtInt(gridPoints(SLOW_WEIGHTS)),
    slowYearsText: fmtInt(Math.round(slowYears)),
    challengeWeights: CHALLENGE_WEIGHTS,
    challengeWeightsText: fmtInt(CHALLENGE_WEIGHTS),
    /** Answer: PER_AXIS ** CHALLENGE_WEIGHTS. */
    challengePoints: Number(gridPoints(CHALLENGE_WEIGHTS)),
    challengePointsText: fmtInt(gridPoints(CHALLENGE_WEIGHTS)),
  },

  mnist: {
    inputsText: fmtInt(mIn),
    hiddenText: fmtInt(mHid),
    outputsText: fmtInt(mOut),
    firstLayerWeightsText: fmtInt(mIn * mHid),
    secondLayerWeightsText: fmtInt(mHid * mOut),
    weights: mnistCount.weights,
    biases: mnistCount.biases,
    total: mnistCount.total,
    weightsText: fmtInt(mnistCount.weights),
    biasesText: fmtInt(mnistCount.biases),
    totalText: fmtInt(mnistCount.total),
    /** The grid has PER_AXIS ** total points: "10" raised to this exponent (no separators). */
    gridExponentText: String(mnistCount.total),
    /** Digits of 10 ** total written out (a 1 and `total` zeros). */
    gridDigitsText: fmtInt(mnistCount.total + 1),
  },

  /** MNIST against the 3-weight network: the weight count grows this many times … */
  mnistVs3: {
    weightsText: fmtInt(SMALLEST_GRID_WEIGHTS),
    timesMoreWeightsText: fmtInt(Math.round(mnistCount.total / SMALLEST_GRID_WEIGHTS / 100) * 100),
    /** … but the grid grows by PER_AXIS to this power. */
    gridGrowthExponentText: String(mnistCount.total - SMALLEST_GRID_WEIGHTS),
  },

  /** The challenge network: MNIST's with a hidden layer twice as wide. */
  wide: {
    inputsText: fmtInt(WIDE_SIZES[0]),
    hiddenText: fmtInt(WIDE_SIZES[1]),
    outputsText: fmtInt(WIDE_SIZES[2]),
    weightsText: fmtInt(wideCount.weights),
    biasesText: fmtInt(wideCount.biases),
    total: wideCount.total,
    totalText: fmtInt(wideCount.total),
  },

  outlier: {
    xText: dataRows[OUTLIER_INDEX].xText,
    oldYText: dataRows[OUTLIER_INDEX].yText,
    newYText: fmt(OUTLIER_NEW_Y, 2, { trim: true, minDecimals: 1 }),
    mText: fmt(movedBest.m, 3),
    bText: fmt(movedBest.b, 3),
  },

  /** The line of the first challenge and its MSE (the answer), with its residual table. */
  challengeLine: {
    ...describeLine(CHALLENGE_LINE),
    rows: challengeResiduals.rows,
    sumSquaresText: fmt(challengeResiduals.sumSquares, 4),
  },
};

export type LinearRegressionNumbers = typeof lr;
