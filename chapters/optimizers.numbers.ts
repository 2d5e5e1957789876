/**
 * Every number chapter 4 ("Optimizers") prints, computed at import time from the widgets'
 * default states with the functions the widgets themselves call (their schemas, their
 * worker-task inputs, the worker's tasks run synchronously, their readouts). The MDX imports
 * `op` and writes `{op.momentum.rateText}`; nothing computed is typed into the prose.
 *
 * Each sentence of the prose that describes what a widget shows at its defaults ("no racer
 * reaches the tolerance", "Newton lands in one step") has a check() here, so a change to a
 * widget's defaults or to the core that falsifies a sentence fails the build.
 */
import { optimalMomentum } from '../src/core';
import { runTaskSync } from '../src/worker/registry';
import type { RacerResult } from '../src/worker/tasks/optimizerRace';
import { defaultState } from '../src/widgets/state/schema';
import { ADAPTIVE_OPTIMIZERS, adaptiveRaceInput, adaptiveSurface, effectiveSteps, firstMoves, OTHER_ADAM } from '../src/widgets/adaptive/adaptiveModel';
import { adaptiveSchema } from '../src/widgets/adaptive/adaptiveSchema';
import { compareInput, compareSchema, COMPARE_LABELS, DATASET_LABELS, type CompareState } from '../src/widgets/compare/compareSchema';
import { bestByValidation, summarizeAll, type OptimizerSummary } from '../src/widgets/compare/summary';
import { explorerReport, stepsPerTenfold } from '../src/widgets/momentum/directionReport';
import { momentumSchema } from '../src/widgets/momentum/momentumSchema';
import { RACE_PRESETS } from '../src/widgets/race/presets';
import { raceInput as raceWidgetInput, SURFACE_META } from '../src/widgets/race/raceProblem';
import { RACER_INFO, raceSchema, type RaceState, type RacerName } from '../src/widgets/race/raceSchema';
import { schedulesRaceInput, lastSpread, SPREAD_WINDOW } from '../src/widgets/schedules/scheduleModel';
import { schedulesSchema } from '../src/widgets/schedules/schedulesSchema';
import { formatBytes, formatDuration, hessianCost } from '../src/widgets/secondorder/hessianCost';
import { raceInput as secondOrderInput } from '../src/widgets/secondorder/racers';
import { secondOrderSchema, type SecondOrderProblem } from '../src/widgets/secondorder/secondOrderSchema';
import { formatNumber as formatWidgetNumber } from '../src/widgets/descent/numberText';
import { formatNumber } from '../src/widgets/surfaces/formatNumber';
import { fmt, fmtInt } from './format';
import { lr } from './linear-regression.numbers';

/** Fails the build if a sentence of the prose no longer describes what the widget shows. */
function check(cond: boolean, what: string): void {
  if (!cond) throw new Error(`optimizers.numbers: ${what}`);
}

// A number the reader also reads off a widget is printed with that widget's own formatter, so
// the prose and the screen show the same digits.

const finalLoss = (r: RacerResult): number => r.losses[r.steps];
const endOf = (r: RacerResult): [number, number] => [r.params[2 * r.steps], r.params[2 * r.steps + 1]];

// ---------------------------------------------------------------------------------------------
// The optimizer race: its default and three of its presets

function runRace(state: RaceState): Map<RacerName, RacerResult> {
  const input = raceWidgetInput(state, [state.x, state.y]);
  if (input === null) throw new Error('optimizers.numbers: the race has no racer switched on');
  const out = runTaskSync('optimizerRace', input);
  return new Map(input.names.map((name, i) => [name, out.racers[i]]));
}

const raceDefault = defaultState(raceSchema);
const presetState = (id: string): RaceState => {
  const preset = RACE_PRESETS.find((p) => p.id === id);
  if (!preset) throw new Error(`optimizers.numbers: no race preset "${id}"`);
  return { ...raceDefault, ...preset.patch };
};
const racer = (runs: Map<RacerName, RacerResult>, name: RacerName): RacerResult => {
  const r = runs.get(name);
  if (!r) throw new Error(`optimizers.numbers: ${name} is not in this race`);
  return r;
};

