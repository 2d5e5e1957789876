/**
 * Every number chapter 6 ("Backpropagation") prints, computed at import time from the widgets'
 * default states with the functions the widgets themselves call (their models, the worker's
 * tasks run synchronously, their readouts). The MDX imports `bp` and writes
 * `{bp.softmax.lossText}`; nothing computed is typed into the prose. Each sentence that
 * describes what a widget shows at its defaults has a check() here, so a change to a widget or
 * to the core that falsifies it fails the build.
 */
import { defaultState } from '../src/widgets/state/schema';
import { traceGraph, type GraphTrace } from '../src/widgets/graph/graphModel';
import { PRESETS } from '../src/widgets/graph/graphPresets';
import { num as graphNum, relativeErrorText } from '../src/widgets/graph/graphRules';
import { graphSchema } from '../src/widgets/graph/graphSchema';
import { DIGIT_NETWORK, gradientCost } from '../src/widgets/cost/costModel';
import { costSchema, shapeOf } from '../src/widgets/cost/costSchema';
import { countText, RATE, timeText } from '../src/widgets/cost/costText';
import { softmaxTable } from '../src/widgets/softmax/softmaxModel';
import { softmaxSchema, type SoftmaxState } from '../src/widgets/softmax/softmaxSchema';
import { num as softNum, signed } from '../src/widgets/softmax/softmaxText';
import { xorNumbers } from '../src/widgets/xor/xorNumbers';
import { activationsNumbers } from '../src/widgets/activations/activationsNumbers';
import type { ActivationsState } from '../src/widgets/activations/activationsSchema';
import { num as actNum, percent } from '../src/widgets/activations/activationsText';
import { perLayerFactor } from '../src/widgets/activations/activationsModel';
import { dataOf, setupOf } from '../src/widgets/playground/playgroundConfig';
import { playgroundSchema, type PlaygroundState } from '../src/widgets/playground/playgroundSchema';
import { percentText as pgPercent, lossText as pgLoss } from '../src/widgets/playground/playgroundText';
import { baselineLoss, detectFailure } from '../src/widgets/playground/failure';
import { runTaskSync } from '../src/worker/registry';
import { fmt, fmtInt } from './format';

/** Fails the build if a sentence of the prose no longer describes what the widget shows. */
function check(cond: boolean, what: string): void {
  if (!cond) throw new Error(`backpropagation.numbers: ${what}`);
}

// ---------------------------------------------------------------------------------------------
// XOR: one neuron against a two-layer network

/** Seeds surveyed for how often a run stalls. */
const SURVEY_SEEDS = 40;

const xor = (() => {
  const x = xorNumbers();
  check(x.neuron.best === 3, 'no line gets more than 3 of the 4 XOR points right');
  check(x.neuron.right === 3, 'the default line gets 3 of 4 right');
  check(x.run.outcome === 'solved' && x.run.finalRight === 4 && x.run.allRightStep !== null, 'the default network run solves XOR');
  check(x.run.finalLoss < 0.05 * x.run.initialLoss, 'the default run ends with a loss far below where it started');
  // What a reader meets pressing "New initial weights" from the default seed: the first run that
  // stalls with a point on the wrong side, and the first that stalls with two points at ½.
  const after = (test: (n: ReturnType<typeof xorNumbers>) => boolean) => {
    for (let seed = x.state.seed + 1; seed < x.state.seed + SURVEY_SEEDS; seed++) {
      const n = xorNumbers({ ...x.state, seed });
      if (test(n)) return n;
    }
    throw new Error('backpropagation.numbers: no such XOR seed in the survey');
  };
  const oneWrong = after((n) => n.run.outcome === 'stuck' && n.run.finalRight === 3);
  const halfHalf = after((n) => n.run.outcome === 'stuck' && n.run.finalRight === 2);
  check(Math.abs(halfHalf.run.finalLoss - Math.LN2 / 2) < 0.02, 'a run with two points at ½ stalls near ½ ln 2');
  const stalls = (hidden: number) => Array.from({ length: SURVEY_SEEDS }, (_, seed) => xorNumbers({ ...x.state, seed, hidden })).filter((n) => n.run.outcome === 'stuck');
  const stall2 = stalls(2), stall3 = stalls(3);
  check(stall2.filter((n) => n.run.finalRight === 2).length > stall2.length / 2, 'most stalled two-unit runs leave two points at ½');
  check(stall3.length < stall2.length / 4, 'three hidden units stall far less often than two');
  return {
    hiddenText: fmtInt(x.state.hidden),
    lrText: fmt(x.state.lr, 0),
    neuronLossText: x.neuron.lossText,
    stepsText: fmtInt(x.run.steps),
    allRightStepText: fmtInt(x.run.allRightStep ?? 0),
    initialLossText: fmt(x.run.initialLoss, 3),
    finalLossText: x.run.finalLossText,
    ln2Text: fmt(Math.LN2, 3),
    oneWrongSeedText: fmtInt(oneWrong.state.seed),
    halfSeedText: fmtInt(halfHalf.state.seed),
    halfLossText: halfHalf.run.finalLossText,
    surveyText: fmtInt(SURVEY_SEEDS),
    stall2Text: fmtInt(stall2.length),
    stall3Text: fmtInt(stall3.length),
  };
})();

