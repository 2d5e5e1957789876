export * from './problem';
export * from './surfaceProblem';
export * from './modelProblem';
export type { BatchOrder } from './batchOrder';
export * from './train';
