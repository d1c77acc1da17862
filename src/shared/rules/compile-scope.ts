/**
 * What every part of the expression compiler shares: the scope a node is compiled in, the compiled
 * part, the failure thrown inside the compiler, and name resolution. The recursion back into the
 * compiler goes through `scope.compile`, so functions and aggregates import this file only, never the
 * compiler (see the import-cycle test beside this file).
 */
import type { TableDef } from '../catalog/catalog-types';
import type { AggregateSpec } from './aggregates';
import type { Evaluator } from './eval-env';
import type { ExprNode, IdentNode, TableNode } from './expression-ast';
import { positionText, type ExpressionErrorCode } from './expression-tokens';
import { findField, findTable, suggestFields, suggestTables } from './field-resolution';
import type { RuleSchema } from './rule-data-source';

export interface CompiledPart {
  readonly fn: Evaluator;
  /** Canonical text with resolved keys: the cache signature of aggregates that contain this part. */
  readonly sig: string;
}

/** What compiling collects: referenced tables and aggregates, for undecidability and precomputation. */
export interface CompileCollector {
  readonly tables: Set<string>;
  readonly prevTables: Set<string>;
  readonly aggregates: AggregateSpec[];
  usesPrev: boolean;
}

export interface CompileScope {
  readonly schema: RuleSchema;
  /** Table whose row is at hand (row rules, where-filters): bare field names resolve here. */
  readonly rowTable: TableDef | null;
  /** Table whose statistical period periodStart()/periodEnd()/inPeriod() use by default. */
  readonly periodTable: TableDef | null;
  /** Inside prev(…): tables referenced are last year's. */
  readonly inPrev: boolean;
  readonly collector: CompileCollector;
  /** Compiles a sub-expression (arguments, where-conditions) in the given scope. */
  readonly compile: (node: ExprNode, scope: CompileScope) => CompiledPart;
}

export class CompileFailure extends Error {
  constructor(
    readonly code: ExpressionErrorCode,
    readonly position: number,
    message: string,
  ) {
    super(message);
  }
}

/** Stops compiling with a Chinese message at `pos`; caught at the boundary of compileExpression. */
export function fail(code: ExpressionErrorCode, pos: number, message: string): never {
  throw new CompileFailure(code, pos, `${positionText(pos)}${message}`);
}

export function noteTable(scope: CompileScope, code: string): void {
  (scope.inPrev ? scope.collector.prevTables : scope.collector.tables).add(code);
}

export function resolveTable(scope: CompileScope, node: TableNode | IdentNode): TableDef {
  const code = node.type === 'table' ? node.code : node.name;
  const def = findTable(scope.schema, code);
  if (def === undefined) {
    const hint = suggestTables(scope.schema, code);
    fail(
      'unknown-table',
      node.pos,
      `没有表“${code}”${hint.length > 0 ? `（相近的表：${hint.join('、')}）` : ''}`,
    );
  }
  noteTable(scope, def.code);
  return def;
}

export function resolveField(table: TableDef, node: IdentNode) {
  const f = findField(table, node.name);
  if (f === undefined) {
    const hint = suggestFields(table, node.name);
    fail(
      'unknown-field',
      node.pos,
      `表 ${table.code} 中没有字段“${node.name}”${hint.length > 0 ? `（是否想写：${hint.join('、')}）` : ''}`,
    );
  }
  return f;
}