// ---------------------------------------------------------------------------------------------
// The graph stepper: the presets' numbers, as the widget computes and prints them

function traced(preset: keyof typeof PRESETS): GraphTrace {
  const r = traceGraph(PRESETS[preset].text, PRESETS[preset].values);
  if (!r.ok) throw new Error(`backpropagation.numbers: preset ${preset}: ${r.error}`);
  return r.trace;
}
const gradOf = (t: GraphTrace, name: string): number => {
  const c = t.checks.find((k) => k.name === name);
  if (!c) throw new Error(`backpropagation.numbers: no variable ${name}`);
  return c.backprop;
};
/** What the rule of node `name` sent to node `to` (its gradient after the rule minus before). */
function sent(t: GraphTrace, name: string, to: string): number {
  const at = t.nodes.findIndex((n) => n.name === name), target = t.nodes.findIndex((n) => n.name === to);
  const k = t.frames.findIndex((f) => f.node === at);
  return (t.frames[k].grads[target] ?? 0) - (k > 0 ? t.frames[k - 1].grads[target] ?? 0 : 0);
}

const graph = (() => {
  const s = defaultState(graphSchema);
  check(s.graph === 'product' && s.step === 0, 'the stepper opens on x·y + z with nothing computed');
  const product = traced('product');
  const [x, y, z] = PRESETS.product.values;
  check(gradOf(product, 'x') === y && gradOf(product, 'y') === x && gradOf(product, 'z') === 1, 'x·y + z: multiply swaps, add hands on 1');
  const gates = traced('gates');
  const [gx, gy, gz, gw] = PRESETS.gates.values;
  check(gz > gw && gradOf(gates, 'w') === 0 && gradOf(gates, 'z') === 2, 'max routes the gradient 2 to z and nothing to w');
  const neuron = traced('neuron');
  const sig = neuron.output;
  const network = traced('network');
  const viaFirst = sent(network, 'n1', 'x'), viaSecond = sent(network, 'n5', 'x');
  check(viaFirst !== 0 && viaSecond !== 0 && Math.abs(viaFirst + viaSecond - gradOf(network, 'x')) < 1e-12, 'x, used twice, gets the sum of two nonzero shares');
  check(network.checks.every((c) => c.relativeError < 1e-7), 'every preset gradient agrees with central differences');
  return {
    product: {
      xText: graphNum(x), yText: graphNum(y), zText: graphNum(z),
      fText: graphNum(product.output), stepsText: fmtInt(product.nodes.length + product.frames.length),
      nodesText: fmtInt(product.nodes.length),
    },
    gates: {
      xText: graphNum(gx), yText: graphNum(gy), zText: graphNum(gz), wText: graphNum(gw),
      fText: graphNum(gates.output), dxText: graphNum(gradOf(gates, 'x')), dyText: graphNum(gradOf(gates, 'y')),
      dzText: graphNum(gradOf(gates, 'z')),
    },
    neuron: {
      valuesText: PRESETS.neuron.values.map(graphNum),
      sumText: graphNum(PRESETS.neuron.values[0] * PRESETS.neuron.values[1] + PRESETS.neuron.values[2] * PRESETS.neuron.values[3] + PRESETS.neuron.values[4]),
      outText: graphNum(sig), slopeText: graphNum(sig * (1 - sig)),
      dw0Text: graphNum(gradOf(neuron, 'w0')), dx0Text: graphNum(gradOf(neuron, 'x0')),
    },
    network: {
      lossText: graphNum(network.output), nodesText: fmtInt(network.nodes.length),
      viaFirstText: graphNum(viaFirst), viaSecondText: graphNum(viaSecond), dx: gradOf(network, 'x'), dxText: graphNum(gradOf(network, 'x')),
      errorText: relativeErrorText(network.checks.find((c) => c.name === 'x')?.relativeError ?? NaN),
    },
  };
})();

