/**
 * The worker layer's public API, without React (the hook is imported from './useComputation')
 * and without the worker entry ('./worker.ts', loaded by the client). Re-exports only.
 */
export type {
  TaskMap, TaskName, TaskInput, TaskProgress, TaskOutput,
  RunRequest, CancelRequest, PingRequest, WorkerRequest,
  ReadyResponse, ProgressResponse, DoneResponse, ErrorResponse, PongResponse, WorkerResponse,
} from './protocol';
export { isWorkerRequest, isWorkerResponse } from './protocol';
export { CancelledError, TaskError, WorkerCrashedError } from './errors';
export { createComputeClient, DEFAULT_HEARTBEAT_MS } from './client';
export type { Channel, ClientStatus, ComputeClient, ComputeClientOptions, RunHandle, RunOptions } from './client';
export { getComputeClient } from './defaultClient';
export { createComputation, IDLE, inputKey } from './computation';
export type { Computation, ComputationState } from './computation';
export { createStore } from './store';
export type { Store } from './store';
export { createLocalWorker, MAIN_THREAD_SLICE_MS } from './localWorker';
export type { LocalWorkerOptions, WorkerLike } from './localWorker';
export { createMessageHandler, DEFAULT_SLICE_MS } from './handler';
export type { MessageHandler, MessageHandlerOptions } from './handler';
export { runTaskSync, tasks, TASK_NAMES } from './registry';
export type { TaskFunction, TaskRegistry } from './registry';
export { drain, runSliced } from './runner';
export type { SliceOptions, SlicedResult } from './runner';
export { collectTransferables } from './transfer';
export type { TaskContext, TaskGenerator } from './tasks/task';
export type { OptimizerChoice, SurfaceChoice } from './tasks/choices';
export type { LinregGridInput, LinregGridOutput } from './tasks/linregGrid';
export { RANDOM_SEARCH_MAX_SAMPLES, RANDOM_SEARCH_LINES, RANDOM_SEARCH_PROGRESS_EVERY } from './tasks/randomSearch';
export type { BestLine, RandomSearchInput, RandomSearchOutput, RandomSearchProgress, SampledLine } from './tasks/randomSearch';
export { TRAIN_SURFACE_MAX_STEPS } from './tasks/trainSurface';
export type { SurfacePath, TrainSurfaceInput, TrainSurfaceOutput } from './tasks/trainSurface';
export type { SurfaceGridInput, SurfaceGridOutput } from './tasks/surfaceGrid';
