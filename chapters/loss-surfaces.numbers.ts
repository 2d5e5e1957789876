/**
 * Every number chapter 2 ("Loss surfaces") prints, computed by the core from the surfaces,
 * data and models the chapter shows. The MDX imports `ls` and writes `{ls.rosen.kappaText}`;
 * no computed number is typed into the prose by hand.
 *
 * Chapters are bundled eagerly into every page, so each section is computed lazily, on first
 * use (the server render at build time and this chapter's own page), never on other pages.
 * A computation that goes wrong throws, and the build fails.
 *
 * What is chosen here (the setup) and what is computed (everything else):
 *   chosen:   example points and bowls, the tiny network's data and start, learning rates,
 *             Monte Carlo sizes and seeds, the slice windows;
 *   computed: values, gradients, Hessians and their eigenvalues, verdicts, condition numbers,
 *             chord tests, training runs, Monte Carlo counts, slice kinks and convexity checks.
 *
 * Conventions (the core's): the quadratic bowl is f = ½ pᵀAp; the MSE has no ½; eigenvalues are
 * listed smaller first; a condition number is |λ_max| / |λ_min| of a positive definite Hessian.
 */
import {
  LINREG7_XS,
  LINREG7_YS,
  SURFACE_NAMES,
  classifyCriticalPoint,
  countLeadingDefiniteness,
  createOptimizer,
  createRng,
  createSurface,
  eigenvalues2x2,
  gradCheck,
  surfaceProblem,
  train,
} from '../src/core';
import type { CriticalVerdict, Objective, Surface, Vec2 } from '../src/core';
import { linearSvm, mlp } from '../src/core';
import { runTaskSync } from '../src/worker/registry';
import { hingeCreases, kinksOnLine, linearDirections, linearModel, randomCentre, scaledDirection, threeBlobsTrain, vectorNorm } from '../src/worker/tasks/lossSliceLinear';
import {
  CLASSIFIER_CENTRE_SEED,
  CLASSIFIER_DEFAULTS,
  CLASSIFIER_WINDOW,
  MLP_CONFIG,
  classifierSliceInput,
} from '../src/widgets/slices/setup';
import { defaultState } from '../src/widgets/state/schema';
import { explorerSchema } from '../src/widgets/surfaces/explorerSchema';
import { makeSurface } from '../src/widgets/surfaces/surfaceSettings';
import { significant } from '../src/widgets/kit/numberText';
import { fmt, fmtInt } from './format';

/** Fails the build if a computation that must hold does not. */
function check(cond: boolean, what: string): void {
  if (!cond) throw new Error(`loss-surfaces.numbers: ${what}`);
}

/** `text`, after checking that the widget beside the sentence prints the same (`shown`). */
function checkedLike(text: string, shown: string, what: string): string {
  check(text === shown, `${what}: the prose says ${text}, the widget shows ${shown}`);
  return text;
}

/** Computes f once, on first call. */
function lazy<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value;
  };
}

const norm = (v: ArrayLike<number>): number => Math.hypot(v[0], v[1]);

/** Shown for a verdict in tables and answers. */
export const VERDICT_WORDS: Readonly<Record<CriticalVerdict, string>> = Object.freeze({
  minimum: 'minimum',
  maximum: 'maximum',
  saddle: 'saddle',
  degenerate: 'degenerate',
});

export interface CriticalRow {
  readonly x: number;
  readonly y: number;
  readonly xText: string;
  readonly yText: string;
  readonly f: number;
  readonly fText: string;
  /** Hessian eigenvalues, smaller first. */
  readonly lo: number;
  readonly hi: number;
  readonly loText: string;
  readonly hiText: string;
  readonly verdict: CriticalVerdict;
  readonly verdictText: string;
}

/** A critical point of a surface, with its Hessian's eigenvalues and the second-derivative verdict. */
function describeCritical(s: Surface, p: Vec2, decimals = 2): CriticalRow {
  const g = s.gradient(p[0], p[1]);
  check(norm(g) < 1e-9 * (1 + Math.abs(s.value(p[0], p[1]))), `${s.name}: ∇f at (${p[0]}, ${p[1]}) is not zero`);
  const h = s.hessianAt(p[0], p[1]);
  const [lo, hi] = eigenvalues2x2(h);
  const verdict = classifyCriticalPoint(h);
  const f = s.value(p[0], p[1]);
  return {
    x: p[0],
    y: p[1],
    xText: fmt(p[0], 2),
    yText: fmt(p[1], 2),
    f,
    fText: fmt(f, decimals),
    lo,
    hi,
    loText: fmt(lo, 1),
    hiText: fmt(hi, 1),
    verdict,
    verdictText: VERDICT_WORDS[verdict],
  };
}

