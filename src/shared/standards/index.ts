/** Public surface of standards (对标值) and benchmarking (docs/indicators.md). */
export * from './standard-types';
export * from './standard-validate';
export * from './benchmark';
export { builtInStandards } from './builtin-standards';
export * from './threshold-file';
export * from './standard-edit';
export * from './trend';
export * from './benchmark-chart';