// ---------------------------------------------------------------------------------------------
// What a gradient costs: the digit network

const cost = (() => {
  const s = defaultState(costSchema);
  const c = gradientCost(shapeOf(s));
  check(c.parameters === 11935 && shapeOf(s).inputs === DIGIT_NETWORK.inputs && s.width === DIGIT_NETWORK.hidden[0], 'the default is the 784–15–10 digit network with 11,935 parameters');
  check(c.backprop / c.forward < 3, 'backprop costs under three forward passes');
  const wide = gradientCost({ ...DIGIT_NETWORK, hidden: [100] });
  return {
    parametersText: fmtInt(c.parameters),
    forwardText: fmtInt(c.forward),
    backpropText: fmtInt(c.backprop),
    passesText: fmt(c.backprop / c.forward, 1),
    numericalText: countText(c.numerical),
    forwardPassesText: fmtInt(2 * c.parameters),
    ratio: Math.round(c.ratio),
    ratioText: countText(c.ratio),
    backpropTimeText: timeText(c.backprop),
    numericalTimeText: timeText(c.numerical),
    rateText: fmtInt(RATE),
    wideRatio: Math.round(wide.ratio),
    wideRatioText: countText(wide.ratio),
    wideParametersText: fmtInt(wide.parameters),
  };
})();

// ---------------------------------------------------------------------------------------------
// Softmax and cross-entropy, and the multiclass SVM, on the widget's scores

const softmax = (() => {
  const s = defaultState(softmaxSchema);
  const t = softmaxTable(s);
  check(s.loss === 'softmax' && t.names[t.truth] === 'cat' && t.scores.join() === '6.5,2,3.3', 'the default scores are cat 6.5, dog 2, lion 3.3 with cat true');
  check(Math.abs(t.loss + Math.log(t.trueProb)) < 1e-12, 'the loss is −ln of the true class\'s probability');
  const log10Loss = -Math.log10(t.trueProb);
  check(softNum(log10Loss) !== softNum(t.loss), 'base-10 and natural logs print differently');
  const other: SoftmaxState = { ...s, scores: [3.3, -1.5, 4.3] };
  const o = softmaxTable(other);
  const svm = softmaxTable({ ...s, loss: 'svm' });
  const svmLion = softmaxTable({ ...s, loss: 'svm', truth: 'lion' });
  check(svm.loss === 0 && svm.grads.every((g) => g === 0), 'the SVM is satisfied at the default: loss 0, no gradient');
  check(svmLion.violators === 1, 'with lion true, one wrong class (cat) violates the margin');
  return {
    scoresText: t.scores.map((v) => fmt(v, 1)),
    expsText: t.exps.map(softNum),
    sumText: softNum(t.exps.reduce((a, b) => a + b, 0)),
    probsText: t.probs.map(softNum),
    trueProbText: fmt(t.trueProb, 4),
    lossText: softNum(t.loss),
    log10LossText: softNum(log10Loss),
    gradsText: t.grads.map(signed),
    otherScoresText: other.scores.map((v) => fmt(v, 1)),
    otherProbText: softNum(o.trueProb),
    otherLoss: o.loss,
    otherLossText: softNum(o.loss),
    otherLog10Text: fmt(-Math.log10(o.trueProb), 2),
    svmLionLossText: softNum(svmLion.loss),
    svmLionGradsText: svmLion.grads.map(signed),
    uniformText: fmt(Math.log(3), 3),
  };
})();