/** λ_max / λ_min of a positive definite 2×2 Hessian. */
function conditionNumber(h: ArrayLike<number>, what: string): number {
  const [lo, hi] = eigenvalues2x2(h);
  check(lo > 0, `${what}: the Hessian is not positive definite (λ_min = ${lo})`);
  return hi / lo;
}

// ---------------------------------------------------------------------------------------------
// Chapter 1's bowl: the MSE of a line over (m, b), seen again as a loss surface

const bowl = lazy(() => {
  const s = createSurface('linregMse', { xs: LINREG7_XS, ys: LINREG7_YS });
  const [m, b] = s.minima[0];
  const h = s.hessianAt(m, b);
  const [lo, hi] = eigenvalues2x2(h);
  const kappa = conditionNumber(h, 'MSE bowl');
  // The Hessian of a quadratic is the same everywhere: check it at the start too.
  const h0 = s.hessianAt(s.start[0], s.start[1]);
  check(h.every((v, i) => v === h0[i]), 'the MSE bowl Hessian is not constant');
  return {
    mText: fmt(m, 3),
    bText: fmt(b, 3),
    minText: fmt(s.value(m, b), 4),
    nText: fmtInt(LINREG7_XS.length),
    hmmText: fmt(h[0], 2),
    hmbText: fmt(h[1], 2),
    hbbText: fmt(h[3], 0),
    loText: fmt(lo, 3),
    hiText: fmt(hi, 2),
    kappa,
    kappaText: fmtInt(Math.round(kappa)),
    /** Long axis ÷ short axis of its contour ellipses (in units where m and b count alike). */
    aspectText: fmt(Math.sqrt(kappa), 0),
  };
});

// ---------------------------------------------------------------------------------------------
// Reading contours on the quadratic bowl f = ½ (x² + κ y²): the explorer's default surface, so
// that a reader who probes the points the prose names reads the numbers it prints.

const quad = lazy(() => {
  const s = makeSurface(defaultState(explorerSchema));
  const h = s.hessianAt(0, 0);
  const [lo, hi] = eigenvalues2x2(h);
  const kappa = conditionNumber(h, 'quadratic');
  // The prose writes this bowl as ½ (x² + 10 y²) and calls it the explorer's default.
  check(h[0] === 1 && h[1] === 0 && h[2] === 0 && h[3] === 10, `the explorer's default quadratic is no longer ½ (x² + 10 y²): Hessian ${Array.from(h).join(', ')}`);
  // Two points on one contour: on the x-axis and on the y-axis at the same height.
  const LEVEL = 2;
  const px: Vec2 = [Math.sqrt((2 * LEVEL) / lo), 0];
  const py: Vec2 = [0, Math.sqrt((2 * LEVEL) / hi)];
  check(Math.abs(s.value(px[0], px[1]) - LEVEL) < 1e-12 && Math.abs(s.value(py[0], py[1]) - LEVEL) < 1e-12, 'contour points are off the level');
  const gx = norm(s.gradient(px[0], px[1]));
  const gy = norm(s.gradient(py[0], py[1]));
  // Contours every SPACING_STEP in f are about SPACING_STEP / |∇f| apart.
  const SPACING_STEP = 0.1;
  // At a point off the axes, the downhill direction −∇f against the straight line to the minimum.
  const P: Vec2 = [2, 0.5];
  const g = s.gradient(P[0], P[1]);
  const cos = (-g[0] * -P[0] + -g[1] * -P[1]) / (norm(g) * norm(P));
  const missDeg = (Math.acos(cos) * 180) / Math.PI;
  // A challenge: κ = 16; how stretched are the contour ellipses?
  const CHALLENGE_KAPPA = 16;
  const hc = createSurface('quadratic', { conditionNumber: CHALLENGE_KAPPA }).hessianAt(0, 0);
  const [clo, chi] = eigenvalues2x2(hc);
  const challengeAspect = Math.sqrt(chi / clo);
  return {
    loText: fmt(lo, 0),
    hiText: fmt(hi, 0),
    kappa,
    kappaText: fmt(kappa, 0),
    aspect: Math.sqrt(kappa),
    aspectText: fmt(Math.sqrt(kappa), 2),
    levelText: fmt(LEVEL, 0),
    pxText: fmt(px[0], 0),
    pyText: fmt(py[1], 3),
    gxText: fmt(gx, 0),
    gyText: fmt(gy, 2),
    gradientRatioText: fmt(gy / gx, 2),
    spacingStepText: fmt(SPACING_STEP, 1),
    spacingXText: fmt(SPACING_STEP / gx, 2),
    spacingYText: fmt(SPACING_STEP / gy, 3),
    pointXText: fmt(P[0], 0),
    pointYText: fmt(P[1], 1),
    gradXText: fmt(g[0], 0),
    gradYText: fmt(g[1], 0),
    missDegText: fmt(missDeg, 0),
    challengeKappaText: fmtInt(CHALLENGE_KAPPA),
    challengeAspect,
    challengeAspectText: fmt(challengeAspect, 0),
  };
});

