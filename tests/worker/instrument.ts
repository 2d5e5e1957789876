/**
 * Tasks wrapped to count what actually ran inside the "worker": checkpoints passed, runs
 * started, runs that finished, and the most runs alive at once.
 */
import type { TaskName } from '../../src/worker/protocol';
import type { TaskFunction, TaskRegistry } from '../../src/worker/registry';
import { tasks } from '../../src/worker/registry';

export interface Counts {
  started: number;
  finished: number;
  checkpoints: number;
  alive: number;
  maxAlive: number;
}

export function instrumentTasks(): { tasks: TaskRegistry; counts: Counts } {
  const counts: Counts = { started: 0, finished: 0, checkpoints: 0, alive: 0, maxAlive: 0 };
  function wrap<K extends TaskName>(fn: TaskFunction<K>): TaskFunction<K> {
    return function* (input, ctx) {
      counts.started++;
      counts.alive++;
      counts.maxAlive = Math.max(counts.maxAlive, counts.alive);
      try {
        const inner = fn(input, ctx);
        for (;;) {
          const step = inner.next();
          if (step.done) {
            counts.finished++;
            return step.value;
          }
          counts.checkpoints++;
          yield;
        }
      } finally {
        counts.alive--;
      }
    };
  }
  const wrapped: TaskRegistry = {
    linregGrid: wrap(tasks.linregGrid),
    randomSearch: wrap(tasks.randomSearch),
    trainSurface: wrap(tasks.trainSurface),
    surfaceGrid: wrap(tasks.surfaceGrid),
    batchPaths: wrap(tasks.batchPaths),
    strategyRace: wrap(tasks.strategyRace),
    lossSlice: wrap(tasks.lossSlice),
    optimizerRace: wrap(tasks.optimizerRace),
    optimizerComparison: wrap(tasks.optimizerComparison),
    earlyStopping: wrap(tasks.earlyStopping),
    classifierRuns: wrap(tasks.classifierRuns),
    hyperparameterSearch: wrap(tasks.hyperparameterSearch),
    babysit: wrap(tasks.babysit),
    xorTraining: wrap(tasks.xorTraining),
    playgroundTrain: wrap(tasks.playgroundTrain),
    playgroundGradCheck: wrap(tasks.playgroundGradCheck),
    activationStats: wrap(tasks.activationStats),
  };
  return { tasks: wrapped, counts };
}
