/**
 * Every number chapter 5 ("Generalization and regularization") prints, computed at import time
 * from the widgets' default states with the functions the widgets themselves call (their
 * schemas, their models, the worker's tasks run synchronously, their readouts). The MDX
 * imports `gen` and writes `{gen.overfit.bestDegreeText}`; nothing computed is typed into the
 * prose. Each sentence that describes what a widget shows at its defaults has a check() here,
 * so a change to a widget's defaults or to the core that falsifies it fails the build.
 */
import { softmaxCrossEntropy, softThreshold, tensor } from '../src/core';
import { runTaskSync } from '../src/worker/registry';
import { MIN_IMPROVEMENT } from '../src/worker/tasks/earlyStopping';
import { defaultState } from '../src/widgets/state/schema';
import { bestDegree, capacityCurve, earlyStoppingInput, EARLY_STOPPING_EPOCHS, MAX_DEGREE, SAMPLE_NOISE, SAMPLE_SIZE, splitPoints } from '../src/widgets/overfit/overfitModel';
import { overfitSchema } from '../src/widgets/overfit/overfitSchema';
import { errorText } from '../src/widgets/overfit/overfitText';
import { COEFFICIENT_DEGREE, penaltyReport } from '../src/widgets/penalty/penaltyModel';
import { penaltySchema } from '../src/widgets/penalty/penaltySchema';
import { fmt as penaltyFmt, pointText } from '../src/widgets/penalty/penaltyText';
import { classifierInput, NETWORK_WIDTH } from '../src/widgets/dropout/dropoutModel';
import { dropoutSchema } from '../src/widgets/dropout/dropoutSchema';
import { finalTrainLoss, finalValidationLoss, gapOf, lossText, percentText } from '../src/widgets/dropout/dropoutText';
import { bootstrapRows, classifierData } from '../src/worker/tasks/classifierRuns';
import { anyKErrors, ensembleInput, ensembleScores, memberScores } from '../src/widgets/ensemble/ensembleModel';
import { ENSEMBLE_SIZE, ensembleSchema } from '../src/widgets/ensemble/ensembleSchema';
import { crossValidate, cvData } from '../src/widgets/cv/cvModel';
import { cvSchema } from '../src/widgets/cv/cvSchema';
import { SEARCH_DEGREE } from '../src/widgets/search/searchModel';
import { searchOutcome } from '../src/widgets/search/searchOutcome';
import { lossText as searchLossText, powerText } from '../src/widgets/search/searchText';
import { babysitNumbers } from '../src/widgets/babysit/babysitNumbers';
import { lossText as babysitLossText, percentText as babysitPercentText, ratioText } from '../src/widgets/babysit/babysitText';
import { fmt, fmtInt } from './format';

/** Fails the build if a sentence of the prose no longer describes what the widget shows. */
function check(cond: boolean, what: string): void {
  if (!cond) throw new Error(`generalization.numbers: ${what}`);
}

// ---------------------------------------------------------------------------------------------
// Overfitting: the default sample, split, degree, and the early-stopping runs

