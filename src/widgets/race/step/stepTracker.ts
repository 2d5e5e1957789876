/**
 * One tracker per racer: follows the optimizer's state beside the core's optimizer during a
 * replay (each family's module, fed the same w, g and α_t), and prints a step's lines. The
 * state lives here, not in the core, because the core's optimizers keep theirs private; the
 * replay checks that the tracker's point after each step is the core's, bit for bit.
 */
import type { OptimizerConfigs } from '../../../core';
import type { RacerName } from '../raceSchema';
import { adadeltaStep, adagradStep, NO_ADADELTA, NO_SQUARES, rmspropStep } from './adaptiveStep';
import { adamStep, NO_MOMENTS } from './adamStep';
import { momentumStep, NO_VELOCITY } from './momentumStep';
import { sgdStep } from './sgdStep';
import type { Pair, StepShown } from './stepFormat';

export interface StepTracker {
  /** The step from w with gradient g at rate lr: its lines and the point after it; the state moves on. */
  advance(w: Pair, g: Pair, lr: number): StepShown<unknown>;
}

function track<S>(init: S, step: (s: S, w: Pair, g: Pair, lr: number) => StepShown<S>): StepTracker {
  let state = init;
  return {
    advance(w, g, lr) {
      const shown = step(state, w, g, lr);
      state = shown.state;
      return shown;
    },
  };
}

/** First-order racers' configs, resolved by the core (defaults filled in). */
export type FirstOrder = Exclude<RacerName, 'newton' | 'lbfgs'>;

/** A tracker for a first-order racer with the core's resolved config. */
export function trackerFor(name: FirstOrder, config: object): StepTracker {
  switch (name) {
    case 'sgd':
      return track(null, (_s, w, g, lr) => sgdStep(w, g, lr));
    case 'momentum':
    case 'nesterov': {
      const { beta } = config as OptimizerConfigs['momentum'];
      return track(NO_VELOCITY, (s, w, g, lr) => momentumStep(beta, name === 'nesterov', s, w, g, lr));
    }
    case 'adagrad': {
      const { eps } = config as OptimizerConfigs['adagrad'];
      return track(NO_SQUARES, (s, w, g, lr) => adagradStep(eps, s, w, g, lr));
    }
    case 'rmsprop': {
      const { rho, eps } = config as OptimizerConfigs['rmsprop'];
      return track(NO_SQUARES, (s, w, g, lr) => rmspropStep(rho, eps, s, w, g, lr));
    }
    case 'adadelta': {
      const { rho, eps } = config as OptimizerConfigs['adadelta'];
      return track(NO_ADADELTA, (s, w, g, lr) => adadeltaStep(rho, eps, s, w, g, lr));
    }
    case 'adam':
    case 'adamw': {
      const c = config as OptimizerConfigs['adamw'];
      const numbers = { beta1: c.beta1, beta2: c.beta2, eps: c.eps, weightDecay: name === 'adamw' ? c.weightDecay : 0 };
      return track(NO_MOMENTS, (s, w, g, lr) => adamStep(numbers, s, w, g, lr));
    }
  }
  throw new Error(`trackerFor: no tracker for optimizer "${String(name)}"`);
}