// ---------------------------------------------------------------------------------------------
// Rosenbrock: one minimum, a curved valley, and not convex

const rosen = lazy(() => {
  const s = createSurface('rosenbrock');
  // The prose writes it as (1 − x)² + 100 (y − x²)².
  check(s.value(0, 0) === 1 && s.value(1, 2) === 100, 'Rosenbrock is no longer (1 − x)² + 100 (y − x²)²');
  const [mx, my] = s.minima[0];
  const h = s.hessianAt(mx, my);
  const [lo, hi] = eigenvalues2x2(h);
  const kappa = conditionNumber(h, 'Rosenbrock');
  check(classifyCriticalPoint(h) === 'minimum', 'Rosenbrock minimum is not a minimum');
  // The chord test: two points on the valley floor y = x², and the point halfway between.
  const U: Vec2 = [-1, 1];
  const V: Vec2 = [mx, my];
  const M: Vec2 = [(U[0] + V[0]) / 2, (U[1] + V[1]) / 2];
  const fu = s.value(U[0], U[1]), fv = s.value(V[0], V[1]), fm = s.value(M[0], M[1]);
  const chord = (fu + fv) / 2;
  check(fm > chord, 'Rosenbrock passes the chord test it is meant to fail');
  // Where it fails, the Hessian has a negative eigenvalue.
  const hm = s.hessianAt(M[0], M[1]);
  const [mlo, mhi] = eigenvalues2x2(hm);
  check(mlo < 0, 'Rosenbrock Hessian at the midpoint is not indefinite');
  return {
    minXText: fmt(mx, 0),
    minYText: fmt(my, 0),
    hxxText: fmt(h[0], 0),
    hxyText: fmt(h[1], 0),
    hyyText: fmt(h[3], 0),
    loText: fmt(lo, 3),
    hiText: fmt(hi, 1),
    kappa,
    kappaText: fmtInt(Math.round(kappa)),
    aspectText: fmt(Math.sqrt(kappa), 0),
    traceText: fmtInt(h[0] + h[3]),
    detText: fmtInt(h[0] * h[3] - h[1] * h[2]),
    startXText: fmt(s.start[0], 1),
    startYText: fmt(s.start[1], 0),
    startValueText: fmt(s.value(s.start[0], s.start[1]), 1),
    uXText: fmt(U[0], 0),
    uYText: fmt(U[1], 0),
    fuText: fmt(fu, 0),
    fvText: fmt(fv, 0),
    midXText: fmt(M[0], 0),
    midYText: fmt(M[1], 0),
    fm,
    fmText: fmt(fm, 0),
    chordText: fmt(chord, 0),
    midLoText: fmt(mlo, 1),
    midHiText: fmt(mhi, 1),
  };
});

// ---------------------------------------------------------------------------------------------
// Himmelblau: four minima, one maximum, four saddles

const himmel = lazy(() => {
  const s = createSurface('himmelblau');
  const rows = s.criticalPoints.map((c) => {
    const row = describeCritical(s, c.point);
    check(row.verdict === c.kind, `Himmelblau (${c.point}): verdict ${row.verdict}, listed as ${c.kind}`);
    return row;
  });
  const count = (k: CriticalVerdict): number => rows.filter((r) => r.verdict === k).length;
  // The chord between two of the minima passes through high ground.
  const [a, b] = [s.minima[0], s.minima[1]];
  const mid: Vec2 = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const fmid = s.value(mid[0], mid[1]);
  check(fmid > 0, 'Himmelblau midpoint is not above the minima');
  const maxRow = rows.find((r) => r.verdict === 'maximum');
  check(maxRow !== undefined, 'Himmelblau has no maximum');
  return {
    rows,
    minimaText: fmtInt(count('minimum')),
    maximaText: fmtInt(count('maximum')),
    saddlesText: fmtInt(count('saddle')),
    minValueText: fmt(s.value(a[0], a[1]), 0),
    aXText: fmt(a[0], 0),
    aYText: fmt(a[1], 0),
    bXText: fmt(b[0], 2),
    bYText: fmt(b[1], 2),
    midXText: fmt(mid[0], 2),
    midYText: fmt(mid[1], 2),
    midValueText: fmt(fmid, 1),
    maxValueText: (maxRow as CriticalRow).fText,
  };
});