const overfit = (() => {
  const s = defaultState(overfitSchema);
  const split = splitPoints(s.points, s.train, s.split);
  const curve = capacityCurve(split, true);
  const best = bestDegree(curve);
  const at = curve[s.degree], top = curve[MAX_DEGREE];
  const fresh = (d: number): number => curve[d].fresh ?? NaN;
  const stop = (degree: number) => runTaskSync('earlyStopping', earlyStoppingInput(split, degree));
  const stopAt = stop(s.degree), stopTop = stop(MAX_DEGREE);
  const lastVal = (r: typeof stopAt) => r.validation[r.validation.length - 1];

  check(s.points.length === SAMPLE_SIZE && split.train.n === split.validation.n, 'the default sample is split in two equal halves');
  check(curve.every((c, d) => d === 0 || c.train <= curve[d - 1].train + 1e-12), 'training error never rises with the degree');
  check(best.degree > 1 && best.degree < s.degree, `the best degree (${best.degree}) lies between a line and the default degree ${s.degree}`);
  check(at.validation > 1.5 * best.validation && at.train < best.train, 'the default degree fits the training points better and the validation points worse than the best one');
  check(top.validation > 10 * best.validation, 'degree 15 is far worse on validation than the best degree');
  check(Math.abs(fresh(best.degree) - best.validation) < 0.2 * fresh(best.degree), 'at the best degree the validation error is close to the error on new points');
  // "Lower the training share, and the validation error blows up from a lower degree."
  const blowsUpAt = (share: number) => capacityCurve(splitPoints(s.points, share, s.split), false).findIndex((c) => c.validation > 1);
  check(blowsUpAt(overfitSchema.train.min) >= 0 && blowsUpAt(overfitSchema.train.min) < blowsUpAt(s.train), 'with the smallest training share the validation error passes 1 at a lower degree');
  check(curve[0].train > 5 * best.train && curve[0].validation > 3 * best.validation, 'a constant underfits: both errors high');
  check(stopAt.best.epoch < EARLY_STOPPING_EPOCHS && stopAt.best.validation < lastVal(stopAt), 'at the default degree, training by Adam has its lowest validation error before the end');
  check(stopTop.best.validation < 0.1 * top.validation, 'early stopping at degree 15 does far better on validation than the exact degree-15 fit');
  check(stopTop.best.validation < 1.5 * best.validation, 'early-stopped degree 15 is nearly as good as the best degree');

  return {
    sizeText: fmtInt(SAMPLE_SIZE),
    noiseText: fmt(SAMPLE_NOISE, 2),
    noiseVarianceText: errorText(SAMPLE_NOISE ** 2),
    trainCountText: fmtInt(split.train.n),
    validationCountText: fmtInt(split.validation.n),
    degreeText: fmtInt(s.degree),
    coefficientsText: fmtInt(s.degree + 1),
    trainText: errorText(at.train),
    validationText: errorText(at.validation),
    freshText: errorText(fresh(s.degree)),
    bestDegree: best.degree,
    bestDegreeText: fmtInt(best.degree),
    bestTrainText: errorText(best.train),
    bestValidationText: errorText(best.validation),
    bestFreshText: errorText(fresh(best.degree)),
    constantTrainText: errorText(curve[0].train),
    constantValidationText: errorText(curve[0].validation),
    topTrainText: errorText(top.train),
    topValidationText: errorText(top.validation),
    maxDegreeText: fmtInt(MAX_DEGREE),
    epochsText: fmtInt(EARLY_STOPPING_EPOCHS),
    marginText: `${fmt(MIN_IMPROVEMENT * 100, 2)} percent`,
    stopEpochText: fmtInt(stopAt.best.epoch),
    stopValidationText: errorText(stopAt.best.validation),
    stopLastText: errorText(lastVal(stopAt)),
    topStopEpoch: stopTop.best.epoch,
    topStopEpochText: fmtInt(stopTop.best.epoch),
    topStopValidationText: errorText(stopTop.best.validation),
    topStopLastText: errorText(lastVal(stopTop)),
  };
})();

// ---------------------------------------------------------------------------------------------
// Cross-validation on the same points, against one split dealt ten ways

const cv = (() => {
  const s = defaultState(cvSchema);
  const data = cvData();
  const result = crossValidate(data, s.k, s.seed);
  const seeds = Array.from({ length: 10 }, (_, i) => i + 1);
  const o = defaultState(overfitSchema);
  const splitBests = seeds.map((seed) => bestDegree(capacityCurve(splitPoints(o.points, o.train, seed), false)).degree);
  const cvBests = seeds.map((seed) => crossValidate(data, s.k, seed).best);
  const distinct = (a: number[]) => [...new Set(a)].sort((x, y) => x - y);
  const at = result.degrees[result.best];
  check(distinct(splitBests).length >= 3, `one split's best degree varies from deal to deal (${splitBests.join(', ')})`);
  check(distinct(cvBests).length === 1 && cvBests[0] === result.best, `cross-validation picks the same degree for every fold seed (${cvBests.join(', ')})`);
  check(s.degree === overfit.bestDegree, 'the cross-validation widget opens on the single split’s best degree');
  return {
    kText: fmtInt(s.k),
    seedsText: fmtInt(seeds.length),
    splitBestsText: distinct(splitBests).map(String).join(', ').replace(/, ([^,]*)$/, ' and $1'),
    bestText: fmtInt(result.best),
    bestMeanText: errorText(at.mean),
    bestSpreadText: errorText(at.spread),
    shownMeanText: errorText(result.degrees[s.degree].mean),
    shownSpreadText: errorText(result.degrees[s.degree].spread),
  };
})();

