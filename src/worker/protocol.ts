/**
 * The messages between the page and the compute worker, and the table of tasks they name.
 *
 *   page → worker   { type: 'run', id, task, input }   start a task
 *                   { type: 'cancel', id }             stop it at its next checkpoint
 *                   { type: 'ping', id }               liveness check (answered between slices)
 *   worker → page   { type: 'ready' }                  the worker's script loaded
 *                   { type: 'progress', id, data }     a snapshot, in order, 0 or more times
 *                   { type: 'done', id, data }         the output; last message for this id
 *                   { type: 'error', id, message, name }  the task threw; last message for this id
 *                   { type: 'pong', id }
 *
 * A cancelled run gets no further message. Float64Arrays in progress and output data travel
 * as transferables (moved, not copied; see transfer.ts); inputs are copied.
 */
import type { ActivationStatsInput, ActivationStatsOutput } from './tasks/activationStats';
import type { BabysitInput, BabysitOutput, BabysitProgress } from './tasks/babysit';
import type { BatchPathsInput, BatchPathsOutput } from './tasks/batchPaths';
import type { ClassifierRunsInput, ClassifierRunsOutput, ClassifierRunsProgress } from './tasks/classifierRuns';
import type { EarlyStoppingInput, EarlyStoppingOutput } from './tasks/earlyStopping';
import type { HyperparameterSearchInput, HyperparameterSearchOutput, HyperparameterSearchProgress } from './tasks/hyperparameterSearch';
import type { LinregGridInput, LinregGridOutput } from './tasks/linregGrid';
import type { LossSliceInput, LossSliceOutput } from './tasks/lossSlice';
import type { OptimizerComparisonInput, OptimizerComparisonOutput, OptimizerComparisonProgress } from './tasks/optimizerComparison';
import type { PlaygroundGradCheckInput, PlaygroundGradCheckOutput } from './tasks/playgroundGradCheck';
import type { PlaygroundTrainInput, PlaygroundTrainOutput } from './tasks/playgroundTrain';
import type { OptimizerRaceInput, OptimizerRaceOutput } from './tasks/optimizerRace';
import type { RandomSearchInput, RandomSearchOutput, RandomSearchProgress } from './tasks/randomSearch';
import type { StrategyRaceInput, StrategyRaceOutput, StrategyRaceProgress } from './tasks/strategyRace';
import type { SurfaceGridInput, SurfaceGridOutput } from './tasks/surfaceGrid';
import type { SurfacePath, TrainSurfaceInput, TrainSurfaceOutput } from './tasks/trainSurface';
import type { XorTrainingInput, XorTrainingOutput } from './tasks/xorTraining';

/** Every task: its input, its progress snapshots (never: it reports none) and its output. */
export interface TaskMap {
  linregGrid: { input: LinregGridInput; progress: never; output: LinregGridOutput };
  randomSearch: { input: RandomSearchInput; progress: RandomSearchProgress; output: RandomSearchOutput };
  trainSurface: { input: TrainSurfaceInput; progress: SurfacePath; output: TrainSurfaceOutput };
  surfaceGrid: { input: SurfaceGridInput; progress: never; output: SurfaceGridOutput };
  strategyRace: { input: StrategyRaceInput; progress: StrategyRaceProgress; output: StrategyRaceOutput };
  batchPaths: { input: BatchPathsInput; progress: never; output: BatchPathsOutput };
  lossSlice: { input: LossSliceInput; progress: never; output: LossSliceOutput };
  optimizerRace: { input: OptimizerRaceInput; progress: never; output: OptimizerRaceOutput };
  optimizerComparison: { input: OptimizerComparisonInput; progress: OptimizerComparisonProgress; output: OptimizerComparisonOutput };
  earlyStopping: { input: EarlyStoppingInput; progress: never; output: EarlyStoppingOutput };
  hyperparameterSearch: { input: HyperparameterSearchInput; progress: HyperparameterSearchProgress; output: HyperparameterSearchOutput };
  classifierRuns: { input: ClassifierRunsInput; progress: ClassifierRunsProgress; output: ClassifierRunsOutput };
  babysit: { input: BabysitInput; progress: BabysitProgress; output: BabysitOutput };
  xorTraining: { input: XorTrainingInput; progress: never; output: XorTrainingOutput };
  playgroundTrain: { input: PlaygroundTrainInput; progress: never; output: PlaygroundTrainOutput };
  playgroundGradCheck: { input: PlaygroundGradCheckInput; progress: never; output: PlaygroundGradCheckOutput };
  activationStats: { input: ActivationStatsInput; progress: never; output: ActivationStatsOutput };
}

export type TaskName = keyof TaskMap;
export type TaskInput<K extends TaskName> = TaskMap[K]['input'];
export type TaskProgress<K extends TaskName> = TaskMap[K]['progress'];
export type TaskOutput<K extends TaskName> = TaskMap[K]['output'];

export interface RunRequest<K extends TaskName = TaskName> {
  readonly type: 'run';
  readonly id: number;
  readonly task: K;
  readonly input: TaskInput<K>;
}

export interface CancelRequest {
  readonly type: 'cancel';
  readonly id: number;
}

export interface PingRequest {
  readonly type: 'ping';
  readonly id: number;
}

export type WorkerRequest = RunRequest | CancelRequest | PingRequest;

export interface ReadyResponse {
  readonly type: 'ready';
}

export interface ProgressResponse {
  readonly type: 'progress';
  readonly id: number;
  readonly data: unknown;
}

export interface DoneResponse {
  readonly type: 'done';
  readonly id: number;
  readonly data: unknown;
}

export interface ErrorResponse {
  readonly type: 'error';
  readonly id: number;
  /** Starts with the task's name: "linregGrid: nx must be in [2, 4096], got 0". */
  readonly message: string;
  /** The thrown error's class name, e.g. "RangeError_", "NonFiniteError". */
  readonly name: string;
}

export interface PongResponse {
  readonly type: 'pong';
  readonly id: number;
}

export type WorkerResponse = ReadyResponse | ProgressResponse | DoneResponse | ErrorResponse | PongResponse;

/** True if `m` looks like a request (used on whatever arrives at the worker). */
export function isWorkerRequest(m: unknown): m is WorkerRequest {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as { type?: unknown; id?: unknown; task?: unknown };
  if (typeof r.id !== 'number') return false;
  if (r.type === 'run') return typeof r.task === 'string';
  return r.type === 'cancel' || r.type === 'ping';
}

/** True if `m` looks like a response (used on whatever arrives from the worker). */
export function isWorkerResponse(m: unknown): m is WorkerResponse {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as { type?: unknown; id?: unknown; message?: unknown };
  if (r.type === 'ready') return true;
  if (typeof r.id !== 'number') return false;
  if (r.type === 'error') return typeof r.message === 'string';
  return r.type === 'progress' || r.type === 'done' || r.type === 'pong';
}