// ---------------------------------------------------------------------------------------------
// The six-hump camel: six local minima, two of them global

const camel = lazy(() => {
  const s = createSurface('sixHumpCamel');
  const rows = s.criticalPoints.map((c) => describeCritical(s, c.point, 4));
  const minima = rows.filter((r) => r.verdict === 'minimum');
  // Distinct minimum values, lowest first (the function is symmetric under p → −p).
  const values = [...new Set(minima.map((r) => r.fText))]
    .map((t) => minima.find((r) => r.fText === t) as CriticalRow)
    .sort((p, q) => p.f - q.f);
  check(values.length === 3, `six-hump camel: expected 3 distinct minimum values, got ${values.length}`);
  const globals = minima.filter((r) => r.fText === values[0].fText);
  const globalCount = globals.length;
  const saddle = rows.find((r) => r.verdict === 'saddle' && r.x > 1 && r.y < 0) as CriticalRow;
  const h = s.hessianAt(saddle.x, saddle.y);
  return {
    minimaText: fmtInt(minima.length),
    globalText: fmtInt(globalCount),
    maximaText: fmtInt(rows.filter((r) => r.verdict === 'maximum').length),
    saddlesText: fmtInt(rows.filter((r) => r.verdict === 'saddle').length),
    criticalText: fmtInt(rows.length),
    globalValueText: values[0].fText,
    secondValueText: values[1].fText,
    thirdValueText: values[2].fText,
    othersText: fmtInt(minima.length - globalCount),
    globalAXText: fmt(globals[0].x, 4),
    globalAYText: fmt(globals[0].y, 4),
    globalBXText: fmt(globals[1].x, 4),
    globalBYText: fmt(globals[1].y, 4),
    /** A saddle for the classification challenge, with its Hessian. */
    challenge: {
      xText: fmt(saddle.x, 3),
      yText: fmt(saddle.y, 3),
      hxxText: fmt(h[0], 2),
      hxyText: fmt(h[1], 0),
      hyyText: fmt(h[3], 2),
      detText: fmt(h[0] * h[3] - h[1] * h[2], 1),
      loText: fmt(saddle.lo, 2),
      hiText: fmt(saddle.hi, 2),
      verdict: saddle.verdict,
    },
  };
});

// ---------------------------------------------------------------------------------------------
// Beale: a flat line, a saddle on it, and a narrow minimum

const beale = lazy(() => {
  const s = createSurface('beale');
  const [mx, my] = s.minima[0];
  const kappa = conditionNumber(s.hessianAt(mx, my), 'Beale');
  // On x = 0 every residual is its constant, so f is the same for every y.
  const Y0 = -2, Y1 = 3;
  const f0 = s.value(0, Y0), f1 = s.value(0, Y1);
  check(f0 === f1, 'Beale is not constant along x = 0');
  const saddle = describeCritical(s, [0, 1]);
  check(saddle.verdict === 'saddle', 'Beale (0, 1) is not a saddle');
  return {
    minXText: fmt(mx, 0),
    minYText: fmt(my, 1),
    kappaText: fmtInt(Math.round(kappa)),
    lineValueText: fmt(f0, 3),
    saddleLoText: saddle.loText,
    saddleHiText: saddle.hiText,
  };
});

// ---------------------------------------------------------------------------------------------
// The saddle x² − y² and the monkey saddle x³ − 3xy²

const saddles = lazy(() => {
  const s = createSurface('saddle');
  const row = describeCritical(s, [0, 0]);
  check(row.verdict === 'saddle', 'x² − y² is not a saddle at 0');
  const m = createSurface('monkeySaddle');
  const mrow = describeCritical(m, [0, 0]);
  check(mrow.verdict === 'degenerate', 'the monkey saddle is not degenerate at 0');
  const T = 0.5;
  return {
    loText: row.loText,
    hiText: row.hiText,
    monkeyVerdict: mrow.verdictText,
    monkeyTText: fmt(T, 1),
    monkeyPlusText: fmt(m.value(T, 0), 3),
    monkeyMinusText: fmt(m.value(-T, 0), 3),
    monkeyMinusTText: fmt(-T, 1),
  };
});