// ---------------------------------------------------------------------------------------------
// Penalty geometry: the default λ for each penalty, in the plane and on the polynomial

const penalty = (() => {
  const s = defaultState(penaltySchema);
  const r = penaltyReport(s.lambda, s.mix);
  const kind = (k: string) => {
    const found = r.kinds.find((x) => x.kind === k);
    if (!found) throw new Error(`generalization.numbers: the penalty report has no ${k}`);
    return found;
  };
  const l2 = kind('l2'), l1 = kind('l1'), net = kind('elasticNet');
  const largest = Math.max(...Array.from(r.unpenalized.w.slice(1), Math.abs));
  check(s.kind === 'l2', 'the penalty widget opens on L2');
  check(l2.optimum[0] !== 0 && l2.optimum[1] !== 0 && l2.optimum[0] < r.unpenalizedOptimum[0] && l2.optimum[1] < r.unpenalizedOptimum[1], 'L2 shrinks both weights and zeroes neither');
  check(l1.optimum[1] === 0 && l1.optimum[0] > 0, 'L1 at the default λ puts w₂ exactly at 0');
  check(l1.w2Zero !== null && l1.w2Zero < s.lambda && l1.origin !== null && l1.origin > s.lambda, 'the default λ lies between L1’s two thresholds');
  check(l2.zeros === 0 && l1.zeros > COEFFICIENT_DEGREE / 2 && net.zeros > 0 && net.zeros < l1.zeros, 'on the polynomial L2 zeroes nothing, L1 most, the elastic net some');
  check(l1.mse < 2 * r.unpenalized.mse && l2.mse < 2 * r.unpenalized.mse, 'the penalized fits stay close to the unpenalized one’s error');
  return {
    lambdaText: penaltyFmt(s.lambda),
    mixText: penaltyFmt(s.mix),
    unpenalizedText: pointText(r.unpenalizedOptimum),
    l2Text: pointText(l2.optimum),
    l1Text: pointText(l1.optimum),
    netText: pointText(net.optimum),
    l1W2ZeroText: penaltyFmt(l1.w2Zero ?? NaN),
    l1OriginText: penaltyFmt(l1.origin ?? NaN),
    degreeText: fmtInt(COEFFICIENT_DEGREE),
    largestText: penaltyFmt(largest),
    unpenalizedL2NormText: penaltyFmt(r.unpenalized.l2Norm),
    l2L2NormText: penaltyFmt(l2.l2Norm),
    l1ZerosText: fmtInt(l1.zeros),
    netZerosText: fmtInt(net.zeros),
    netZeros: net.zeros,
    l1Zeros: l1.zeros,
    unpenalizedMseText: penaltyFmt(r.unpenalized.mse),
    l2MseText: penaltyFmt(l2.mse),
    l1MseText: penaltyFmt(l1.mse),
  };
})();

// ---------------------------------------------------------------------------------------------
// Hyperparameter search: grid against random at the widget's defaults

const search = (() => {
  const o = searchOutcome();
  const { grid, random, stability, map } = o;
  if (!grid.best || !random.best || !map.best) throw new Error('generalization.numbers: a search found no finite loss');
  check(grid.distinctLr === o.side && random.distinctLr === o.trialsPerSearch, 'the grid tries K rates, random search K²');
  check(random.best.score < grid.best.score, 'random search finds a lower validation loss than the grid at the defaults');
  check(grid.diverged === o.side, 'the grid’s fastest rate diverges in every one of its trials, and nothing else does');
  check(map.divergesFrom !== null && map.divergesFrom > stability.logLr - 0.2, 'the grid’s top rate diverges, past the stability limit');
  check(map.best.logLr > grid.best.logLr, 'the best rate lies between two of the grid’s rates');
  return {
    degreeText: fmtInt(SEARCH_DEGREE),
    sideText: fmtInt(o.side),
    trialsText: fmtInt(o.trialsPerSearch),
    epochsText: fmtInt(o.epochs),
    limitText: powerText(stability.logLr),
    gridBestText: searchLossText(grid.best.score),
    gridLrText: powerText(grid.best.logLr),
    gridDivergedText: fmtInt(grid.diverged),
    randomBestText: searchLossText(random.best.score),
    randomLrText: powerText(random.best.logLr),
    mapBestText: searchLossText(map.best.score),
    mapLrText: powerText(map.best.logLr),
  };
})();

