/**
 * The optimizer race's whole state, one table (URL keys `race.*`): the surface (and the
 * quadratic's κ and rotation, the noisy line's batch size and seed), which optimizers race
 * (one switch each), each optimizer's hyperparameters (`race.adam_lr`, `race.adam_beta1`, …),
 * each optimizer's learning-rate schedule (`race.adam_sched` and only that kind's parameters),
 * the shared start and the number of steps.
 *
 * Every hyperparameter has its own field, so a link can say anything a slider can; the share
 * link leaves out the ones that cannot change the run (an unselected optimizer's settings, κ
 * off the quadratic, the seed off the noisy line: see shareQuery.ts), and a missing key decodes
 * to its default, so the link stays short without losing the run.
 *
 * The start is stored in data units with wide bounds (as the surface explorer's probe is); a
 * start outside the current surface's window is moved in with a message (raceProblem.ts).
 */
import { defineSchema, type StateOf } from '../state/schema';
import { scheduleFields } from './raceSchedule';

/** The problems the race runs on: six of the core's surfaces and the noisy mini-batch line. */
export const RACE_SURFACES = ['quadratic', 'rosenbrock', 'beale', 'himmelblau', 'saddle', 'sixHumpCamel', 'noisyLine'] as const;
export type RaceSurface = (typeof RACE_SURFACES)[number];

/** The racers, in the book's order: the eight first-order methods, then the two second-order ones. */
export const RACER_NAMES = ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adadelta', 'adam', 'adamw', 'newton', 'lbfgs'] as const;
export type RacerName = (typeof RACER_NAMES)[number];

/** Bounds of the stored start: wider than every window. */
export const START_LIMIT = 1000;
export const MAX_STEPS = 5000;

const lr = (d: number) => ({ kind: 'number', min: 1e-4, max: 10, default: d, log: true, label: 'Learning rate α' }) as const;
const decay = (d: number, label: string) => ({ kind: 'number', min: 0, max: 0.999, default: d, step: 0.001, label }) as const;
const eps = (d: number) => ({ kind: 'number', min: 1e-10, max: 1, default: d, log: true, label: 'ε' }) as const;
const on = (d: boolean, label: string) => ({ kind: 'boolean', default: d, label }) as const;

export const raceSchema = defineSchema({
  surface: { kind: 'enum', values: RACE_SURFACES, default: 'rosenbrock', label: 'Surface' },
  kappa: { kind: 'number', min: 1, max: 1000, default: 50, log: true, label: 'Condition number κ' },
  rotation: { kind: 'number', min: 0, max: 180, default: 30, step: 1, label: 'Rotation' },
  batch: { kind: 'number', min: 1, max: 200, default: 8, integer: true, log: true, label: 'Batch size' },
  seed: { kind: 'seed', default: 1, label: 'Batch order' },
  x: { kind: 'number', min: -START_LIMIT, max: START_LIMIT, default: -1.2, label: 'Start x' },
  y: { kind: 'number', min: -START_LIMIT, max: START_LIMIT, default: 1, label: 'Start y' },
  steps: { kind: 'number', min: 10, max: MAX_STEPS, default: 500, integer: true, log: true, label: 'Steps', unit: 'steps' },

  sgd: on(true, 'SGD'),
  momentum: on(true, 'Momentum'),
  nesterov: on(false, 'Nesterov'),
  adagrad: on(false, 'AdaGrad'),
  rmsprop: on(true, 'RMSProp'),
  adadelta: on(false, 'AdaDelta'),
  adam: on(true, 'Adam'),
  adamw: on(false, 'AdamW'),
  newton: on(false, 'Newton'),
  lbfgs: on(false, 'L-BFGS'),

  sgd_lr: lr(0.001),
  momentum_lr: lr(0.001),
  momentum_beta: decay(0.9, 'Momentum β'),
  nesterov_lr: lr(0.001),
  nesterov_beta: decay(0.9, 'Momentum β'),
  adagrad_lr: lr(0.5),
  adagrad_eps: eps(1e-8),
  rmsprop_lr: lr(0.01),
  rmsprop_rho: decay(0.9, 'Decay ρ'),
  rmsprop_eps: eps(1e-8),
  adadelta_lr: lr(1),
  adadelta_rho: decay(0.95, 'Decay ρ'),
  adadelta_eps: eps(1e-6),
  adam_lr: lr(0.05),
  adam_beta1: decay(0.9, 'β₁ (first moment)'),
  adam_beta2: decay(0.999, 'β₂ (second moment)'),
  adam_eps: eps(1e-8),
  adamw_lr: lr(0.05),
  adamw_beta1: decay(0.9, 'β₁ (first moment)'),
  adamw_beta2: decay(0.999, 'β₂ (second moment)'),
  adamw_eps: eps(1e-8),
  adamw_wd: { kind: 'number', min: 0, max: 1, default: 0.01, step: 0.001, label: 'Weight decay λ' },
  newton_lr: lr(1),
  lbfgs_lr: lr(1),

  // A schedule per racer: its kind and that kind's parameters (raceSchedule.ts).
  ...scheduleFields('sgd'),
  ...scheduleFields('momentum'),
  ...scheduleFields('nesterov'),
  ...scheduleFields('adagrad'),
  ...scheduleFields('rmsprop'),
  ...scheduleFields('adadelta'),
  ...scheduleFields('adam'),
  ...scheduleFields('adamw'),
  ...scheduleFields('newton'),
  ...scheduleFields('lbfgs'),
});