// ---------------------------------------------------------------------------------------------
// The smallest network with a hidden layer: one input, one hidden unit, one output, no biases,
// no activation, fitting the single example x = 1, y = 1. Its loss is L(a, b) = (ab − 1)².

const tinyObjective: Objective = {
  dim: 2,
  valueAndGrad(w, grad) {
    const a = w[0], b = w[1];
    const r = a * b - 1;
    grad[0] = 2 * r * b;
    grad[1] = 2 * r * a;
    return r * r;
  },
  hessian(w, out) {
    // L_aa = 2b², L_ab = 2(ab − 1) + 2ab = 4ab − 2, L_bb = 2a²
    const a = w[0], b = w[1];
    out[0] = 2 * b * b;
    out[1] = 4 * a * b - 2;
    out[2] = out[1];
    out[3] = 2 * a * a;
  },
};
const tinyLoss = (a: number, b: number): number => tinyObjective.valueAndGrad(Float64Array.of(a, b), new Float64Array(2));
const tinyHessian = (a: number, b: number): Float64Array => {
  const out = new Float64Array(4);
  (tinyObjective.hessian as (w: Float64Array, out: Float64Array) => void)(Float64Array.of(a, b), out);
  return out;
};

const tiny = lazy(() => {
  // The analytic gradient against finite differences, at an arbitrary point.
  const w = Float64Array.of(0.7, -1.3);
  const g = new Float64Array(2);
  tinyObjective.valueAndGrad(w, g);
  const gc = gradCheck((v) => tinyLoss(v[0], v[1]), w, g);
  check(gc.maxRelativeError < 1e-7, `tiny network gradient fails its check (${gc.maxRelativeError})`);
  // The Hessian against finite differences of the gradient.
  const hn = tinyHessian(w[0], w[1]);
  const eps = 1e-6;
  for (let j = 0; j < 2; j++) {
    const wp = Float64Array.from(w), wm = Float64Array.from(w);
    wp[j] += eps;
    wm[j] -= eps;
    const gp = new Float64Array(2), gm = new Float64Array(2);
    tinyObjective.valueAndGrad(wp, gp);
    tinyObjective.valueAndGrad(wm, gm);
    for (let i = 0; i < 2; i++) check(Math.abs((gp[i] - gm[i]) / (2 * eps) - hn[i * 2 + j]) < 1e-6, 'tiny network Hessian fails its check');
  }

  const h0 = tinyHessian(0, 0);
  const [lo0, hi0] = eigenvalues2x2(h0);
  check(classifyCriticalPoint(h0) === 'saddle', 'tiny network: origin is not a saddle');
  const h1 = tinyHessian(1, 1);
  const [lo1, hi1] = eigenvalues2x2(h1);
  check(classifyCriticalPoint(h1) === 'degenerate', 'tiny network: (1, 1) is not degenerate');
  // Two minima, (1, 1) and (−1, −1); halfway between them is the saddle at the origin.
  check(tinyLoss(1, 1) === 0 && tinyLoss(-1, -1) === 0, 'tiny network: (±1, ±1) are not zeros');

  // Gradient descent from a small start: a long plateau near the saddle, then a sudden drop.
  const START: Vec2 = [0.001, 0.002];
  const LR = 0.1;
  const STEPS = 100;
  const run = train(surfaceProblem(tinyObjective, START), createOptimizer('sgd', { lr: LR }), { steps: STEPS, recordParams: true });
  check(run.stop === 'completed', `tiny network training stopped: ${run.stop}`);
  const losses = run.losses;
  const firstBelow = (v: number): number => losses.findIndex((l) => l < v);
  const PLATEAU = 0.9, DONE = 0.01;
  // losses[k] is the loss after k steps (losses[0] at the start), so a first index is a step number.
  check(losses.length === STEPS + 1, `tiny network: expected ${STEPS + 1} losses, got ${losses.length}`);
  const plateauEnd = firstBelow(PLATEAU);
  const done = firstBelow(DONE);
  check(plateauEnd > 1 && done > plateauEnd, 'tiny network: no plateau then drop');
  check(losses[plateauEnd - 1] >= PLATEAU, 'tiny network: the loss is not above the plateau one step before it leaves it');
  // Early on, a + b (the saddle's downhill direction) grows by 1 − η λ_min per step.
  const path = run.params as Float64Array;
  for (let t = 0; t < 5; t++) {
    const ratio = (path[2 * t + 2] + path[2 * t + 3]) / (path[2 * t] + path[2 * t + 1]);
    check(Math.abs(ratio - (1 - LR * lo0)) < 1e-3, `tiny network: a + b grew by ${ratio} at step ${t}`);
  }
  return {
    saddleLoText: fmt(lo0, 0),
    /** Near the saddle, the downhill component is multiplied by 1 − η λ_min per step. */
    growthText: fmt(1 - LR * lo0, 1),
    saddleHiText: fmt(hi0, 0),
    minLoText: fmt(lo1, 0),
    minHiText: fmt(hi1, 0),
    originLossText: fmt(tinyLoss(0, 0), 0),
    startAText: fmt(START[0], 3),
    startBText: fmt(START[1], 3),
    startLossText: fmt(losses[0], 4),
    lrText: fmt(LR, 1),
    plateauText: fmt(PLATEAU, 1),
    doneText: fmt(DONE, 2),
    /** Steps after which the loss is still above the plateau level. */
    plateauStepsText: fmtInt(plateauEnd - 1),
    /** The step after which the loss is first below the plateau level, and first below DONE. */
    leaveStepText: fmtInt(plateauEnd),
    doneStepText: fmtInt(done),
  };
});

