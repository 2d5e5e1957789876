/**
 * The core's public API: pure TypeScript math with no DOM, imported by the worker, the tests,
 * the benchmark and the build. See README.md beside this file. Re-exports only.
 */
export * from './errors';
export * from './random/prng';
export * from './tensor';
export * from './ops';
export * from './autodiff';
export * from './gradcheck';
export * from './models';
export * from './optim';
export * from './surfaces';
export * from './data';
export * from './train';
export * from './landscape';
export * from './linalg/definiteness';
export * from './numberText';