// ---------------------------------------------------------------------------------------------
// Activations and initialization: one forward and one backward pass through ten layers

const act = (() => {
  const d = activationsNumbers();
  const at = (fn: ActivationsState['fn'], init: ActivationsState['init'], bn = false) => activationsNumbers({ ...d.state, fn, init, bn });
  const L = d.stats.layers;
  const down = (n: ReturnType<typeof activationsNumbers>) => perLayerFactor(n.lastGradStd, n.firstGradStd, L - 1);
  const across = (n: ReturnType<typeof activationsNumbers>) => perLayerFactor(n.firstActStd, n.lastActStd, L - 1);
  check(d.state.fn === 'tanh' && d.state.init === 'small' && !d.state.bn, 'the default is tanh with std 0.01, no batch norm');
  check(d.activationTrend === 'vanished' && d.gradientTrend === 'vanished', 'at the default, activations and gradients vanish');
  check(Math.abs(d.sigmoidMaxSlope - 0.25) < 1e-12 && Math.abs(d.tanhMaxSlope - 1) < 1e-12, 'σ′ peaks at 1/4, tanh′ at 1');
  const large = at('tanh', 'large');
  check(large.activationTrend === 'saturated' && large.gradientTrend === 'exploded', 'std 1 with tanh saturates the units and the gradient grows on its way down');
  const xavier = at('tanh', 'xavier');
  check(xavier.activationTrend === 'healthy' && xavier.gradientTrend === 'healthy', 'Xavier with tanh keeps both healthy');
  const sigXavier = at('sigmoid', 'xavier');
  check(sigXavier.gradientTrend === 'vanished' && down(sigXavier) < 0.3, 'the sigmoid loses the gradient about ×1/4 per layer even with Xavier');
  const reluXavier = at('relu', 'xavier');
  check(reluXavier.activationTrend === 'shrinking', 'Xavier with ReLU lets the activations shrink');
  const reluHe = at('relu', 'he');
  check(reluHe.activationTrend === 'healthy' && reluHe.gradientTrend === 'healthy', 'He with ReLU keeps both healthy');
  const zeros = at('tanh', 'zeros');
  check(zeros.activationTrend === 'copies' && zeros.gradientTrend === 'copies', 'zeros make every unit a copy, and no gradient reaches the lower layers');
  const bnSmall = at('tanh', 'small', true), bnLarge = at('tanh', 'large', true);
  check(bnSmall.activationTrend === 'healthy' && bnSmall.gradientTrend === 'healthy' && bnLarge.activationTrend === 'healthy', 'batch norm rescues both bad scales');
  check(Math.abs(across(d) - 0.01 * Math.sqrt(d.state.width)) < 0.01, 'the default shrinks the spread by about 0.01·√width per layer');
  const quarter = 0.25 ** L;
  return {
    layersText: fmtInt(L),
    widthText: fmtInt(d.state.width),
    smallFactorText: fmt(0.01 * Math.sqrt(d.state.width), 2, { trim: true }),
    sqrtWidthText: fmt(Math.sqrt(d.state.width), 1, { trim: true }),
    firstActText: actNum(d.firstActStd),
    lastActText: actNum(d.lastActStd),
    factorText: actNum(across(d)),
    firstGradText: actNum(d.firstGradStd),
    largeSaturatedText: percent(large.saturatedShare),
    largeFirstGradText: actNum(large.firstGradStd),
    xavierLastActText: actNum(xavier.lastActStd),
    xavierFirstGradText: actNum(xavier.firstGradStd),
    sigmoidFactorText: actNum(down(sigXavier)),
    sigmoidFirstGradText: actNum(sigXavier.firstGradStd),
    reluXavierFactorText: actNum(across(reluXavier)),
    reluHeLastActText: actNum(reluHe.lastActStd),
    reluHeFirstGradText: actNum(reluHe.firstGradStd),
    bnLastActText: actNum(bnSmall.lastActStd),
    quarterText: actNum(quarter),
    largeGrowthText: actNum(down(large)),
    xavierFirstActText: actNum(xavier.firstActStd),
  };
})();