export type RaceState = StateOf<typeof raceSchema>;
export type RaceField = keyof typeof raceSchema & string;

/** One hyperparameter slider: the state field and the optimizer config key it sets. */
export interface HyperField {
  readonly field: RaceField;
  readonly config: string;
  /** Plain-text symbol for tables and sentences. */
  readonly symbol: string;
}

export interface RacerInfo {
  readonly label: string;
  /** Needs the surface's Hessian or a line search on the full objective: not on mini-batches. */
  readonly secondOrder: boolean;
  readonly hyper: readonly HyperField[];
}

const h = (field: RaceField, config: string, symbol: string): HyperField => ({ field, config, symbol });

export const RACER_INFO: { readonly [N in RacerName]: RacerInfo } = {
  sgd: { label: 'SGD', secondOrder: false, hyper: [h('sgd_lr', 'lr', 'α')] },
  momentum: { label: 'Momentum', secondOrder: false, hyper: [h('momentum_lr', 'lr', 'α'), h('momentum_beta', 'beta', 'β')] },
  nesterov: { label: 'Nesterov', secondOrder: false, hyper: [h('nesterov_lr', 'lr', 'α'), h('nesterov_beta', 'beta', 'β')] },
  adagrad: { label: 'AdaGrad', secondOrder: false, hyper: [h('adagrad_lr', 'lr', 'α'), h('adagrad_eps', 'eps', 'ε')] },
  rmsprop: { label: 'RMSProp', secondOrder: false, hyper: [h('rmsprop_lr', 'lr', 'α'), h('rmsprop_rho', 'rho', 'ρ'), h('rmsprop_eps', 'eps', 'ε')] },
  adadelta: { label: 'AdaDelta', secondOrder: false, hyper: [h('adadelta_lr', 'lr', 'α'), h('adadelta_rho', 'rho', 'ρ'), h('adadelta_eps', 'eps', 'ε')] },
  adam: { label: 'Adam', secondOrder: false, hyper: [h('adam_lr', 'lr', 'α'), h('adam_beta1', 'beta1', 'β₁'), h('adam_beta2', 'beta2', 'β₂'), h('adam_eps', 'eps', 'ε')] },
  adamw: {
    label: 'AdamW',
    secondOrder: false,
    hyper: [h('adamw_lr', 'lr', 'α'), h('adamw_beta1', 'beta1', 'β₁'), h('adamw_beta2', 'beta2', 'β₂'), h('adamw_eps', 'eps', 'ε'), h('adamw_wd', 'weightDecay', 'λ')],
  },
  newton: { label: 'Newton', secondOrder: true, hyper: [h('newton_lr', 'lr', 'α')] },
  lbfgs: { label: 'L-BFGS', secondOrder: true, hyper: [h('lbfgs_lr', 'lr', 'α')] },
};

/** Whether an optimizer can run on this surface (second-order methods need the full objective). */
export const appliesTo = (name: RacerName, surface: RaceSurface): boolean => !(RACER_INFO[name].secondOrder && surface === 'noisyLine');

/** The racers the state selects that can run on its surface, in the book's order. */
export function activeRacers(state: RaceState): RacerName[] {
  return RACER_NAMES.filter((n) => state[n] && appliesTo(n, state.surface));
}

/** Each racer's selected but inapplicable optimizers (Newton on the noisy line), for a note. */
export function skippedRacers(state: RaceState): RacerName[] {
  return RACER_NAMES.filter((n) => state[n] && !appliesTo(n, state.surface));
}