// ---------------------------------------------------------------------------------------------
// At a critical point of a random function of N variables: how often is the Hessian positive
// definite? Monte Carlo with random symmetric Gaussian matrices, all sizes from one sample.

const MC_TRIALS = 50_000;
const MC_SEED = 2;
const MC_MAX_N = 8;

export interface DefinitenessRow {
  readonly n: number;
  readonly nText: string;
  readonly minimaText: string;
  readonly maximaText: string;
  readonly saddlesText: string;
  /** The share of minima, in percent, three significant digits. */
  readonly minPercentText: string;
  /** ½^N in percent: what independent coin flips for each curvature would give. */
  readonly coinPercentText: string;
  readonly minFraction: number;
}

/** A percentage with three significant digits (at least 0 decimals), or "0" when nothing was seen. */
function percent(p: number): string {
  if (p === 0) return '0';
  const digits = Math.max(0, 2 - Math.floor(Math.log10(100 * p)));
  return fmt(100 * p, digits);
}

const randomHessians = lazy(() => {
  const c = countLeadingDefiniteness(MC_MAX_N, MC_TRIALS, createRng(MC_SEED));
  const rows: DefinitenessRow[] = c.positive.map((pos, i) => {
    const n = i + 1;
    const neg = c.negative[i];
    return {
      n,
      nText: fmtInt(n),
      minimaText: fmtInt(pos),
      maximaText: fmtInt(neg),
      saddlesText: fmtInt(MC_TRIALS - pos - neg),
      minPercentText: percent(pos / MC_TRIALS),
      coinPercentText: percent(0.5 ** n),
      minFraction: pos / MC_TRIALS,
    };
  });
  check(c.positive[0] + c.negative[0] === MC_TRIALS, 'a 1×1 matrix is neither positive nor negative');
  // Exactly (2 − √2)/4 for N = 2: the estimate must be within 5 standard errors of it.
  const exact2 = (2 - Math.SQRT2) / 4;
  check(
    Math.abs(rows[1].minFraction - exact2) < 5 * Math.sqrt((exact2 * (1 - exact2)) / MC_TRIALS),
    `N = 2 estimate ${rows[1].minFraction} is far from (2 − √2)/4`,
  );
  const lastSeen = rows.filter((r) => c.positive[r.n - 1] > 0).pop() as DefinitenessRow;
  const firstNone = rows.find((r) => c.positive[r.n - 1] === 0 && c.negative[r.n - 1] === 0);
  check(firstNone !== undefined, 'every size had a definite sample: raise MC_MAX_N');
  return {
    rows,
    trialsText: fmtInt(MC_TRIALS),
    seedText: fmtInt(MC_SEED),
    maxNText: fmtInt(MC_MAX_N),
    exact2PercentText: percent(exact2),
    lastSeenNText: lastSeen.nText,
    lastSeenCountText: lastSeen.minimaText,
    firstNoneNText: (firstNone as DefinitenessRow).nText,
  };
});

// ---------------------------------------------------------------------------------------------
// What a random slice sees at a saddle: the curvature along a random direction u is
// Σ λᵢ uᵢ² / Σ uᵢ², a weighted average of the eigenvalues. How often is it negative?

const SLICE_SEED = 3;