// ---------------------------------------------------------------------------------------------
// Babysitting: the three presets, the two sanity checks

const babysit = (() => {
  const b = babysitNumbers();
  const { 'too-low': low, good, 'too-high': high } = b.presets;
  const ln3 = b.initialLoss.lnC;
  check(b.initialLoss.classes === 3 && Math.abs(ln3 - Math.log(3)) < 1e-15, 'the widget classifies three classes');
  check(Math.abs(b.initialLoss.dataLoss - ln3) < 0.01 * ln3, 'the first loss is within 1 % of ln 3');
  check(b.overfit.belowAt !== null && b.overfit.finalAccuracy === 1, 'the network overfits 20 examples');
  check(low.finalTrainLoss > 10 * good.finalTrainLoss && low.medianRatios.W1 < 1e-4, 'too low a rate barely learns, with tiny update ratios');
  check(high.finalTrainLoss > 20 * good.finalTrainLoss && high.minTrainLoss < high.finalTrainLoss && high.divergence === null, 'too high a rate drops, then climbs back and stalls without diverging');
  check(good.finalValidationAccuracy > 0.9 && good.firstRatios.W1 > 3e-4 && good.firstRatios.W1 < 3e-3, 'the good rate learns, with ratios near 10⁻³ at the start');
  check(b.divergenceExample !== null, 'the widget’s largest rate and penalty diverge');
  return {
    ln3Text: fmt(ln3, 4),
    initialText: babysitLossText(b.initialLoss.dataLoss),
    penaltyText: babysitLossText(b.initialLoss.penalty),
    initialTotalText: babysitLossText(b.initialLoss.total),
    classesText: fmtInt(b.initialLoss.classes),
    overfitExamplesText: fmtInt(b.overfit.examples),
    overfitBelowText: fmtInt(b.overfit.belowAt ?? NaN),
    overfitThresholdText: fmt(b.overfit.threshold, 2),
    lowRateText: ratioText(low.lr),
    lowFinalText: babysitLossText(low.finalTrainLoss),
    lowRatioText: ratioText(low.medianRatios.W1),
    goodRateText: ratioText(good.lr),
    goodTrainText: babysitLossText(good.finalTrainLoss),
    goodValText: babysitLossText(good.finalValidationLoss),
    goodTrainAccText: babysitPercentText(good.finalTrainAccuracy),
    goodValAccText: babysitPercentText(good.finalValidationAccuracy),
    goodRatioText: ratioText(good.firstRatios.W1),
    highRateText: ratioText(high.lr),
    highMinText: babysitLossText(high.minTrainLoss),
    highMinStepText: fmtInt(high.minTrainLossStep),
    highFinalText: babysitLossText(high.finalTrainLoss),
    highRatioText: ratioText(high.medianRatios.W1),
  };
})();

// ---------------------------------------------------------------------------------------------
// Ensembles: eight networks on the default data, averaged

const ensemble = (() => {
  const s = defaultState(ensembleSchema);
  const runs = runTaskSync('classifierRuns', ensembleInput(s.dataset, s.seed)).runs;
  const { train, validation } = classifierData(s.dataset);
  const labels = validation.y;
  const scores = ensembleScores(runs, labels), members = memberScores(runs, labels), anyK = anyKErrors(runs, labels);
  const all = scores[ENSEMBLE_SIZE - 1];
  const meanLoss = members.reduce((t, m) => t + m.loss, 0) / members.length;
  const bestLoss = Math.min(...members.map((m) => m.loss));
  const meanError = members.reduce((t, m) => t + m.error, 0) / members.length;
  const bestError = Math.min(...members.map((m) => m.error));
  const kept = runs.reduce((t, r) => t + new Set(bootstrapRows(train.n, r.seed)).size / train.n, 0) / runs.length;
  check(s.k === ENSEMBLE_SIZE && s.dataset === defaultState(dropoutSchema).dataset, 'the ensemble widget opens with every network averaged, on the dropout widget\'s data');
  check(runs.every((r) => r.bootstrap && r.dropout === 0), 'every member trains on its own bootstrap sample, without dropout');
  check(kept > 0.55 && kept < 0.7, 'a bootstrap sample keeps about two thirds of the points');
  check(all.error < bestError, 'the average of all the networks is wrong less often than even the best of them');
  check(all.loss < bestLoss && all.loss < 0.5 * meanLoss, 'the average\'s validation loss is below every member\'s and under half a typical one\'s');
  check(anyK[1] < anyK[0] && anyK.slice(2).every((e) => e < anyK[1]), 'over every choice of K, two networks beat one and every larger K beats two');
  return {
    sizeText: fmtInt(ENSEMBLE_SIZE),
    trainText: fmtInt(train.n),
    keptText: percentText(kept),
    meanErrorText: percentText(meanError),
    bestErrorText: percentText(bestError),
    allErrorText: percentText(all.error),
    meanLossText: lossText(meanLoss),
    allLossText: lossText(all.loss),
    anyTwoText: percentText(anyK[1]),
  };
})();

