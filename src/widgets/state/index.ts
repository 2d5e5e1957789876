/** Widget state: schema, codec, URL and attribute adapters, the React hook and its UI. Re-exports only. */
export * from './schema';
export * from './numbers';
export * from './codec';
export * from './query';
export * from './useWidgetState';
export * from './Problems';
export * from './Share';
