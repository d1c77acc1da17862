/**
 * Public surface of the indicator layer (docs/indicators.md): definitions and their validator, the
 * compiler, values (or why not), the engine that computes them once and keeps them current, and the
 * built-in set. Every derived number of the app — 对标分析, the quality report, annexes, the year
 * sign-off — is read through here.
 */
export * from './indicator-types';
export {
  compileIndicator,
  compileIndicators,
  PART_LABELS,
  type CompiledIndicator,
  type IndicatorCompileErrorCode,
  type IndicatorCompileIssue,
  type IndicatorPart,
} from './indicator-compiler';
export {
  evaluateIndicator,
  formatIndicatorNumber,
  roundTo,
  type IndicatorFailureCode,
  type IndicatorValue,
} from './indicator-value';
export {
  computeIndicators,
  createIndicatorEngine,
  type IndicatorEngine,
  type IndicatorEngineOptions,
} from './indicator-engine';
export { BUILTIN_INDICATORS } from './builtin-indicators';
export { builtInIndicatorSet, indicatorSetRecordSchema, type IndicatorSet } from './indicator-set';
export { indicatorDrillDown, type DrillTerm } from './indicator-drilldown';
export * from './indicator-list';
