/** Every dataset generator by name, each with its documented defaults. */
import type { Dataset } from './dataset';
import { lookupName } from '../errors';
import { makeLinreg7 } from './linreg7';
import { makeSmooth1d } from './smooth1d';
import type { Smooth1dParams } from './smooth1d';
import { makeSpirals } from './spirals';
import type { SpiralsParams } from './spirals';
import { makeMoons } from './moons';
import type { MoonsParams } from './moons';
import { makeCircles } from './circles';
import type { CirclesParams } from './circles';
import { makeXor } from './xor';
import type { XorParams } from './xor';
import { makeBlobs } from './blobs';
import type { BlobsParams } from './blobs';

export type DatasetName = 'linreg7' | 'smooth1d' | 'spirals' | 'moons' | 'circles' | 'xor' | 'blobs';

/** The parameters each generator accepts (all optional; missing ones take the defaults). */
export interface DatasetParams {
  linreg7: Record<string, never>;
  smooth1d: Partial<Smooth1dParams>;
  spirals: Partial<SpiralsParams>;
  moons: Partial<MoonsParams>;
  circles: Partial<CirclesParams>;
  xor: Partial<XorParams>;
  blobs: Partial<BlobsParams>;
}

type DatasetFactory<N extends DatasetName> = (params?: DatasetParams[N]) => Dataset;

export const datasets: { readonly [N in DatasetName]: DatasetFactory<N> } = Object.freeze({
  linreg7: makeLinreg7,
  smooth1d: makeSmooth1d,
  spirals: makeSpirals,
  moons: makeMoons,
  circles: makeCircles,
  xor: makeXor,
  blobs: makeBlobs,
});

/** All dataset names, in display order. */
export const DATASET_NAMES = Object.freeze(Object.keys(datasets) as DatasetName[]);

/** Generates a dataset by name; throws UnknownNameError listing the known names. */
export function createDataset<N extends DatasetName>(name: N, params?: DatasetParams[N]): Dataset;
export function createDataset(name: string, params?: object): Dataset;
export function createDataset(name: string, params?: object): Dataset {
  const factory = lookupName('createDataset', datasets, name) as (params?: object) => Dataset;
  return factory(params);
}
