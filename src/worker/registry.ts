/** Every task by name, typed against the TaskMap, and a synchronous way to run one. */
import type { TaskInput, TaskName, TaskOutput, TaskProgress } from './protocol';
import { drain } from './runner';
import { activationStats } from './tasks/activationStats';
import { babysit } from './tasks/babysit';
import { batchPaths } from './tasks/batchPaths';
import { classifierRuns } from './tasks/classifierRuns';
import { earlyStopping } from './tasks/earlyStopping';
import { hyperparameterSearch } from './tasks/hyperparameterSearch';
import { linregGrid } from './tasks/linregGrid';
import { lossSlice } from './tasks/lossSlice';
import { optimizerComparison } from './tasks/optimizerComparison';
import { optimizerRace } from './tasks/optimizerRace';
import { playgroundGradCheck } from './tasks/playgroundGradCheck';
import { playgroundTrain } from './tasks/playgroundTrain';
import { randomSearch } from './tasks/randomSearch';
import { strategyRace } from './tasks/strategyRace';
import { surfaceGrid } from './tasks/surfaceGrid';
import type { TaskContext, TaskGenerator } from './tasks/task';
import { trainSurface } from './tasks/trainSurface';
import { xorTraining } from './tasks/xorTraining';

export type TaskFunction<K extends TaskName> = (
  input: TaskInput<K>,
  ctx: TaskContext<TaskProgress<K>>,
) => TaskGenerator<TaskOutput<K>>;

export type TaskRegistry = { readonly [K in TaskName]: TaskFunction<K> };

export const tasks: TaskRegistry = Object.freeze({ linregGrid, randomSearch, trainSurface, surfaceGrid, batchPaths, strategyRace, lossSlice, optimizerRace, optimizerComparison, earlyStopping, classifierRuns, hyperparameterSearch, babysit, xorTraining, activationStats, playgroundTrain, playgroundGradCheck });

export const TASK_NAMES: readonly TaskName[] = Object.freeze(Object.keys(tasks) as TaskName[]);

/**
 * Runs a task to completion on the calling thread, without slicing: for Node (tests, the build
 * that prints a chapter's numbers). `shouldStop` and `onProgress` are optional.
 */
export function runTaskSync<K extends TaskName>(
  task: K,
  input: TaskInput<K>,
  ctx: Partial<TaskContext<TaskProgress<K>>> = {},
): TaskOutput<K> {
  const fn: TaskFunction<K> = tasks[task];
  return drain(fn(input, { shouldStop: ctx.shouldStop ?? (() => false), progress: ctx.progress ?? (() => {}) }));
}
