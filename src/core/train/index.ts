export * from './problem';
export * from './surfaceProblem';
export * from './modelProblem';
export * from './train';