// ---------------------------------------------------------------------------------------------
// Sanity checks: the first loss of a C-class softmax with all scores equal is ln C

const sanity = (() => {
  const firstLoss = (classes: number): number => {
    const scores = tensor(new Float64Array(classes), [1, classes]);
    return softmaxCrossEntropy(scores, tensor(Float64Array.of(0), [1])).data[0];
  };
  const ten = firstLoss(10), thousand = firstLoss(1000);
  check(Math.abs(ten - Math.log(10)) < 1e-12, 'the softmax loss at equal scores is ln C');
  return { tenText: fmt(ten, 3), thousandText: fmt(thousand, 2), ten, cifarClasses: 10 };
})();

// ---------------------------------------------------------------------------------------------
// Worked steps for the challenges: one coordinate of the L1 fit, and inverted dropout's scale

const lasso = (() => {
  // The data's pull on w_j, 2ρ_j/n, its curvature 2a_j/n, and the penalty λ₁ (λ₂ = 0).
  const pull = 0.8, curvature = 2, l1 = 0.5, small = 0.3;
  const w = softThreshold(pull, l1) / curvature;
  check(softThreshold(small, l1) === 0, 'a pull weaker than λ₁ gives exactly zero');
  return { pullText: fmt(pull, 1), curvatureText: fmtInt(curvature), l1Text: fmt(l1, 1), smallText: fmt(small, 1), w, wText: fmt(w, 2) };
})();

const dropoutWidget = (() => {
  const s = defaultState(dropoutSchema);
  const [plain, dropped] = runTaskSync('classifierRuns', classifierInput(s.dataset, [{ dropout: 0, seed: s.seed }, { dropout: s.p, seed: s.seed }])).runs;
  check(plain.trainAccuracy === 1, 'without dropout the network fits every training point');
  check(finalValidationLoss(plain) > 5 * finalTrainLoss(plain), 'without dropout the validation loss is far above the training loss');
  check(gapOf(dropped) < 0.6 * gapOf(plain), 'dropout narrows the gap a lot');
  check(finalValidationLoss(dropped) < 0.6 * finalValidationLoss(plain), 'dropout lowers the validation loss a lot');
  check(dropped.validationAccuracy >= plain.validationAccuracy, 'dropout does not lower the validation accuracy');
  return {
    widthText: fmtInt(NETWORK_WIDTH),
    trainCountText: fmtInt(classifierData(s.dataset).train.n),
    widgetPText: fmt(s.p, 1),
    plainTrainAccText: percentText(plain.trainAccuracy),
    plainTrainLossText: lossText(finalTrainLoss(plain)),
    plainValLossText: lossText(finalValidationLoss(plain)),
    plainValAccText: percentText(plain.validationAccuracy),
    droppedValLossText: lossText(finalValidationLoss(dropped)),
    droppedValAccText: percentText(dropped.validationAccuracy),
  };
})();

const dropout = (() => {
  const p = 0.2, output = 3;
  const kept = output / (1 - p);
  // Expected output in training: kept with probability 1 − p, zero otherwise.
  const expected = (1 - p) * kept;
  check(Math.abs(expected - output) < 1e-12, 'inverted dropout keeps the expected output');
  return { ...dropoutWidget, pText: fmt(p, 1), keepText: fmt(1 - p, 1), outputText: fmtInt(output), kept, keptText: fmt(kept, 2) };
})();

export const gen = { overfit, cv, penalty, search, babysit, ensemble, sanity, lasso, dropout };
