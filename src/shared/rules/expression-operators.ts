/**
 * Operators of the rule language: arithmetic, comparisons and three-valued and/or. Empty operands
 * propagate (the result is empty) unless the rule's missing-value strategy counts them as 0
 * (`env.zeroMissing`). Comparisons of two numbers take a fast path, since where-filters run them
 * once per row per aggregate.
 */
import type { EvalEnv, Evaluator } from './eval-env';
import { compareValues, isMissing, toBoolean, toNumber, type ComparisonOp, type Value } from './rule-values';

const COMPARISONS = new Set(['=', '!=', '<', '<=', '>', '>=']);

function arithmetic(op: string, x: number, y: number): number | null {
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return y === 0 ? null : x / y;
    default:
      return y === 0 ? null : x % y;
  }
}

/** An operand as a number; missing counts as 0 only under zero-missing strategies. */
export function numberOperand(env: EvalEnv, v: Value): number | null {
  if (isMissing(v)) return env.zeroMissing ? 0 : null;
  return toNumber(v);
}

/** The right-hand literals that take the literal fast path (and can be planned, filter-plan.ts). */
export function isPlannableLiteral(v: Value | undefined): v is string | boolean {
  return typeof v === 'boolean' || (typeof v === 'string' && v.trim() !== '');
}

/**
 * `a = literal` (eq) or `a != literal` (not eq) when `a` is of the literal's own type: text compared
 * trimmed, as compareValues does; undefined when `a` needs the general path (compareOperands). `want`
 * is the literal, trimmed. A plain function, so a table pass can run it inline (planned-counts.ts).
 */
export function literalOutcome(want: string | boolean, eq: boolean, a: Value): boolean | undefined {
  if (typeof want === 'boolean') return typeof a === 'boolean' ? (a === want) === eq : undefined;
  if (typeof a !== 'string' || a === '') return undefined;
  // Only a longer text can equal the literal once trimmed: most cells skip the trim.
  return (a === want || (a.length > want.length && a.trim() === want)) === eq;
}

/**
 * A comparison with a literal on the right (`学位 = "博士"`, `是否双师素质教师 = 是`), the common shape of
 * where-filters, as a test of the left operand's value: literalOutcome where it applies, else the
 * general path, so the result is always that of compareOperands.
 */
export function literalTest(
  op: '=' | '!=',
  literal: string | boolean,
): (env: EvalEnv, a: Value) => boolean | null {
  const want = typeof literal === 'string' ? literal.trim() : literal;
  const eq = op === '=';
  return (env, a) => literalOutcome(want, eq, a) ?? compareOperands(env, op, a, literal);
}

/** `not x`: empty stays empty. */
export function compileNot(f: Evaluator): Evaluator {
  return (env) => {
    const b = toBoolean(f(env));
    return b === null ? null : !b;
  };
}

/** toBoolean with the common case (a comparison's own boolean) first. */
function asBoolean(v: Value): boolean | null {
  return v === true || v === false ? v : toBoolean(v);
}

export function compileBinary(op: string, l: Evaluator, r: Evaluator, rightLiteral?: Value): Evaluator {
  if ((op === '=' || op === '!=') && isPlannableLiteral(rightLiteral)) {
    const test = literalTest(op, rightLiteral);
    return (env) => test(env, l(env));
  }
  if (op === 'and') {
    return (env) => {
      const a = asBoolean(l(env));
      if (a === false) return false;
      const b = asBoolean(r(env));
      if (b === false) return false;
      return a === true && b === true ? true : null;
    };
  }
  if (op === 'or') {
    return (env) => {
      const a = asBoolean(l(env));
      if (a === true) return true;
      const b = asBoolean(r(env));
      if (b === true) return true;
      return a === false && b === false ? false : null;
    };
  }
  if (COMPARISONS.has(op)) {
    const cop = op as ComparisonOp;
    const fast = numericComparison(cop);
    // Where-filters run once per row per aggregate: two numbers skip the general coercion path.
    return (env) => {
      const a = l(env);
      const b = r(env);
      return typeof a === 'number' && typeof b === 'number' ? fast(a, b) : compareOperands(env, cop, a, b);
    };
  }
  return (env) => {
    const x = numberOperand(env, l(env));
    const y = numberOperand(env, r(env));
    return x === null || y === null ? null : arithmetic(op, x, y);
  };
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Number comparison with the same tolerance as compareValues, testing the exact case first. */
function numericComparison(op: ComparisonOp): (a: number, b: number) => boolean {
  switch (op) {
    case '=':
      return (a, b) => a === b || near(a, b);
    case '!=':
      return (a, b) => a !== b && !near(a, b);
    case '<':
      return (a, b) => a < b && !near(a, b);
    case '<=':
      return (a, b) => a <= b || near(a, b);
    case '>':
      return (a, b) => a > b && !near(a, b);
    case '>=':
      return (a, b) => a >= b || near(a, b);
  }
}

/** Comparison inside an expression; under zero-missing strategies an empty operand compares as 0 with numbers. */
export function compareOperands(env: EvalEnv, op: ComparisonOp, a: Value, b: Value): boolean | null {
  let x = isMissing(a) ? null : a;
  let y = isMissing(b) ? null : b;
  if (env.zeroMissing) {
    if (x === null && (y === null || typeof y === 'number')) x = 0;
    if (y === null && typeof x === 'number') y = 0;
  }
  if ((x === null || y === null) && op !== '=' && op !== '!=') return null;
  return compareValues(op, x, y);
}
