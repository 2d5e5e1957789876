/**
 * The searches at the widget's defaults, run synchronously (Node: the chapter's numbers module,
 * tests), through the same task the widget runs in the worker. Not imported by the widget, so
 * its chunk carries no task registry.
 */
import { runTaskSync } from '../../worker/registry';
import { searchSchema } from './searchSchema';
import { defaultState } from '../state/schema';
import { deal, gridTrials, interleave, mapTrials, randomTrials, searchProblem, stabilityLimit, summarize, summarizeMap, taskInput, type MapSummary, type SearchSummary } from './searchModel';

export interface SearchOutcome {
  /** K: the grid's side; each search tried K² settings. */
  readonly side: number;
  readonly trialsPerSearch: number;
  readonly seed: number;
  readonly epochs: number;
  readonly grid: SearchSummary;
  readonly random: SearchSummary;
  /** 2/λmax of the training MSE's Hessian: α above it diverges. */
  readonly stability: { readonly lambdaMax: number; readonly lr: number; readonly logLr: number };
  /** The loss map over the whole box (MAP_SIDE² trainings). */
  readonly map: MapSummary;
}

/** Both searches (and the loss map) at `side` and `seed`, by default the widget's defaults. */
export function searchOutcome(side?: number, seed?: number): SearchOutcome {
  const defaults = defaultState(searchSchema);
  const k = side ?? defaults.side, s = seed ?? defaults.seed;
  const problem = searchProblem();
  const grid = gridTrials(k), random = randomTrials(k, s);
  const run = runTaskSync('hyperparameterSearch', taskInput(interleave(grid, random), problem));
  const dealt = deal(run.scores);
  const map = runTaskSync('hyperparameterSearch', taskInput(mapTrials(), problem));
  return {
    side: k, trialsPerSearch: k * k, seed: s, epochs: problem.epochs,
    grid: summarize(grid, dealt.grid),
    random: summarize(random, dealt.random),
    stability: stabilityLimit(problem.trainX, problem.degree),
    map: summarizeMap(map.scores),
  };
}
