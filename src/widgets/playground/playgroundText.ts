/**
 * The playground's sentences: readouts, the divergence explanation, and the words a screen
 * reader gets for each picture (the accuracy, the loss, how the box is divided).
 */
import { grouped } from '../../core/numberText';
import type { PlaygroundDivergence, PlaygroundTrainOutput } from '../../worker/tasks/playgroundTrain';

export const stepText = (step: number): string => grouped(step);

export function lossText(v: number | undefined): string {
  if (v === undefined || Number.isNaN(v)) return '–';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  return v >= 1000 || v < 1e-3 ? v.toExponential(2) : v.toPrecision(3);
}

export const percentText = (v: number): string => (Number.isFinite(v) ? `${(100 * v).toFixed(1)}%` : '–');

export const ratioText = (v: number): string => (Number.isFinite(v) ? (v === 0 ? '0' : v.toExponential(1)) : '–');

export const layerName = (l: number, layers: number): string => (l === layers ? 'the output layer' : `hidden layer ${l}`);

/** Where the run blew up and what to try, in two sentences. */
export function divergenceText(d: PlaygroundDivergence, layers: number, batchNorm: boolean): { what: string; advice: string } {
  const where = d.layer > 0 ? layerName(d.layer, layers) : 'the network';
  const value = Number.isFinite(d.value) ? d.value.toExponential(2) : String(d.value);
  const what = d.what === 'loss'
    ? `At step ${stepText(d.step)} the training loss jumped to ${value}, far above where it started; the layer whose gradient was largest next to its weights was ${where}.`
    : d.what === 'gradient'
      ? `At step ${stepText(d.step)} the gradient of ${where} blew up first (‖g‖ = ${value}).`
      : `At step ${stepText(d.step)} the weights of ${where} blew up first (‖w‖ = ${value}) after an update at learning rate ${d.lr.toPrecision(2)}.`;
  const tries = [`lower the learning rate (it was ${d.lr.toPrecision(2)} at that step; try a tenth)`];
  if (!batchNorm) tries.push('switch on batch normalization');
  tries.push('use Adam, a smaller initialization or fewer layers');
  return { what, advice: `Try: ${tries.join('; ')}. Training stopped here; Reset starts again from the same weights.` };
}

/** The output picture in words: how much of the box each class takes, or the output's range. */
export function outputDescription(out: PlaygroundTrainOutput | null, classes: number, regression: boolean): string {
  if (!out) return 'Computing the network\'s first picture…';
  const cells = out.grid * out.grid;
  const head = `Step ${stepText(out.state.step)}. Training loss ${lossText(out.trainLoss[out.trainLoss.length - 1])}, test loss ${lossText(out.testLoss[out.testLoss.length - 1])}.`;
  if (regression) {
    let lo = Infinity, hi = -Infinity;
    for (let c = 0; c < cells; c++) {
      lo = Math.min(lo, out.output[c]);
      hi = Math.max(hi, out.output[c]);
    }
    return `${head} Over the box the network's output runs from ${lossText(lo)} to ${lossText(hi)}.`;
  }
  const counts = new Array<number>(classes).fill(0);
  let unsure = 0;
  for (let c = 0; c < cells; c++) {
    let best = 0;
    for (let k = 1; k < classes; k++) if (out.output[c * classes + k] > out.output[c * classes + best]) best = k;
    counts[best]++;
    if (out.output[c * classes + best] < 0.6) unsure++;
  }
  const shares = counts.map((n, k) => `class ${k + 1} ${Math.round((100 * n) / cells)}%`).join(', ');
  return `${head} Accuracy ${percentText(out.trainAccuracy)} on the training points and ${percentText(out.testAccuracy)} on the test points. Share of the box given to each class: ${shares}; the network is unsure (below 60%) on ${Math.round((100 * unsure) / cells)}% of it.`;
}

export function diagramDescription(widths: readonly number[], features: number, out: PlaygroundTrainOutput | null): string {
  const shape = [features, ...widths].join(' → ');
  const ratios = out ? Array.from(out.updateRatio, (r, l) => `layer ${l + 1} ${ratioText(r)}`).join(', ') : 'not yet measured';
  return `Network ${shape} → output. Each neuron is drawn as a small picture of its output over the input box; edges are coloured by the sign of the weight and thickened by its size. Update-to-weight ratios: ${ratios}.`;
}
