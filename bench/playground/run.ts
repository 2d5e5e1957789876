/**
 * The network playground against a TensorFlow Playground-style yardstick (tfStyleNetwork.ts) on
 * the same data and network: TF Playground's default, circles, inputs x₁ and x₂, hidden layers
 * 4 and 2 with tanh, SGD at 0.03, batches of 10, and a 6 × 32 network as well.
 *   npm run bench:playground
 * TF Playground does everything on the page's thread, once per animation frame: one epoch of
 * training, the loss on every point, and every neuron's output on a 100 × 100 grid (for its
 * pictures). The yardstick times exactly that frame. The playground does its training and its
 * pictures in the worker, in chunks of many steps, and the page only paints; this times the
 * worker's chunks. Timings are medians of repeated runs; take them on an idle machine.
 * Then, with a build in dist/ (and without --no-browser), the same networks play for five seconds
 * each in Chromium (frames.ts): the page's frame times while training runs in the worker.
 */
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { createRng } from '../../src/core';
import { runTaskSync } from '../../src/worker/registry';
import type { NetworkConfig } from '../../src/worker/tasks/playgroundNet';
import { makePlaygroundData } from '../../src/worker/tasks/playgroundData';
import type { PlaygroundPoints, PlaygroundTrainInput, TrainingSettings } from '../../src/worker/tasks/playgroundTrain';
import { median } from '../timing';
import { measurePlaying } from './frames';
import { TfStyleNetwork } from './tfStyleNetwork';

const TF_GRID = 100;
const OUR_GRID = 64;
const NEURON_GRID = 16;
const BATCH = 10;
const LR = 0.03;
const REPEATS = 15;

interface Case { readonly name: string; readonly hidden: readonly number[] }
const CASES: readonly Case[] = [
  { name: 'TF Playground default, 2–4–2–1', hidden: [4, 2] },
  { name: '6 × 32 hidden units', hidden: [32, 32, 32, 32, 32, 32] },
];

const data = makePlaygroundData({ dataset: 'circles', noise: 0, classes: 2, trainShare: 0.5, seed: 1 });
const points: PlaygroundPoints = { trainX: data.train.x, trainY: data.train.y, testX: data.test.x, testY: data.test.y };
const nTrain = data.train.n, nTest = data.test.n;

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** One TF Playground frame: an epoch, both losses, every neuron on the grid. */
function tfFrame(net: TfStyleNetwork, grid: Float64Array): void {
  for (let i = 0; i < nTrain; i++) {
    net.forward([points.trainX[2 * i], points.trainX[2 * i + 1]]);
    net.backward(points.trainY[i] === 1 ? 1 : -1);
    if ((i + 1) % BATCH === 0) net.update(LR);
  }
  let loss = 0;
  for (const [x, y, n] of [[points.trainX, points.trainY, nTrain], [points.testX, points.testY, nTest]] as const) {
    for (let i = 0; i < n; i++) loss += 0.5 * (net.forward([x[2 * i], x[2 * i + 1]]) - (y[i] === 1 ? 1 : -1)) ** 2;
  }
  for (let i = 0; i < TF_GRID; i++) {
    for (let j = 0; j < TF_GRID; j++) {
      net.forward([-1.5 + (3 * i) / (TF_GRID - 1), -1.5 + (3 * j) / (TF_GRID - 1)]);
      net.outputs(grid, i * TF_GRID + j);
    }
  }
  if (!Number.isFinite(loss)) throw new Error('bench: the yardstick diverged');
}

function ourInput(hidden: readonly number[], steps: number): PlaygroundTrainInput {
  const network: NetworkConfig = { features: ['x1', 'x2'], hidden: [...hidden], activations: hidden.map(() => 'tanh'), outputs: 2, regression: false, init: 'xavier', batchNorm: false, dropout: 0 };
  const training: TrainingSettings = { optimizer: { name: 'sgd', beta: 0.9, beta1: 0.9, beta2: 0.999, eps: 1e-8 }, lr: LR, schedule: { kind: 'constant' }, batchSize: BATCH, l1: 0, l2: 0 };
  return { network, training, points, seed: 1, start: null, steps, recordEvery: Math.max(1, Math.floor(steps / 50)), grid: OUR_GRID, neuronGrid: NEURON_GRID };
}

const stepsPerEpoch = Math.ceil(nTrain / BATCH);
console.log(`playground vs a TF Playground-style yardstick · ${nTrain} training and ${nTest} test points · batch ${BATCH} · ${cpus()[0]?.model ?? 'cpu'}`);
console.log('| network | yardstick frame (page thread) | its epochs/s (≤ 60 at 60 fps) | playground chunk, 1 epoch | 40 epochs | epochs/s in the worker | page-thread training |');
console.log('|---|---|---|---|---|---|---|');
for (const c of CASES) {
  const rng = createRng(1);
  const net = new TfStyleNetwork([2, ...c.hidden, 1], 'tanh', 'tanh', () => rng.uniform(0, 1));
  const grid = new Float64Array(TF_GRID * TF_GRID * net.count);
  for (let k = 0; k < 3; k++) tfFrame(net, grid); // warm up
  const frame = median(Array.from({ length: REPEATS }, () => time(() => tfFrame(net, grid))));
  const chunk = (epochs: number) => {
    const input = ourInput(c.hidden, epochs * stepsPerEpoch);
    runTaskSync('playgroundTrain', input);
    return median(Array.from({ length: REPEATS }, () => time(() => runTaskSync('playgroundTrain', input))));
  };
  const one = chunk(1), forty = chunk(40);
  const rate = (40 * 1000) / forty;
  console.log(`| ${c.name} | ${frame.toFixed(1)} ms | ${Math.min(60, 1000 / frame).toFixed(0)} | ${one.toFixed(1)} ms | ${forty.toFixed(1)} ms | ${rate.toFixed(0)} | none |`);
}

const build = resolve(process.env.DESCENT_OUT ?? 'dist', 'index.html');
if (process.argv.includes('--no-browser')) {
  // the Node table only
} else if (!existsSync(build)) {
  console.log('\n(no build in dist/: `npm run build` first for the page\'s frame times while playing)');
} else {
  const query = (hidden: readonly number[]) =>
    [`playground.dataset=circles`, `playground.noise=0`, `playground.widths=${hidden.join(',')}`, ...hidden.map((_, l) => `playground.act${l + 1}=tanh`),
      `playground.optimizer=sgd`, `playground.lr=${LR}`, `playground.batchSize=${BATCH}`].join('&');
  const played = await measurePlaying(CASES.map((c) => query(c.hidden)));
  console.log('\nPlaying in Chromium (the chapter page, 5 s each; the page thread only paints):');
  console.log('| network | frame p50 | frame p95 | frames > 33 ms | long tasks | pictures/s | steps/s (its readout) |');
  console.log('|---|--:|--:|--:|--:|--:|--:|');
  CASES.forEach((c, i) => {
    const f = played[i];
    console.log(`| ${c.name} | ${f.p50.toFixed(1)} ms | ${f.p95.toFixed(1)} ms | ${f.slow} of ${f.frames} | ${f.longTasks} | ${f.picturesPerSecond.toFixed(0)} | ${Math.round(f.stepsPerSecond).toLocaleString('en-US')} |`);
  });
}
