/**
 * Public surface of the rules core (docs/rules.md): the expression language, the rule model, evaluation,
 * outliers and year-over-year checks, and the starter rule set. Stores and the review UI import from here.
 *
 * To compute one value from tables (indicators, the report): `evaluateExpression(text, { data, schema })`
 * with `data = memoryDataSource({ tables, rows, prev })`, or compile once with
 * `compileExpression(text, { schema, rowTable: null })` and evaluate the compiled expression per source.
 * A new function of the language is one entry in the function table (expression-functions.ts).
 */
export { parseExpression, MAX_NESTING_DEPTH, MAX_TREE_HEIGHT } from './expression-parser';
export {
  tokenize,
  MAX_EXPRESSION_LENGTH,
  MAX_LITERAL_LENGTH,
  type ExpressionErrorCode,
  type Token,
} from './expression-tokens';
export type { ExprNode } from './expression-ast';
export {
  compileExpression,
  type CompiledExpression,
  type CompileExpressionOptions,
} from './expression-compiler';
export { FUNCTION_NAMES } from './expression-functions';
export type { FunctionEntry } from './function-entry';
export {
  evaluateExpression,
  missingData,
  type DataNeeds,
  type EvaluateErrorCode,
  type ExpressionEnv,
  type ExpressionTextEnv,
} from './evaluate-expression';
export { formatFieldName, findField } from './field-resolution';
export { createEvalRun, type EvalRun } from './eval-env';
export {
  memoryDataSource,
  schemaFromTables,
  type RuleDataSource,
  type RuleSchema,
  type MemoryDataSourceInput,
} from './rule-data-source';
export * from './rule-types';
export {
  compileRule,
  compileRules,
  type CompiledRule,
  type RuleCompileErrorCode,
  type RuleCompileIssue,
} from './rule-compiler';
export {
  evaluateRule,
  evaluateRules,
  evaluateRuleOnRow,
  formatRuleMessage,
  isBlocking,
  unavailableTables,
  type EvaluationOptions,
  type RowEvaluationContext,
  type RowFailure,
  type RowOutcome,
  type RuleResult,
} from './rule-evaluation';
export { formatValue, toNumber, type Value } from './rule-values';
export * from './outliers';
export * from './year-over-year';
export { STARTER_RULES } from './starter-rules';
