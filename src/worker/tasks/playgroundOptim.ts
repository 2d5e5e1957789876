/**
 * The playground's optimizers are the core's SGD, momentum and Adam. The page keeps a run's
 * optimizer state between chunks and sends it back with the weights (and a weights file holds
 * it), so here it has a plain wire form, `slots` and `powers`, turned into the core's snapshot
 * (optim/snapshot.ts) at the start of a chunk and back at its end.
 */
import { adam, momentum, type Optimizer, type OptimizerSnapshot, sgd } from '../../core';

export const PLAYGROUND_OPTIMIZERS = ['sgd', 'momentum', 'adam'] as const;
export type PlaygroundOptimizer = (typeof PLAYGROUND_OPTIMIZERS)[number];

export interface OptimizerSettings {
  readonly name: PlaygroundOptimizer;
  /** Momentum's β. */
  readonly beta: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
}

/**
 * Everything an optimizer remembers: `slots` holds momentum's v, or Adam's m then v (length 0,
 * P or 2P); `powers` Adam's running products β₁ᵗ and β₂ᵗ (kept as products, as the core does,
 * so every engine rounds them alike).
 */
export interface OptimizerState {
  readonly slots: Float64Array;
  readonly powers: Float64Array;
}

export function freshOptimizerState(name: PlaygroundOptimizer, size: number): OptimizerState {
  const slots = new Float64Array(name === 'sgd' ? 0 : name === 'momentum' ? size : 2 * size);
  return { slots, powers: Float64Array.of(1, 1) };
}

/** Slots an optimizer of this kind needs for `size` parameters (to check a state sent back). */
export const slotCount = (name: PlaygroundOptimizer, size: number): number => (name === 'sgd' ? 0 : name === 'momentum' ? size : 2 * size);

const zeros = (n: number) => new Float64Array(n);

/** The wire form as the core's snapshot: momentum's v is the slots; Adam's m and v their halves. */
function snapshotOf(name: PlaygroundOptimizer, state: OptimizerState, size: number, steps: number): OptimizerSnapshot {
  if (name === 'sgd') return { steps, vectors: {}, scalars: {} };
  if (name === 'momentum') return { steps, vectors: { v: state.slots }, scalars: {} };
  return { steps, vectors: { m: state.slots.subarray(0, size), v: state.slots.subarray(size, 2 * size) }, scalars: { beta1Power: state.powers[0], beta2Power: state.powers[1] } };
}

/** The core optimizer for a chunk, continuing from `state` (the wire form) after `steps` steps. */
export function resumeOptimizer(s: OptimizerSettings, state: OptimizerState, size: number, steps: number, lr: number): Optimizer {
  const opt = s.name === 'sgd' ? sgd({ lr }) : s.name === 'momentum' ? momentum({ lr, beta: s.beta }) : adam({ lr, beta1: s.beta1, beta2: s.beta2, eps: s.eps });
  if (!opt.load) throw new Error(`playgroundTrain: the ${s.name} optimizer cannot load a state`);
  opt.load(snapshotOf(s.name, state, size, steps));
  return opt;
}

/** The wire form of the optimizer's state after a chunk (zeros for moments it has not sized yet). */
export function optimizerStateOf(name: PlaygroundOptimizer, opt: Optimizer, size: number): OptimizerState {
  const saved = opt.save?.();
  if (!saved) throw new Error(`playgroundTrain: the ${name} optimizer cannot save its state`);
  const v = saved.vectors;
  if (name === 'sgd') return freshOptimizerState('sgd', size);
  if (name === 'momentum') return { slots: v.v ?? zeros(size), powers: Float64Array.of(1, 1) };
  const slots = new Float64Array(2 * size);
  slots.set(v.m ?? zeros(size));
  slots.set(v.v ?? zeros(size), size);
  return { slots, powers: Float64Array.of(saved.scalars.beta1Power, saved.scalars.beta2Power) };
}