function negativeCurvatureFraction(dims: number, downward: number, trials: number, seed: number): number {
  const rng = createRng(seed);
  let negative = 0;
  for (let t = 0; t < trials; t++) {
    let c = 0;
    for (let i = 0; i < dims; i++) {
      const u = rng.normal();
      c += (i < downward ? -1 : 1) * u * u;
    }
    if (c < 0) negative++;
  }
  return negative / trials;
}

const saddleSlices = lazy(() => {
  const cases = [
    { dims: 2, downward: 1, trials: 2_000 },
    { dims: 9, downward: 1, trials: 4_000 },
    { dims: 100, downward: 10, trials: 1_000 },
  ].map((c) => {
    const f = negativeCurvatureFraction(c.dims, c.downward, c.trials, SLICE_SEED);
    return {
      dimsText: fmtInt(c.dims),
      downwardText: fmtInt(c.downward),
      trialsText: fmtInt(c.trials),
      fraction: f,
      percentText: percent(f),
      /** "none" when no direction curved down. */
      countText: f === 0 ? 'none' : fmtInt(Math.round(f * c.trials)),
    };
  });
  check(Math.abs(cases[0].fraction - 0.5) < 0.03, 'in 2-D half of all directions should curve down');
  check(cases[1].fraction < cases[0].fraction && cases[2].fraction <= cases[1].fraction, 'downward fraction does not shrink');
  return { two: cases[0], nine: cases[1], hundred: cases[2] };
});

// ---------------------------------------------------------------------------------------------
// Slices through the linear classifier, with the #linslice widget's own defaults (setup.ts) and
// the worker task it runs. The grid of the 2-D slice is not printed, so it is asked for at its
// smallest size; the 1-D slice, the kinks and the centre do not depend on it.

const svm = lazy(() => {
  const data = threeBlobsTrain();
  const classes = data.classes ?? NaN;
  const model = linearModel('svm');
  const weights = model.params.size;
  check(weights === data.d * classes + classes, `classifier has ${weights} weights, not d·K + K`);
  const small = { gridSide: 3 };
  const r = CLASSIFIER_WINDOW;
  const one = runTaskSync('lossSlice', { ...classifierSliceInput(CLASSIFIER_DEFAULTS), ...small });
  check(CLASSIFIER_DEFAULTS.examples === 'one' && CLASSIFIER_DEFAULTS.loss === 'svm', 'the widget no longer opens on one example of the SVM');
  const all = runTaskSync('lossSlice', { ...classifierSliceInput({ ...CLASSIFIER_DEFAULTS, examples: 'all' }), ...small });
  const avg = all.lines[0];
  check(avg.concave.length === 0, 'the average SVM slice is not convex');

  // Kinks example by example, from the same centre, directions and window as the task.
  const theta = randomCentre(weights, CLASSIFIER_CENTRE_SEED);
  const [d1, d2] = linearDirections(CLASSIFIER_DEFAULTS.seed, theta);
  // The prose calls the default line random: it must not run along θ (it did when the centre
  // and the directions were drawn from one stream, and was then the line (1 + a)·θ through 0).
  const cosine = (u: Float64Array, v: Float64Array): number => u.reduce((s, ui, i) => s + ui * v[i], 0) / (vectorNorm(u) * vectorNorm(v));
  check(Math.abs(cosine(theta, d1)) < 0.9 && Math.abs(cosine(theta, d2)) < 0.9, `the default slice runs along the centre: cos(θ, D1) = ${cosine(theta, d1)}`);
  const histogram = new Array<number>(classes).fill(0); // examples with 0, 1, …, K − 1 kinks in view
  let total = 0;
  for (let i = 0; i < data.n; i++) {
    const k = kinksOnLine(hingeCreases(model, data, [i], theta, d1, d2), -r, r).length;
    check(k <= classes - 1, `example ${i} has ${k} kinks, more than K − 1`);
    histogram[k]++;
    total += k;
  }
  check(total === all.kinks.length, `kinks counted per example (${total}) differ from the task's (${all.kinks.length})`);
  const exampleKinks = Array.from(one.kinks);
  check(exampleKinks.length === 2, `the default example has ${exampleKinks.length} kinks in view, the prose says two`);
  // The prose reads its slice from the right: zero past the right kink, a gentle slope to the
  // centre, a steeper one past the left kink (a second margin is violated there).
  const ev = one.lines[0].values;
  const slopeAt = (i: number): number => (ev[i + 1] - ev[i - 1]) / ((4 * r) / (ev.length - 1));
  check(ev[ev.length - 1] === 0 && exampleKinks[1] > 0 && exampleKinks[0] < 0, 'the default example is not zero to the right of its kinks');
  check(Math.abs(slopeAt(1)) > Math.abs(slopeAt((ev.length - 1) / 2)), 'the default example is not steeper past its left kink');

  // Where the average slice is lowest (a sample of the 1-D slice).
  let iMin = 0;
  for (let i = 1; i < avg.values.length; i++) if (avg.values[i] < avg.values[iMin]) iMin = i;
  const aMin = -r + (2 * r * iMin) / (avg.values.length - 1);

  // The challenge: a 10-class SVM. Along a random line, one example's slice has at most K − 1
  // kinks, and (with probability 1) exactly that many on a long enough line.
  const BIG_CLASSES = 10;
  const big = linearSvm({ inputs: 2, classes: BIG_CLASSES });
  const bigRng = createRng(5);
  const bigData = { x: Float64Array.of(bigRng.normal(), bigRng.normal()), y: Float64Array.of(3), n: 1, d: 2, classes: BIG_CLASSES, name: 'one random example' };
  const bt = randomCentre(big.params.size, 6);
  const bd = scaledDirection(bigRng, big.params.size, 1);
  const bigKinks = kinksOnLine(hingeCreases(big, bigData, [0], bt, bd, bd), -1e9, 1e9).length;
  check(bigKinks === BIG_CLASSES - 1, `a ${BIG_CLASSES}-class example has ${bigKinks} kinks on a long line`);

  return {
    nText: fmtInt(data.n),
    featuresText: fmtInt(data.d),
    classesText: fmtInt(classes),
    weightsText: fmtInt(weights),
    maxKinksText: fmtInt(classes - 1),
    hingeTermsText: fmtInt(data.n * (classes - 1)),
    windowText: fmt(r, 0),
    windowLoText: fmt(-r, 0),
    exampleText: fmtInt(CLASSIFIER_DEFAULTS.example),
    exampleLossText: fmt(one.lines[0].centreLoss, 2),
    exampleKink1Text: fmt(exampleKinks[0], 2),
    exampleKink2Text: fmt(exampleKinks[1], 2),
    twoKinksText: fmtInt(histogram[2]),
    oneKinkText: fmtInt(histogram[1]),
    noKinksText: fmtInt(histogram[0]),
    allKinksText: fmtInt(all.kinks.length),
    avgCentreLossText: checkedLike(fmt(avg.centreLoss, 3), significant(avg.centreLoss), 'the average loss at the centre'),
    avgMinAText: fmt(aMin, 2),
    avgMinLossText: fmt(avg.values[iMin], 2),
    bigClassesText: fmtInt(BIG_CLASSES),
    bigMaxKinks: BIG_CLASSES - 1,
    bigMaxKinksText: fmtInt(BIG_CLASSES - 1),
  };
});