const race = (() => {
  const runs = runRace(raceDefault);
  const names = [...runs.keys()];
  const arrived = names.filter((n) => racer(runs, n).arrivedAt !== null);
  const closest = names.reduce((a, b) => (finalLoss(racer(runs, b)) < finalLoss(racer(runs, a)) ? b : a));
  check(raceDefault.surface === 'rosenbrock', 'the race opens on Rosenbrock’s valley');
  check(arrived.length === 0, `no racer reaches the tolerance at the race's defaults (${arrived.join(', ')} did)`);
  check(closest === 'momentum', `momentum ends lowest at the race's defaults (${closest} does)`);
  check(finalLoss(racer(runs, 'sgd')) > 100 * finalLoss(racer(runs, 'momentum')), 'SGD ends far above momentum at the defaults');
  return {
    racersText: names.map((n) => RACER_INFO[n].label).join(', ').replace(/, ([^,]*)$/, ' and $1'),
    stepsText: fmtInt(raceDefault.steps),
    toleranceText: String(SURFACE_META.rosenbrock.tolerance),
    momentumLossText: formatNumber(finalLoss(racer(runs, 'momentum')), 3),
    sgdLossText: formatNumber(finalLoss(racer(runs, 'sgd')), 3),
  };
})();

const valley = (() => {
  const s = presetState('valley');
  const runs = runRace(s);
  const at = (n: RacerName): number => {
    const t = racer(runs, n).arrivedAt;
    if (t === null) throw new Error(`optimizers.numbers: ${n} does not arrive in the valley preset`);
    return t;
  };
  const sgd = at('sgd'), momentum = at('momentum'), nesterov = at('nesterov');
  check(nesterov < momentum && momentum < sgd, `in the valley Nesterov arrives first, then momentum, then SGD (${nesterov}, ${momentum}, ${sgd})`);
  check(s.sgd_lr < 2 / s.kappa && s.sgd_lr > 0.9 * (2 / s.kappa), 'the valley preset’s SGD rate is just under its limit 2/λmax');
  return {
    kappaText: fmtInt(s.kappa),
    sgdLimitText: fmt(2 / s.kappa, 2),
    sgdArrives: sgd,
    sgdText: fmtInt(sgd),
    momentumText: fmtInt(momentum),
    nesterovArrives: nesterov,
    nesterovText: fmtInt(nesterov),
  };
})();

const saddle = (() => {
  const s = presetState('saddle');
  const runs = runRace(s);
  const off = (n: RacerName): number => Math.abs(endOf(racer(runs, n))[1]);
  const newtonEnd = endOf(racer(runs, 'newton'));
  check(newtonEnd[0] === 0 && newtonEnd[1] === 0, `Newton ends exactly on the saddle point (${newtonEnd.join(', ')})`);
  check(off('momentum') > 1e3 * off('sgd'), 'momentum leaves the saddle much farther than SGD');
  check(off('sgd') < 0.1, 'SGD has barely left the saddle at the end');
  const names = [...runs.keys()];
  return {
    stepsText: fmtInt(s.steps),
    startYText: String(s.y),
    sgdLossText: formatNumber(finalLoss(racer(runs, 'sgd')), 3),
    momentumLossText: formatNumber(finalLoss(racer(runs, 'momentum')), 3),
    choices: names.map((n) => RACER_INFO[n].label),
    stays: RACER_INFO.newton.label,
  };
})();

