/**
 * W5: a 101 × 101 loss-landscape slice, a, b ∈ [−1, 1], of the W1 network at its initial
 * weights, along two filter-normalized random directions.
 *   core:        lossOfWeights(model, data) + slice2d
 *   yardstick:  handFused/landscape.ts
 *   tfjs-core:   tfjs/landscape.ts, one point at a time, float32
 * The correctness check sweeps the whole grid; the timed repetitions sweep it in strips of two
 * rows (202 points each, slice2d called on the strip's b-range) so that a repetition can be
 * shorter than a whole grid.
 */
import { makeSpirals } from '../../src/core/data/spirals';
import { lossOfWeights, randomDirection, rangeAt, slice2d, type Range1 } from '../../src/core/landscape';
import { mlp } from '../../src/core/models/mlp';
import { createRng } from '../../src/core/random/prng';
import { HandFusedLandscape } from '../handFused/landscape';
import type { MlpShape } from '../handFused/mlp';
import { TfLandscape } from '../tfjs/landscape';
import { liveTensors } from '../tfjs/setup';
import { measureInterleaved } from '../timing';
import { type Check, countIdentical, maxRelDiff, relDiff, type RunContext, type WorkloadReport } from './common';

const GRID: Range1 = { from: -1, to: 1, count: 101 };
const STRIPS = Math.floor(GRID.count / 2); // strips (2j, 2j + 1); the last row joins no strip

export function runLandscapeWorkload(ctx: RunContext): WorkloadReport {
  const tensorsBefore = liveTensors();
  const data = makeSpirals({ n: 512, seed: 1 });
  const model = mlp({ sizes: [2, 16, 16, 1], activation: 'tanh', loss: 'sigmoidCrossEntropy' });
  const center = model.params.values;
  const rng = createRng(2);
  const d1 = randomDirection(model.params, rng), d2 = randomDirection(model.params, rng);
  const shape: MlpShape = { d: 2, h1: 16, h2: 16 };
  const loss = lossOfWeights(model, data);
  const hf = new HandFusedLandscape(shape, center, d1, d2, data.x, data.y, data.n);
  const tf = new TfLandscape(shape, center, d1, d2, data.x, data.y, data.n, GRID, GRID);

  const checks: Check[] = [];
  const notes: string[] = [];
  // The whole 101 × 101 grid (--quick: a 21 × 21 grid over the same square).
  const checkGrid: Range1 = ctx.quick ? { ...GRID, count: 21 } : GRID;
  const c = checkGrid.count, points = c * c;
  const coreGrid = slice2d(loss, center, d1, d2, checkGrid, checkGrid).values;
  const hfGrid = new Float64Array(points);
  hf.slice(checkGrid, checkGrid, hfGrid);
  checks.push({ label: `${c}×${c} grid`, core: coreGrid[0], other: hfGrid[0], rel: maxRelDiff(coreGrid, hfGrid), tolerance: 1e-12, strict: true });
  notes.push(`${countIdentical(coreGrid, hfGrid)}/${points} grid values bit-identical to the yardstick grid`);
  if (!ctx.quick) {
    let tfWorst = 0;
    for (const [i, j] of [[0, 0], [100, 0], [0, 100], [100, 100], [50, 50], [17, 83]]) {
      tfWorst = Math.max(tfWorst, relDiff(coreGrid[j * c + i], tf.lossAt(i, j)));
    }
    checks.push({ label: 'tfjs float32 at 6 grid points', core: coreGrid[50 * c + 50], other: tf.lossAt(50, 50), rel: tfWorst, tolerance: 1e-3, strict: false });
  }

  const strip = (k: number): Range1 => ({ from: rangeAt(GRID, 2 * k), to: rangeAt(GRID, 2 * k + 1), count: 2 });
  const stripOut = new Float64Array(2 * GRID.count);
  let coreNext = 0, hfNext = 0;
  const results = measureInterleaved(
    [
      {
        name: 'core', repSeconds: ctx.repSeconds, run: (n) => {
          for (let s = 0; s < n; s++, coreNext = (coreNext + 1) % STRIPS) slice2d(loss, center, d1, d2, GRID, strip(coreNext));
          return n * 2 * GRID.count;
        },
      },
      {
        name: 'yardstick', repSeconds: ctx.repSeconds, run: (n) => {
          for (let s = 0; s < n; s++, hfNext = (hfNext + 1) % STRIPS) hf.slice(GRID, strip(hfNext), stripOut);
          return n * 2 * GRID.count;
        },
      },
      { name: 'tfjs-core', repSeconds: ctx.tfjsRepSeconds, run: (n) => tf.run(n) },
    ],
    ctx.timing,
  );
  tf.dispose();
  const leaked = liveTensors() - tensorsBefore;
  if (leaked !== 0) notes.push(`tfjs: ${leaked} tensors leaked`);
  return { id: 'W5', title: 'loss landscape 101×101 of the W1 net', unit: 'grid points/s', target: null, results, checks, notes };
}
