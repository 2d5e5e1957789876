/**
 * The four methods "Second order" compares, as the worker's optimizerRace input: gradient
 * descent, the pure Newton step, Newton damped by a ridge (H + rI), and L-BFGS. The quadratic
 * is rotated 30° so that gradient descent zig-zags and Newton's one-step landing shows.
 */
import type { OptimizerRaceInput, RaceProblem } from '../../worker/tasks/optimizerRace';
import { RACER_STYLES } from '../race/racerStyles';
import type { SecondOrderProblem } from './secondOrderSchema';

export const QUADRATIC_ROTATION = 30;
/** Arrived: within this of the minimum's value. */
export const TOLERANCE = 1e-8;

export type RacerKey = 'gd' | 'newton' | 'damped' | 'lbfgs';

export interface RacerStyle {
  readonly key: RacerKey;
  readonly label: string;
  readonly color: string;
  /** SVG stroke-dasharray, so colour is not the only cue. */
  readonly dash: string;
}

/** The race's colours and dashes (racerStyles.ts) for gradient descent, Newton and L-BFGS, so a
 *  method looks the same in every widget; the damped Newton gets Paul Tol's purple, unused there. */
const like = (name: 'sgd' | 'newton' | 'lbfgs') => ({ color: RACER_STYLES[name].color, dash: RACER_STYLES[name].dash ?? '' });

export const RACERS: readonly RacerStyle[] = [
  { key: 'gd', label: 'Gradient descent', ...like('sgd') },
  { key: 'newton', label: 'Newton', ...like('newton') },
  { key: 'damped', label: 'Damped Newton', color: '#AA4499', dash: '8 3' },
  { key: 'lbfgs', label: 'L-BFGS', ...like('lbfgs') },
];

export interface RaceSettings {
  readonly problem: SecondOrderProblem;
  readonly kappa: number;
  readonly x: number;
  readonly y: number;
  readonly lr: number;
  readonly ridge: number;
  readonly history: number;
  readonly steps: number;
}

export function raceProblem(problem: SecondOrderProblem, kappa: number): RaceProblem {
  if (problem === 'quadratic') return { kind: 'surface', surface: { name: 'quadratic', params: { conditionNumber: kappa, rotationDeg: QUADRATIC_ROTATION } } };
  return { kind: 'surface', surface: { name: problem } };
}

/** The race input, racers in the order of RACERS. */
export function raceInput(s: RaceSettings): OptimizerRaceInput {
  return {
    problem: raceProblem(s.problem, s.kappa),
    start: [s.x, s.y],
    steps: s.steps,
    tolerance: TOLERANCE,
    racers: [
      { optimizer: { name: 'sgd', config: { lr: s.lr } } },
      { optimizer: { name: 'newton' } },
      { optimizer: { name: 'newton', config: { ridge: s.ridge } } },
      { optimizer: { name: 'lbfgs', config: { history: s.history } } },
    ],
  };
}
