/**
 * Compiles a parsed expression into closures against the catalog: names are resolved once (label →
 * key), so evaluation is a property read per field reference and never re-parses or looks up labels.
 * Every compile error is a Chinese message with the source position. Evaluation never throws.
 */
import { err, ok, type Result } from '../result';
import type { AggregateSpec } from './aggregates';
import {
  CompileFailure,
  fail,
  resolveField,
  resolveTable,
  type CompileCollector,
  type CompiledPart,
  type CompileScope,
} from './compile-scope';
import type { EvalEnv, Evaluator } from './eval-env';
import type { ExprNode, IdentNode, MemberNode } from './expression-ast';
import { aggregateEvaluator } from './expression-aggregate';
import { compileCall, ZERO_ARG_FUNCTIONS } from './expression-functions';
import { compileBinary, compileNot, numberOperand } from './expression-operators';
import { parseExpression } from './expression-parser';
import type { ExpressionErrorCode } from './expression-tokens';
import { findField, findTable } from './field-resolution';
import type { RuleSchema } from './rule-data-source';
import { refusePendingComparison } from './pending-options';

/** A field of the row at hand: one property read, counted for the missing-value strategy. */
function fieldReader(key: string): Evaluator {
  return (env: EvalEnv) => {
    env.refs++;
    const v = env.values[key];
    if (v === undefined || v === null || v === '') {
      env.missing++;
      return null;
    }
    return v;
  };
}

function compileIdent(node: IdentNode, scope: CompileScope): CompiledPart {
  if (scope.rowTable !== null) {
    const f = findField(scope.rowTable, node.name);
    if (f !== undefined) return { fn: fieldReader(f.key), sig: `$${f.key}` };
  }
  const zero = ZERO_ARG_FUNCTIONS.get(node.name.toLowerCase());
  if (zero !== undefined && !node.quoted) {
    return compileCall(
      {
        type: 'call',
        name: zero,
        namePos: node.pos,
        args: [],
        distinct: false,
        where: null,
        pos: node.pos,
        end: node.end,
      },
      scope,
    );
  }
  if (scope.rowTable === null) {
    fail(
      'bad-context',
      node.pos,
      `表级规则中字段须写成“表.字段”，并通常放在聚合函数中，如 sum(A7-6-2.就业数)；“${node.name}”不明确`,
    );
  }
  const key = resolveField(scope.rowTable, node).key;
  return { fn: fieldReader(key), sig: `$${key}` };
}

function compileMember(node: MemberNode, scope: CompileScope): CompiledPart {
  const table = resolveTable(scope, node.table);
  const field = resolveField(table, node.field);
  if (scope.rowTable !== null && scope.rowTable.code === table.code) {
    return { fn: fieldReader(field.key), sig: `$${field.key}` };
  }
  // Outside an aggregate, `T.f` is the value of form table T's record (several records add up).
  return aggregateEvaluator(scope, {
    table: table.code,
    kind: 'value',
    field: field.key,
    filter: null,
    filterSig: '',
  });
}

/** Compiles one node; throws CompileFailure (caught at the boundary of this module). */
function compileNode(node: ExprNode, scope: CompileScope): CompiledPart {
  switch (node.type) {
    case 'number':
    case 'string':
    case 'boolean': {
      const v = node.value;
      return { fn: () => v, sig: JSON.stringify(v) };
    }
    case 'null':
      return { fn: () => null, sig: 'null' };
    case 'ident':
      return compileIdent(node, scope);
    case 'table':
      return fail(
        'bad-context',
        node.pos,
        `表 ${node.code} 不能直接参与运算，请写 count(${node.code}) 或 ${node.code}.字段`,
      );
    case 'member':
      return compileMember(node, scope);
    case 'call':
      return compileCall(node, scope);
    case 'unary': {
      const a = compileNode(node.arg, scope);
      if (node.op === 'not') return { fn: compileNot(a.fn), sig: `(not ${a.sig})` };
      const f = a.fn;
      return {
        fn: (env) => {
          const x = numberOperand(env, f(env));
          return x === null ? null : -x;
        },
        sig: `(-${a.sig})`,
      };
    }
    case 'binary': {
      refusePendingComparison(node, scope);
      const l = compileNode(node.left, scope);
      const r = compileNode(node.right, scope);
      const literal =
        node.right.type === 'string' || node.right.type === 'boolean' ? node.right.value : undefined;
      return { fn: compileBinary(node.op, l.fn, r.fn, literal), sig: `(${l.sig} ${node.op} ${r.sig})` };
    }
  }
}

export interface CompiledExpression {
  readonly text: string;
  readonly ast: ExprNode;
  readonly evaluate: Evaluator;
  /** The table whose rows it is evaluated on (row context); null in table context. */
  readonly rowTable: string | null;
  /** This year's tables the expression reads. */
  readonly tables: ReadonlySet<string>;
  /** Last year's tables read inside prev(…). */
  readonly prevTables: ReadonlySet<string>;
  readonly usesPrev: boolean;
  /** This year's aggregates, for one-pass precomputation. */
  readonly aggregates: readonly AggregateSpec[];
}

export interface CompileExpressionOptions {
  readonly schema: RuleSchema;
  /** Code of the table whose rows the expression is evaluated on (row rules); null for table context. */
  readonly rowTable: string | null;
  /** Table whose period the date helpers use; defaults to rowTable. */
  readonly periodTable?: string | null;
}

/** Parses and compiles an expression; errors carry `detail.position` (0-based). */
export function compileExpression(
  text: string,
  options: CompileExpressionOptions,
): Result<CompiledExpression, ExpressionErrorCode> {
  const parsed = parseExpression(text);
  if (!parsed.ok) return parsed;
  const collector: CompileCollector = {
    tables: new Set(),
    prevTables: new Set(),
    aggregates: [],
    usesPrev: false,
  };
  try {
    const rowTable = options.rowTable === null ? null : (findTable(options.schema, options.rowTable) ?? null);
    if (options.rowTable !== null && rowTable === null) {
      return err('unknown-table', `没有表“${options.rowTable}”`, { position: 0 });
    }
    if (rowTable !== null) collector.tables.add(rowTable.code);
    const periodCode = options.periodTable ?? options.rowTable;
    const periodTable =
      periodCode === null || periodCode === undefined
        ? null
        : (findTable(options.schema, periodCode) ?? null);
    const scope: CompileScope = {
      schema: options.schema,
      rowTable,
      periodTable,
      inPrev: false,
      collector,
      compile: compileNode,
    };
    const part = compileNode(parsed.value, scope);
    return ok({
      text,
      ast: parsed.value,
      evaluate: part.fn,
      rowTable: rowTable?.code ?? null,
      tables: collector.tables,
      prevTables: collector.prevTables,
      usesPrev: collector.usesPrev,
      aggregates: collector.aggregates,
    });
  } catch (e) {
    if (e instanceof CompileFailure) return err(e.code, e.message, { position: e.position });
    throw e;
  }
}
