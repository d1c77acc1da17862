/**
 * The function table of the rule language and the dispatch of calls. Names are case-insensitive and
 * have Chinese aliases, since the office writes the rules. Unknown names are a compile error with the
 * list of known ones. A new function is one FunctionEntry in one of the lists below.
 */
import { fail, type CompiledPart, type CompileScope } from './compile-scope';
import type { CallNode } from './expression-ast';
import { AGGREGATE_FUNCTIONS } from './expression-aggregate';
import type { FunctionEntry } from './function-entry';
import { SCALAR_FUNCTIONS } from './scalar-functions';
import { TIME_FUNCTIONS } from './time-functions';

const FUNCTIONS: readonly FunctionEntry[] = [...AGGREGATE_FUNCTIONS, ...SCALAR_FUNCTIONS, ...TIME_FUNCTIONS];

const BY_NAME: ReadonlyMap<string, FunctionEntry> = new Map(
  FUNCTIONS.flatMap((f) => [f.name, ...(f.aliases ?? [])].map((n) => [n.toLowerCase(), f] as const)),
);

/** Functions that may be written without parentheses, by lower-case name (`periodend` → `periodEnd`). */
export const ZERO_ARG_FUNCTIONS: ReadonlyMap<string, string> = new Map(
  FUNCTIONS.filter((f) => f.bare === true).map((f) => [f.name.toLowerCase(), f.name]),
);

/** Every function name, for error messages and editors' completion lists. */
export const FUNCTION_NAMES: readonly string[] = FUNCTIONS.map((f) => f.name);

function checkArity(node: CallNode, name: string, [min, max]: readonly [number, number]): void {
  const n = node.args.length;
  if (n < min || n > max) {
    const want = min === max ? `${min} 个` : `${min}～${max} 个`;
    fail('bad-arguments', node.namePos, `函数 ${name} 需要 ${want}参数，实际 ${n} 个`);
  }
  if (node.where !== null || node.distinct)
    fail('bad-arguments', node.namePos, `函数 ${name} 不支持 where/distinct`);
}

export function compileCall(node: CallNode, scope: CompileScope): CompiledPart {
  const entry = BY_NAME.get(node.name.toLowerCase());
  if (entry === undefined) {
    if (node.where !== null || node.distinct)
      fail('bad-arguments', node.namePos, `where/distinct 只能用于聚合函数 count/sum/avg/min/max`);
    return fail(
      'unknown-function',
      node.namePos,
      `未知函数“${node.name}”。可用函数：${FUNCTION_NAMES.join('、')}`,
    );
  }
  if (entry.arity !== undefined) {
    if (node.where !== null || node.distinct)
      fail('bad-arguments', node.namePos, `where/distinct 只能用于聚合函数 count/sum/avg/min/max`);
    checkArity(node, entry.name, entry.arity);
  }
  return entry.compile(node, scope);
}