const beale = (() => {
  const runs = runRace(presetState('beale'));
  const lbfgs = racer(runs, 'lbfgs').arrivedAt;
  check(racer(runs, 'sgd').arrivedAt === null, 'SGD does not reach the tolerance on Beale’s function');
  check(lbfgs !== null && [...runs.values()].every((r) => r === racer(runs, 'lbfgs') || r.arrivedAt === null || r.arrivedAt > (lbfgs ?? 0)), 'L-BFGS arrives first on Beale’s function');
  return { lbfgsText: fmtInt(lbfgs ?? 0) };
})();

// ---------------------------------------------------------------------------------------------
// The momentum explorer

const momentum = (() => {
  const s = defaultState(momentumSchema);
  const r = explorerReport(s.kappa, s.lr, s.beta);
  check(r.directions.every((d) => d.regime === 'underdamped'), 'both directions are underdamped at the explorer’s defaults');
  check(Math.abs(r.rate - Math.sqrt(s.beta)) < 1e-12, 'underdamped, the rate is √β');
  check(r.stepsPerTenfold > r.gradientDescent.stepsPerTenfold, 'the default momentum is slower than gradient descent at its best α');
  const k100 = optimalMomentum(1, 100);
  const tenfold100M = stepsPerTenfold(k100.rate), tenfold100G = stepsPerTenfold(k100.gradientDescentRate);
  // Challenge: the stability limit α < 2(1 + β)/λmax with β = 0.5, λmax = 10.
  const limitBeta = 0.5, limitLambda = 10;
  // Challenge: Polyak's pair for curvatures 1 and 49 is α* = (2/8)² = 1/16, β* = (6/8)² = 9/16.
  const pair = optimalMomentum(1, 49);
  check(Math.abs(pair.alpha - 1 / 16) < 1e-15 && Math.abs(pair.beta - 9 / 16) < 1e-15, 'α*, β* for curvatures 1 and 49');
  return {
    kappaText: fmtInt(s.kappa),
    alphaText: String(s.lr),
    betaText: String(s.beta),
    rateText: fmt(r.rate, 3),
    tenfold: r.stepsPerTenfold,
    tenfoldText: fmt(r.stepsPerTenfold, 1),
    // The challenge's answer from ρ as the explorer prints it (three decimals).
    tenfoldRoundedText: fmt(stepsPerTenfold(Number(fmt(r.rate, 3))), 1),
    bestAlphaText: fmt(r.optimal.alpha, 3),
    bestBetaText: fmt(r.optimal.beta, 3),
    bestRateText: fmt(r.optimal.rate, 3),
    bestTenfoldText: fmt(r.optimal.stepsPerTenfold, 2),
    gdTenfoldText: fmt(r.gradientDescent.stepsPerTenfold, 1),
    kappa100Text: '100',
    tenfold100MomentumText: fmt(tenfold100M, 1),
    tenfold100GdText: fmt(tenfold100G, 0),
    limitBetaText: String(limitBeta),
    limitLambdaText: String(limitLambda),
    limitAlpha: (2 * (1 + limitBeta)) / limitLambda,
    limitAlphaText: fmt((2 * (1 + limitBeta)) / limitLambda, 2),
    pairBeta: pair.beta,
    pairAlphaText: fmt(pair.alpha, 4),
    pairBetaText: fmt(pair.beta, 4),
    pairRateText: fmt(pair.rate, 2),
    pairGdRateText: fmt(pair.gradientDescentRate, 2),
    limitWithoutText: fmt(2 / limitLambda, 1),
  };
})();

// ---------------------------------------------------------------------------------------------
// Adaptive rates