// ---------------------------------------------------------------------------------------------
// The network playground: a few runs a reader can repeat, from the defaults

const playground = (() => {
  const d = defaultState(playgroundSchema);
  const run = (s: PlaygroundState, steps: number) => {
    const data = dataOf(s);
    const out = runTaskSync('playgroundTrain', { ...setupOf(s, data, []), start: null, steps, recordEvery: Math.max(1, Math.floor(steps / 40)) });
    return { out, data };
  };
  check(d.dataset === 'circles' && d.widths.join() === '4,4' && d.act1 === 'tanh' && d.optimizer === 'adam', 'the playground opens on circles, two tanh layers of 4, Adam');
  const SHORT = 1000, LONG = 5000;
  const circles = run(d, SHORT).out;
  check(circles.testAccuracy === 1, 'the default network classifies every test point of the circles after 1,000 steps');
  const linear = run({ ...d, widths: [] }, SHORT).out;
  const squares = run({ ...d, widths: [], fx1sq: true, fx2sq: true }, SHORT).out;
  check(linear.testAccuracy < 0.6 && squares.testAccuracy === 1, 'no hidden layer fails on circles with x₁, x₂ and succeeds with their squares added');
  const spirals = run({ ...d, dataset: 'spirals' }, LONG).out;
  const sines = run({ ...d, dataset: 'spirals', widths: [8, 8], fsinx1: true, fsinx2: true }, LONG).out;
  check(spirals.testAccuracy < 0.85 && sines.testAccuracy > spirals.testAccuracy + 0.1, 'on spirals, two layers of 8 with sin features beat the default network by a wide margin');
  const wild = { ...d, optimizer: 'sgd' as const, lr: 10, act1: 'relu' as const, act2: 'relu' as const };
  const bad = run(wild, SHORT);
  const failure = detectFailure({ steps: Array.from(bad.out.lossSteps), train: Array.from(bad.out.trainLoss), test: Array.from(bad.out.testLoss) }, baselineLoss(bad.data.train.y, bad.data.classes, bad.data.regression));
  const dead = Array.from(bad.out.deadUnits).reduce((a: number, b: number) => a + b, 0);
  check(failure !== null && bad.out.divergence === null && dead > 0, 'SGD at 10 with ReLU ends worse than it began, without blowing up, with dead units');
  return {
    shortText: fmtInt(SHORT), longText: fmtInt(LONG),
    circlesTestText: pgPercent(circles.testAccuracy),
    linearTestText: pgPercent(linear.testAccuracy),
    squaresTestText: pgPercent(squares.testAccuracy),
    spiralsTestText: pgPercent(spirals.testAccuracy),
    sinesTestText: pgPercent(sines.testAccuracy),
    wildFromText: pgLoss(bad.out.trainLoss[0]),
    wildToText: pgLoss(bad.out.trainLoss[bad.out.trainLoss.length - 1]),
    wildDeadText: fmtInt(dead),
    hiddenUnitsText: fmtInt(d.widths.reduce((a, b) => a + b, 0)),
  };
})();

export const bp = { xor, graph, cost, softmax, act, playground };
