export * from './shape';
export * from './tensor';
export * from './parameters';
