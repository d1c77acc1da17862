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

/**
 * A comparison with a literal on the right (`学位 = "博士"`, `是否双师素质教师 = 是`), the common shape of
 * where-filters: a cell of the literal's own type is compared directly (text trimmed, as compareValues
 * does), anything else takes the general path, so the result is always that of compareOperands.
 */
function literalComparison(op: '=' | '!=', l: Evaluator, literal: string | boolean): Evaluator {
  const want = typeof literal === 'string' ? literal.trim() : literal;
  const eq = op === '=';
  const general = (env: EvalEnv, a: Value) => compareOperands(env, op, a, literal);
  if (typeof want === 'boolean') {
    return (env) => {
      const a = l(env);
      return typeof a === 'boolean' ? (a === want) === eq : general(env, a);
    };
  }
  return (env) => {
    const a = l(env);
    if (typeof a !== 'string' || a === '') return general(env, a);
    return (a === want || a.trim() === want) === eq;
  };
}

export function compileBinary(op: string, l: Evaluator, r: Evaluator, rightLiteral?: Value): Evaluator {
  if (
    (op === '=' || op === '!=') &&
    (typeof rightLiteral === 'boolean' || (typeof rightLiteral === 'string' && rightLiteral.trim() !== ''))
  ) {
    return literalComparison(op, l, rightLiteral);
  }
  if (op === 'and') {
    return (env) => {
      const a = toBoolean(l(env));
      if (a === false) return false;
      const b = toBoolean(r(env));
      if (b === false) return false;
      return a === true && b === true ? true : null;
    };
  }
  if (op === 'or') {
    return (env) => {
      const a = toBoolean(l(env));
      if (a === true) return true;
      const b = toBoolean(r(env));
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