const adaptive = (() => {
  const s = defaultState(adaptiveSchema);
  const out = runTaskSync('optimizerRace', adaptiveRaceInput(s));
  const surface = adaptiveSurface(s.kappa);
  const index = (n: (typeof ADAPTIVE_OPTIMIZERS)[number]): number => ADAPTIVE_OPTIMIZERS.indexOf(n);
  const lastRatio = (i: number): number => {
    const e = effectiveSteps(surface, out.racers[i].params);
    const t = e.x.length - 1;
    return e.x[t] / e.y[t];
  };
  const rms = lastRatio(index('rmsprop')), ada = lastRatio(index('adagrad'));
  check(rms > 1 && ada > 1, 'the adaptive methods give the flat axis the larger rate');
  const sgd = lastRatio(index('sgd'));
  check(Math.abs(sgd - 1) < 1e-9, 'SGD’s rate is the same along both axes');
  // Adam's first step, with and without the bias correction (the widget runs both).
  check(s.bias, 'the widget opens with the bias correction on');
  const firstOn = firstMoves(out.racers[index('adam')].params, 1).x[0] / s.adamLr;
  const firstOff = firstMoves(out.racers[OTHER_ADAM].params, 1).x[0] / s.adamLr;
  const b1 = 0.9, b2 = 0.999;
  check(Math.abs(firstOn - 1) < 1e-6, `with the correction Adam's first step is α (${firstOn}α)`);
  check(Math.abs(firstOff - (1 - b1) / Math.sqrt(1 - b2)) < 1e-6, `without it, (1 − β₁)/√(1 − β₂)·α (${firstOff}α)`);
  return {
    kappaText: fmtInt(s.kappa),
    stepsText: fmtInt(s.steps),
    rmspropRatioText: fmtInt(Math.round(rms)),
    adagradRatioText: fmtInt(Math.round(ada)),
    firstOff,
    firstOffText: fmt(firstOff, 2),
  };
})();

// ---------------------------------------------------------------------------------------------
// Schedules

const schedules = (() => {
  const s = defaultState(schedulesSchema);
  const out = runTaskSync('optimizerRace', schedulesRaceInput(s));
  const [scheduled, constant] = out.racers.map((r) => lastSpread(r.params));
  if (!scheduled || !constant) throw new Error('optimizers.numbers: a schedules run diverged at the defaults');
  const tighter = constant.rms / scheduled.rms;
  check(tighter > 5, `the schedule's last iterates are much tighter (${tighter}×)`);
  check(s.kind === 'step', 'the schedules widget opens on step decay');
  return {
    windowText: fmtInt(SPREAD_WINDOW),
    tighterText: fmtInt(Math.round(tighter)),
    lrText: String(s.lr),
    batchText: fmtInt(s.batch),
    everyText: fmtInt(s.every),
    factorText: String(s.factor),
  };
})();

// ---------------------------------------------------------------------------------------------
// Second order

const second = (() => {
  const s = defaultState(secondOrderSchema);
  const run = (problem: SecondOrderProblem) => runTaskSync('optimizerRace', secondOrderInput({ ...s, problem })).racers;
  const [, quadNewton] = run('quadratic');
  check(quadNewton.arrivedAt === 1, `Newton lands on the quadratic's minimum in one step (${quadNewton.arrivedAt})`);
  check(s.problem === 'rosenbrock', 'the second-order widget opens on Rosenbrock');
  const [gd, newton, damped, lbfgs] = run('rosenbrock');
  check(newton.arrivedAt !== null && lbfgs.arrivedAt !== null && newton.arrivedAt < lbfgs.arrivedAt, 'on Rosenbrock Newton arrives, then L-BFGS');
  check(gd.arrivedAt === null && damped.arrivedAt === null, 'gradient descent and the heavily damped Newton do not arrive on Rosenbrock');
  const gdLoss = finalLoss(gd);
  check(gdLoss > 1, `gradient descent ends far above Rosenbrock's minimum 0 (${gdLoss})`);
  const [, saddleNewton] = run('saddle');
  const saddleEnd = endOf(saddleNewton);
  check(saddleEnd[0] === 0 && saddleEnd[1] === 0, 'Newton ends on the saddle point');
  check(s.weights === lr.mnist.total, `the calculator opens on the digit network of chapter 1 (${s.weights} ≠ ${lr.mnist.total})`);
  const digit = hessianCost(s.weights, s.history);
  const million = hessianCost(1e6, s.history);
  const challenge = hessianCost(1e5, s.history);
  return {
    stepsText: fmtInt(s.steps),
    newtonStepsText: fmtInt(newton.arrivedAt ?? 0),
    lbfgsStepsText: fmtInt(lbfgs.arrivedAt ?? 0),
    lbfgsGradientsText: fmtInt(lbfgs.evaluations?.gradients ?? 0),
    gdLossText: formatWidgetNumber(gdLoss),
    ridgeText: fmtInt(s.ridge),
    digitWeightsText: fmtInt(s.weights),
    digitEntriesText: `${fmt(digit.hessianEntries / 1e6, 0)} million`,
    digitBytesText: formatBytes(digit.hessianBytes),
    millionBytesText: formatBytes(million.hessianBytes),
    millionSolveText: formatDuration(million.solveSeconds),
    lbfgsBytesText: formatBytes(million.lbfgsBytes),
    historyText: fmtInt(s.history),
    challengeGigabytes: challenge.hessianBytes / 1e9,
    challengeBytesText: formatBytes(challenge.hessianBytes),
    challengeLbfgsText: formatBytes(challenge.lbfgsBytes),
  };
})();

