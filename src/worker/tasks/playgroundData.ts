/**
 * The network playground's data: every data set drawn into the same box, the input features
 * computed from (x₁, x₂), and the seeded train/test split. The page draws the points from
 * these functions and sends them to the worker, which trains on exactly what the reader sees.
 *
 * All sets live in about [−1, 1]² (the core's generators, moved and scaled where they are not:
 * moons span [−1, 2] × [−½, 1], blobs sit on a circle of radius 0.7 here), so one input box,
 * PLAYGROUND_EXTENT, fits every picture and sin πx makes about one period across it.
 */
import { gridPoints as gridCentres } from './gridPoints';
import { createRng, deriveSeed, makeBlobs, makeCircles, makeMoons, makeSpirals, makeXor, splitDataset } from '../../core';
import type { Dataset } from '../../core';

export const CLASSIFICATION_SETS = ['spirals', 'moons', 'circles', 'xor', 'blobs'] as const;
export const REGRESSION_SETS = ['plane', 'bump', 'wave'] as const;
export const PLAYGROUND_DATASETS = [...CLASSIFICATION_SETS, ...REGRESSION_SETS] as const;
export type PlaygroundDataset = (typeof PLAYGROUND_DATASETS)[number];

export const FEATURES = ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'] as const;
export type Feature = (typeof FEATURES)[number];

/** The square every picture shows, x₁ and x₂ alike. */
export const PLAYGROUND_EXTENT: readonly [number, number] = [-1.5, 1.5];
/** Points drawn for every data set, before the split. */
export const PLAYGROUND_POINTS = 300;

export const isRegression = (name: PlaygroundDataset): boolean => (REGRESSION_SETS as readonly string[]).includes(name);

/** The three regression targets, each in about [−1, 1] over the box. */
export const REGRESSION_TARGETS: Readonly<Record<(typeof REGRESSION_SETS)[number], (x1: number, x2: number) => number>> = {
  plane: (x1, x2) => 0.6 * x1 - 0.4 * x2,
  bump: (x1, x2) => 2 * Math.exp(-2 * (x1 * x1 + x2 * x2)) - 1,
  wave: (x1, x2) => Math.sin(Math.PI * x1) * Math.cos((Math.PI * x2) / 2),
};

export interface PlaygroundData {
  readonly train: Dataset;
  readonly test: Dataset;
  /** 1 for regression, else the number of classes. */
  readonly classes: number;
  readonly regression: boolean;
}

export interface DataSpec {
  readonly dataset: PlaygroundDataset;
  /** Gaussian noise on each coordinate (classification) or on the target (regression). */
  readonly noise: number;
  /** Classes of the blobs (2 to 4); the other classification sets have 2. */
  readonly classes: number;
  /** Share of the points used for training, the rest for testing. */
  readonly trainShare: number;
  /** Draws the points and the split (its own stream, not the weights'). */
  readonly seed: number;
}

/** An affine map of a set's points: x ← (x − centre)·scale. */
function rescale(ds: Dataset, cx: number, cy: number, scale: number): Dataset {
  const x = ds.x.slice();
  for (let i = 0; i < ds.n; i++) {
    x[2 * i] = (x[2 * i] - cx) * scale;
    x[2 * i + 1] = (x[2 * i + 1] - cy) * scale;
  }
  return { ...ds, x };
}

/** All points of a data set, before the split. */
export function makePoints({ dataset, noise, classes, seed }: Omit<DataSpec, 'trainShare'>): Dataset {
  const n = PLAYGROUND_POINTS;
  switch (dataset) {
    case 'spirals': return makeSpirals({ n, noise: noise * 0.5, seed });
    case 'moons': return rescale(makeMoons({ n, noise: noise * 1.5, seed }), 0.5, 0.25, 1 / 1.5);
    case 'circles': return makeCircles({ n, noise: noise * 0.5, seed });
    case 'xor': return makeXor({ n, noise: noise * 0.5, seed });
    case 'blobs': return makeBlobs({ n, k: Math.max(2, Math.min(4, Math.round(classes))), radius: 0.7, std: 0.12 + noise * 0.6, seed });
    default: {
      const f = REGRESSION_TARGETS[dataset];
      const rng = createRng(seed);
      const x = new Float64Array(2 * n), y = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        x[2 * i] = rng.uniform(-1.2, 1.2);
        x[2 * i + 1] = rng.uniform(-1.2, 1.2);
        y[i] = f(x[2 * i], x[2 * i + 1]) + noise * rng.normal();
      }
      return { x, y, n, d: 2, name: dataset };
    }
  }
}

/** The points split in two: `trainShare` of them (at least two, at least one left) to train on. */
export function makePlaygroundData(spec: DataSpec): PlaygroundData {
  const all = makePoints(spec);
  const share = Math.min(Math.max(spec.trainShare, 2 / all.n), 1 - 1 / all.n);
  const s = splitDataset(all, { train: share, validation: 0, test: 1 - share }, deriveSeed(spec.seed, 1));
  const regression = isRegression(spec.dataset);
  return { train: s.train, test: s.test, classes: regression ? 1 : all.classes ?? 2, regression };
}

/** Feature f of the point (x₁, x₂). sin uses πx so a period spans most of the box. */
export function featureValue(f: Feature, x1: number, x2: number): number {
  switch (f) {
    case 'x1': return x1;
    case 'x2': return x2;
    case 'x1sq': return x1 * x1;
    case 'x2sq': return x2 * x2;
    case 'x1x2': return x1 * x2;
    case 'sinx1': return Math.sin(Math.PI * x1);
    case 'sinx2': return Math.sin(Math.PI * x2);
  }
}

/** n × 2 raw points (row-major) to n × features, row-major: what the network reads. */
export function featurize(xy: ArrayLike<number>, n: number, features: readonly Feature[]): Float64Array {
  const d = features.length, out = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    const x1 = xy[2 * i], x2 = xy[2 * i + 1];
    for (let k = 0; k < d; k++) out[i * d + k] = featureValue(features[k], x1, x2);
  }
  return out;
}

/** The centres of a side × side grid over the playground's box (classifierRuns' grid). */
export const gridPoints = (side: number, extent: readonly [number, number] = PLAYGROUND_EXTENT): Float64Array => gridCentres(side, extent);
