/**
 * A where-filter built only of `字段 = 字面值` / `字段 != 字面值` tests joined by and/or/not, planned so
 * that a pass over a table can share work between the filters of its aggregates: each field is read
 * once per row, each distinct test is run once per row, and each filter is then a lookup in its truth
 * table (its result for every combination of its tests' results). The tests are the compiled
 * comparison's own (literalTest) and the truth table is filled by the compiled and/or/not, so a planned
 * filter keeps exactly when the compiled filter does (see planned-counts.test.ts).
 */
import type { TableDef } from '../catalog/catalog-types';
import { createEnv, createEvalRun, type EvalEnv, type Evaluator } from './eval-env';
import type { ExprNode } from './expression-ast';
import { compileBinary, compileNot, isPlannableLiteral, literalTest } from './expression-operators';
import { findField, findTable } from './field-resolution';
import type { RuleSchema } from './rule-data-source';
import { isTrue, type Value } from './rule-values';

/** More tests than this in one filter would make its truth table (3ⁿ entries) too large. */
export const MAX_PLAN_TESTS = 6;

export interface PlanTest {
  /** Signature: equal signatures are the same test. */
  readonly sig: string;
  /** Field key the test reads. */
  readonly field: string;
  /** The literal (trimmed) and whether the test is `=`, for literalOutcome. */
  readonly want: string | boolean;
  readonly eq: boolean;
  /** The whole test, general path included. */
  readonly test: (env: EvalEnv, a: Value) => boolean | null;
}

export interface FilterPlan {
  /** The filter's distinct tests. */
  readonly tests: readonly PlanTest[];
  /**
   * 1 where the filter keeps the row, indexed by Σ code(result of test i) × 3ⁱ with code false 0,
   * true 1, empty 2.
   */
  readonly keep: Uint8Array;
}

/** A test's result as a truth-table digit. */
export function testCode(v: boolean | null): number {
  return v === true ? 1 : v === false ? 0 : 2;
}

const DIGIT_VALUES: readonly (boolean | null)[] = [false, true, null];

/** The value a field reader gives for a cell: empty cells are null. */
export function cellValue(v: Value | undefined): Value {
  return v === undefined || v === null || v === '' ? null : v;
}

type Shape =
  | { kind: 'test'; index: number }
  | { kind: 'not'; arg: Shape }
  | { kind: 'bin'; op: 'and' | 'or'; l: Shape; r: Shape };

function fieldKey(node: ExprNode, table: TableDef, schema: RuleSchema): string | null {
  if (node.type === 'ident') return findField(table, node.name)?.key ?? null;
  if (node.type === 'member') {
    const code = node.table.type === 'table' ? node.table.code : node.table.name;
    if (findTable(schema, code)?.code !== table.code) return null;
    return findField(table, node.field.name)?.key ?? null;
  }
  return null;
}

/** The plan of an already compiled where-filter over `table`, or null when it has another shape. */
export function planFilter(where: ExprNode, table: TableDef, schema: RuleSchema): FilterPlan | null {
  const tests: PlanTest[] = [];
  function shape(node: ExprNode): Shape | null {
    if (node.type === 'unary') {
      if (node.op !== 'not') return null;
      const arg = shape(node.arg);
      return arg === null ? null : { kind: 'not', arg };
    }
    if (node.type !== 'binary') return null;
    if (node.op === 'and' || node.op === 'or') {
      const l = shape(node.left);
      const r = l === null ? null : shape(node.right);
      return l === null || r === null ? null : { kind: 'bin', op: node.op, l, r };
    }
    if (node.op !== '=' && node.op !== '!=') return null;
    const right = node.right;
    const literal = right.type === 'string' || right.type === 'boolean' ? right.value : undefined;
    if (!isPlannableLiteral(literal)) return null;
    const field = fieldKey(node.left, table, schema);
    if (field === null) return null;
    const sig = `${field}\u0001${node.op}\u0001${JSON.stringify(literal)}`;
    let index = tests.findIndex((t) => t.sig === sig);
    if (index < 0) {
      index = tests.length;
      tests.push({
        sig,
        field,
        want: typeof literal === 'string' ? literal.trim() : literal,
        eq: node.op === '=',
        test: literalTest(node.op, literal),
      });
    }
    return { kind: 'test', index };
  }
  const root = shape(where);
  if (root === null || tests.length > MAX_PLAN_TESTS) return null;
  // The combination at hand, read by the compiled and/or/not of the filter's shape.
  const digits = new Uint8Array(tests.length);
  function compileShape(s: Shape): Evaluator {
    if (s.kind === 'test') {
      const i = s.index;
      return () => DIGIT_VALUES[digits[i] ?? 2] ?? null;
    }
    if (s.kind === 'not') return compileNot(compileShape(s.arg));
    return compileBinary(s.op, compileShape(s.l), compileShape(s.r));
  }
  const evaluate = compileShape(root);
  const env = createEnv(
    { hasTable: () => false, rows: () => [], tableDef: () => undefined },
    createEvalRun(),
  );
  const keep = new Uint8Array(3 ** tests.length);
  for (let idx = 0; idx < keep.length; idx++) {
    let rest = idx;
    for (let i = 0; i < tests.length; i++) {
      digits[i] = rest % 3;
      rest = Math.floor(rest / 3);
    }
    keep[idx] = isTrue(evaluate(env)) ? 1 : 0;
  }
  return { tests, keep };
}
