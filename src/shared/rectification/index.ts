/** Public surface of rectification (整改): items, their state machine and bundle merging (docs/indicators.md). */
export * from './rectification-types';
export * from './rectification-machine';
export * from './new-rectification';
export * from './lock-blockers';
export * from './rectification-bundles';
