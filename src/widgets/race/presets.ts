/**
 * The classic comparisons, each a whole-state patch (every racer switched on or off, so a preset
 * always shows the same race whatever was on before).
 */
import type { Patch } from '../state/schema';
import { RACER_NAMES, type raceSchema, type RacerName } from './raceSchema';

export interface RacePreset {
  readonly id: string;
  readonly label: string;
  /** One sentence on what to look for. */
  readonly about: string;
  readonly patch: Patch<typeof raceSchema>;
}

/** A patch that switches on exactly these racers and every other one off. */
const racersOn = (...names: RacerName[]) => Object.fromEntries(RACER_NAMES.map((n) => [n, names.includes(n)])) as Patch<typeof raceSchema>;

export const RACE_PRESETS: readonly RacePreset[] = [
  {
    id: 'valley',
    label: 'Long narrow valley',
    about: 'A bowl 100 times steeper across than along, turned 30°: SGD at α just under 2/λmax = 0.02 zig-zags and crawls; momentum and Nesterov cross it in far fewer steps.',
    patch: {
      surface: 'quadratic', kappa: 100, rotation: 30, x: -2.5, y: 2, steps: 300,
      ...racersOn('sgd', 'momentum', 'nesterov', 'adam'),
      sgd_lr: 0.019, momentum_lr: 0.01, momentum_beta: 0.9, nesterov_lr: 0.01, nesterov_beta: 0.9, adam_lr: 0.05,
    },
  },
  {
    id: 'saddle',
    label: 'Escaping a saddle',
    about: 'Started a hair off the saddle’s ridge line: plain gradient descent takes long to leave it, momentum and the adaptive methods leave faster, and Newton’s step jumps onto the saddle point itself.',
    patch: {
      surface: 'saddle', x: 1.5, y: 0.001, steps: 200,
      ...racersOn('sgd', 'momentum', 'rmsprop', 'adam', 'newton'),
      sgd_lr: 0.01, momentum_lr: 0.01, momentum_beta: 0.9, rmsprop_lr: 0.01, adam_lr: 0.01, newton_lr: 1,
    },
  },
  {
    id: 'beale',
    label: 'Beale’s function',
    about: 'Flat plateaus and steep walls: one learning rate cannot suit both, so the per-parameter methods get there while SGD barely moves.',
    patch: {
      surface: 'beale', x: 1, y: 1.5, steps: 1000,
      ...racersOn('sgd', 'momentum', 'adagrad', 'rmsprop', 'adam', 'lbfgs'),
      sgd_lr: 0.001, momentum_lr: 0.001, momentum_beta: 0.9, adagrad_lr: 0.5, rmsprop_lr: 0.01, adam_lr: 0.05, lbfgs_lr: 1,
    },
  },
  {
    id: 'noisy',
    label: 'Noisy mini-batches',
    about: 'Fitting a line to 200 noisy points 8 at a time: every step follows a noisy gradient, so the paths jitter around the least-squares line instead of settling on it.',
    patch: {
      surface: 'noisyLine', batch: 8, seed: 1, x: -1, y: 4, steps: 500,
      ...racersOn('sgd', 'momentum', 'adagrad', 'adam'),
      sgd_lr: 0.05, momentum_lr: 0.01, momentum_beta: 0.9, adagrad_lr: 0.5, adam_lr: 0.05,
    },
  },
];
