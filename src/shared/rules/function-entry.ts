/**
 * One function of the rule language as a table entry: its name, aliases and how a call compiles.
 * Adding a function is adding one entry to the table in expression-functions.ts.
 */
import type { CompiledPart, CompileScope } from './compile-scope';
import type { EvalEnv } from './eval-env';
import type { CallNode } from './expression-ast';
import { isMissing, toNumber, type Value } from './rule-values';

export interface FunctionEntry {
  /** Canonical name, as listed to users (case-insensitive when written). */
  readonly name: string;
  /** Other names (Chinese, older spellings), matched case-insensitively. */
  readonly aliases?: readonly string[];
  /**
   * Scalar functions: [min, max] argument count, checked before `compile`, and where/distinct are
   * refused. Absent for aggregates, which check their own arguments and accept where/distinct.
   */
  readonly arity?: readonly [number, number];
  /** May be written without parentheses (`periodEnd` = `periodEnd()`). */
  readonly bare?: boolean;
  readonly compile: (node: CallNode, scope: CompileScope) => CompiledPart;
}

/** Compiles every argument of the call in the call's scope. */
export function compileArgs(node: CallNode, scope: CompileScope): CompiledPart[] {
  return node.args.map((a) => scope.compile(a, scope));
}

export function sigOf(name: string, parts: readonly CompiledPart[]): string {
  return `${name}(${parts.map((p) => p.sig).join(',')})`;
}

/** A value as a number; missing counts as 0 only under zero-missing strategies. */
export function numeric(env: EvalEnv, v: Value): number | null {
  if (isMissing(v)) return env.zeroMissing ? 0 : null;
  return toNumber(v);
}
