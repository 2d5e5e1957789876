/**
 * Every optimizer by name: what a URL, an embed attribute or a widget's dropdown refers to.
 */
import { lookupName } from '../errors';
import { adadelta } from './adadelta';
import type { AdadeltaConfig } from './adadelta';
import { adagrad } from './adagrad';
import type { AdagradConfig } from './adagrad';
import { adam } from './adam';
import type { AdamConfig } from './adam';
import { adamw } from './adamw';
import type { AdamWConfig } from './adamw';
import { lbfgs } from './lbfgs';
import type { LbfgsConfig } from './lbfgs';
import { momentum } from './momentum';
import type { MomentumConfig } from './momentum';
import { nesterov } from './nesterov';
import type { NesterovConfig } from './nesterov';
import { newton } from './newton';
import type { NewtonConfig } from './newton';
import type { Optimizer, OptimizerModule, OptimizerName } from './optimizer';
import { rmsprop } from './rmsprop';
import type { RmspropConfig } from './rmsprop';
import { sgd } from './sgd';
import type { SgdConfig } from './sgd';

/** The config type of each optimizer, by name. */
export interface OptimizerConfigs {
  sgd: SgdConfig;
  momentum: MomentumConfig;
  nesterov: NesterovConfig;
  adagrad: AdagradConfig;
  adadelta: AdadeltaConfig;
  rmsprop: RmspropConfig;
  adam: AdamConfig;
  adamw: AdamWConfig;
  newton: NewtonConfig;
  lbfgs: LbfgsConfig;
}

export type OptimizerModules = { readonly [K in OptimizerName]: OptimizerModule<OptimizerConfigs[K]> };

export const optimizers: OptimizerModules = {
  sgd,
  momentum,
  nesterov,
  adagrad,
  adadelta,
  rmsprop,
  adam,
  adamw,
  newton,
  lbfgs,
};

/** In the book's order: first-order methods from simplest up, then second-order. */
export const optimizerNames: readonly OptimizerName[] = Object.keys(optimizers) as OptimizerName[];

/**
 * Creates an optimizer by name. Typed when the name is a literal; any other string is looked
 * up at run time (UnknownNameError listing the known names) and its config validated by the
 * optimizer's factory.
 */
export function createOptimizer<K extends OptimizerName>(
  name: K,
  config?: Partial<OptimizerConfigs[K]>,
): Optimizer<OptimizerConfigs[K]>;
export function createOptimizer(name: string, config?: Readonly<Record<string, unknown>>): Optimizer;
export function createOptimizer(name: string, config?: object): Optimizer {
  const module: OptimizerModule<object> = lookupName<OptimizerName, OptimizerModule<object>>(
    'createOptimizer',
    optimizers,
    name,
  );
  return module.create(config);
}