// ---------------------------------------------------------------------------------------------
// The small network of the #mlpslice widget: its size only. Its slices need it trained
// (about a second), which the worker does for the widget; the chapter describes them in words,
// and tests/chapters/loss-surfaces.numbers.test.ts checks those words against the task.

const mlpSetup = lazy(() => {
  const sizes = [2, MLP_CONFIG.hidden, 2];
  const net = mlp({ sizes, activation: MLP_CONFIG.activation, loss: 'softmaxCrossEntropy' });
  const params = net.params.size;
  check(params === 2 * MLP_CONFIG.hidden + MLP_CONFIG.hidden + MLP_CONFIG.hidden * 2 + 2, 'MLP parameter count');
  return {
    hiddenText: fmtInt(MLP_CONFIG.hidden),
    pointsText: fmtInt(MLP_CONFIG.data.n),
    paramsText: fmtInt(params),
    stepsText: fmtInt(MLP_CONFIG.steps),
  };
});

// ---------------------------------------------------------------------------------------------
// The exported object: one lazy getter per section

const explorer = lazy(() => ({ surfacesText: fmtInt(SURFACE_NAMES.length) }));

export const ls = {
  get explorer() {
    return explorer();
  },
  get bowl() {
    return bowl();
  },
  get quad() {
    return quad();
  },
  get rosen() {
    return rosen();
  },
  get himmel() {
    return himmel();
  },
  get camel() {
    return camel();
  },
  get beale() {
    return beale();
  },
  get saddles() {
    return saddles();
  },
  get tiny() {
    return tiny();
  },
  get randomHessians() {
    return randomHessians();
  },
  get saddleSlices() {
    return saddleSlices();
  },
  get svm() {
    return svm();
  },
  get mlp() {
    return mlpSetup();
  },
};

export type LossSurfacesNumbers = typeof ls;
