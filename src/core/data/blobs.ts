/**
 * K isotropic Gaussian blobs: class c is drawn from N(center_c, std² I). Centers are given, or
 * else spaced evenly on a circle of radius `radius` (angle 2πc/K), so K = 2 gives the easy
 * linearly separable case and larger K a multiclass one.
 */
import type { Dataset } from './dataset';
import type { Seed } from './generator';
import { classSizes, requireCount, resolveRng } from './generator';
import { requireNonNegative } from '../errors';
import { ShapeError, requireFinite, requireInteger } from '../errors';

export interface BlobsParams {
  readonly n: number;
  /** Number of blobs (classes); ignored when `centers` is given. */
  readonly k: number;
  /** Explicit centers, one per class. */
  readonly centers?: readonly (readonly [number, number])[];
  /** Radius of the circle the default centers sit on. */
  readonly radius: number;
  /** Standard deviation of each blob along each axis. */
  readonly std: number;
  readonly seed: Seed;
}

export const BLOBS_DEFAULTS: Readonly<BlobsParams> = Object.freeze({
  n: 200,
  k: 2,
  radius: 2,
  std: 0.5,
  seed: 0,
});

/** The most classes a blobs dataset may have. */
export const MAX_BLOBS = 64;

export function makeBlobs(params: Partial<BlobsParams> = {}): Dataset {
  const op = 'blobs';
  const p = { ...BLOBS_DEFAULTS, ...params };
  const n = requireCount(op, 'n', p.n);
  const std = requireNonNegative(op, 'std', p.std);
  const centers = p.centers ? checkCenters(op, p.centers) : circleCenters(op, p.k, p.radius);
  const k = centers.length;
  const rng = resolveRng(op, p.seed);
  const x = new Float64Array(2 * n), y = new Float64Array(n);
  let row = 0;
  classSizes(n, k).forEach((m, c) => {
    for (let i = 0; i < m; i++, row++) {
      x[2 * row] = centers[c][0] + std * rng.normal();
      x[2 * row + 1] = centers[c][1] + std * rng.normal();
      y[row] = c;
    }
  });
  return { x, y, n, d: 2, classes: k, name: 'blobs' };
}

function circleCenters(op: string, k: number, radius: number): [number, number][] {
  requireInteger(op, 'k', k, 1, MAX_BLOBS);
  requireNonNegative(op, 'radius', radius);
  return Array.from({ length: k }, (_, c) => {
    const t = (2 * Math.PI * c) / k;
    return [radius * Math.cos(t), radius * Math.sin(t)];
  });
}

function checkCenters(op: string, centers: BlobsParams['centers'] & object): [number, number][] {
  if (centers.length < 1 || centers.length > MAX_BLOBS) {
    throw new ShapeError(op, `centers must hold 1 to ${MAX_BLOBS} points, got ${centers.length}`);
  }
  return centers.map((c, i) => {
    if (c.length !== 2) throw new ShapeError(op, `centers[${i}] must have length 2, got ${c.length}`);
    return [requireFinite(op, `centers[${i}][0]`, c[0]), requireFinite(op, `centers[${i}][1]`, c[1])];
  });
}