// ---------------------------------------------------------------------------------------------
// Which optimizer?

const compare = (() => {
  const s = defaultState(compareSchema);
  const summaries = (dataset: CompareState['dataset']) => {
    const job = compareInput({ ...s, dataset });
    if (job === null) throw new Error('optimizers.numbers: "Which optimizer?" has nothing selected by default');
    const out = runTaskSync('optimizerComparison', job.input);
    return summarizeAll(job.names, out.runs);
  };
  const moons = summaries(s.dataset);
  check(s.dataset === 'moons', '"Which optimizer?" opens on the two moons');
  check(moons.every((x) => x.diverged === 0 && x.validation !== null), 'no run diverges in "Which optimizer?" at its defaults');
  const median = (x: OptimizerSummary): number => x.validation?.median ?? NaN;
  const best = bestByValidation(moons);
  if (best === null) throw new Error('optimizers.numbers: no optimizer finished in "Which optimizer?"');
  // "Tied": a median within 5 % of the best one, closer than the seeds' own spread.
  const tied = moons.filter((x) => median(x) <= 1.05 * median(best));
  check(tied.length >= 3, `at least three optimizers tie on the moons (${tied.map((x) => x.name).join(', ')})`);
  const widest = moons.reduce((a, b) => ((b.validation?.max ?? 0) / (b.validation?.min ?? 1) > (a.validation?.max ?? 0) / (a.validation?.min ?? 1) ? b : a));
  const widestRatio = (widest.validation?.max ?? NaN) / (widest.validation?.min ?? NaN);
  check(widestRatio > 5, `one optimizer's seeds differ by a large factor on the moons (${widestRatio})`);
  const sgd = moons.find((x) => x.name === 'sgd');
  check(sgd !== undefined && moons.every((x) => x === sgd || median(x) < median(sgd)), 'SGD has the highest median on the moons');
  const spirals = summaries('spirals');
  check(spirals.every((x) => Math.abs(median(x) - Math.LN2) < 0.02), 'on the spirals every optimizer ends near ln 2, the loss of a coin toss');
  const names = (xs: readonly OptimizerSummary[]) => xs.map((x) => COMPARE_LABELS[x.name]).join(', ').replace(/, ([^,]*)$/, ' and $1');
  return {
    datasetText: DATASET_LABELS[s.dataset].toLowerCase(),
    seedsText: fmtInt(s.seeds),
    stepsText: fmtInt(s.steps),
    tiedText: names(tied),
    widestText: COMPARE_LABELS[widest.name],
    widestRatioText: fmtInt(Math.round(widestRatio)),
    ln2Text: fmt(Math.LN2, 3),
  };
})();

export const op = { race, valley, saddle, beale, momentum, adaptive, schedules, second, compare };
