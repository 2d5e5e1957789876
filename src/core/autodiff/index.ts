export * from './graph';
export * from './grad';
export * from './program';
export * from './graphView';
export * from './flatObjective';
export * from './expression';
