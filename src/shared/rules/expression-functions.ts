/**
 * The scalar functions of the rule language and the dispatch of calls (aggregates live in
 * expression-aggregate.ts). Names are case-insensitive and have Chinese aliases, since the office
 * writes the rules. Unknown names are a compile error with the list of known ones.
 */
import { periodRange } from '../workspace/collection-period';
import type { TableDef } from '../catalog/catalog-types';
import { createEnv, matchPrevRow, type EvalEnv } from './eval-env';
import type { CallNode } from './expression-ast';
import { compileAggregate, isAggregateCall } from './expression-aggregate';
import { compileNode, fail, resolveTable, type CompiledPart, type CompileScope } from './expression-compiler';
import { dateWithin, isMissing, isTrue, toDateNumber, toNumber, type Value } from './rule-values';

const ALIASES: Readonly<Record<string, string>> = {
  计数: 'count',
  求和: 'sum',
  平均: 'avg',
  最小: 'min',
  最大: 'max',
  去重计数: 'distinctcount',
  如果: 'if',
  绝对值: 'abs',
  四舍五入: 'round',
  为空: 'isempty',
  isnull: 'isempty',
  长度: 'len',
  上年: 'prev',
  日期: 'date',
  在统计期内: 'inperiod',
  firstnonnull: 'coalesce',
};

/** Functions that may be written without parentheses (`periodEnd` = `periodEnd()`). */
export const ZERO_ARG_FUNCTIONS: ReadonlyMap<string, string> = new Map([
  ['periodstart', 'periodStart'],
  ['periodend', 'periodEnd'],
  ['snapshotdate', 'snapshotDate'],
]);

/** Every function name, for error messages and editors' completion lists. */
export const FUNCTION_NAMES = [
  'count',
  'sum',
  'avg',
  'min',
  'max',
  'distinctCount',
  'if',
  'abs',
  'round',
  'isEmpty',
  'len',
  'coalesce',
  'prev',
  'date',
  'inPeriod',
  'periodStart',
  'periodEnd',
  'snapshotDate',
] as const;

function arity(node: CallNode, name: string, min: number, max: number): void {
  const n = node.args.length;
  if (n < min || n > max) {
    const want = min === max ? `${min} 个` : `${min}～${max} 个`;
    fail('bad-arguments', node.namePos, `函数 ${name} 需要 ${want}参数，实际 ${n} 个`);
  }
  if (node.where !== null || node.distinct)
    fail('bad-arguments', node.namePos, `函数 ${name} 不支持 where/distinct`);
}

function args(node: CallNode, scope: CompileScope): CompiledPart[] {
  return node.args.map((a) => compileNode(a, scope));
}

function sigOf(name: string, parts: readonly CompiledPart[]): string {
  return `${name}(${parts.map((p) => p.sig).join(',')})`;
}

function numeric(env: EvalEnv, v: Value): number | null {
  if (isMissing(v)) return env.zeroMissing ? 0 : null;
  return toNumber(v);
}

/** The table whose period a date helper uses: an explicit table argument, else the rule's table. */
function periodTableArg(node: CallNode, index: number, scope: CompileScope): TableDef | null {
  const a = node.args[index];
  if (a === undefined) return scope.periodTable;
  if (a.type !== 'table' && a.type !== 'ident')
    fail('bad-arguments', a.pos, '此处应为表代码，如 periodEnd(A5-1)');
  return resolveTable(scope, a);
}

/** [from, to] as YYYYMMDD numbers; a rule without a table uses the academic year. */
function periodBounds(env: EvalEnv, table: TableDef | null): [number, number] | null {
  const settings = env.run.period;
  if (settings === undefined) return null;
  const r = periodRange(table?.period ?? 'academic-year', settings);
  return [Number(r.from), Number(r.to)];
}

function compilePrev(node: CallNode, scope: CompileScope): CompiledPart {
  arity(node, 'prev', 1, 1);
  scope.collector.usesPrev = true;
  const inner = compileNode(node.args[0]!, { ...scope, inPrev: true });
  const f = inner.fn;
  return {
    fn: (env) => {
      const prev = env.source.prev;
      env.refs++;
      if (prev === undefined) {
        env.missing++;
        return null;
      }
      const pe = createEnv(prev, env.run, env.zeroMissing);
      pe.tableCode = env.tableCode;
      const row = matchPrevRow(env, prev);
      if (row !== null) {
        pe.row = row;
        pe.values = row.values;
      }
      const v = f(pe);
      if (pe.missing > 0 && isMissing(v)) env.missing++;
      return v;
    },
    sig: `prev(${inner.sig})`,
  };
}

function compileScalar(name: string, node: CallNode, scope: CompileScope): CompiledPart {
  switch (name) {
    case 'if': {
      arity(node, 'if', 3, 3);
      const [c, a, b] = args(node, scope) as [CompiledPart, CompiledPart, CompiledPart];
      return { fn: (env) => (isTrue(c.fn(env)) ? a.fn(env) : b.fn(env)), sig: sigOf('if', [c, a, b]) };
    }
    case 'abs': {
      arity(node, 'abs', 1, 1);
      const [x] = args(node, scope) as [CompiledPart];
      return {
        fn: (env) => {
          const n = numeric(env, x.fn(env));
          return n === null ? null : Math.abs(n);
        },
        sig: sigOf('abs', [x]),
      };
    }
    case 'round': {
      arity(node, 'round', 1, 2);
      const [x, d] = args(node, scope) as [CompiledPart, CompiledPart | undefined];
      return {
        fn: (env) => {
          const n = numeric(env, x.fn(env));
          const digits = d === undefined ? 0 : toNumber(d.fn(env));
          if (n === null || digits === null || digits < 0 || digits > 10) return null;
          const f = 10 ** Math.trunc(digits);
          return Math.round((n + Number.EPSILON * Math.sign(n)) * f) / f;
        },
        sig: sigOf('round', d === undefined ? [x] : [x, d]),
      };
    }
    case 'isempty': {
      arity(node, 'isEmpty', 1, 1);
      const [x] = args(node, scope) as [CompiledPart];
      // Asking whether a value is empty must not itself make the rule skip for a missing value.
      return {
        fn: (env) => {
          const m = env.missing;
          const v = x.fn(env);
          env.missing = m;
          return isMissing(v);
        },
        sig: sigOf('isEmpty', [x]),
      };
    }
    case 'coalesce': {
      arity(node, 'coalesce', 1, 20);
      const parts = args(node, scope);
      return {
        fn: (env) => {
          const m = env.missing;
          for (const p of parts) {
            const v = p.fn(env);
            if (!isMissing(v)) {
              env.missing = m;
              return v;
            }
          }
          return null;
        },
        sig: sigOf('coalesce', parts),
      };
    }
    case 'len': {
      arity(node, 'len', 1, 1);
      const [x] = args(node, scope) as [CompiledPart];
      return {
        fn: (env) => {
          const v = x.fn(env);
          return isMissing(v) ? null : [...String(v)].length;
        },
        sig: sigOf('len', [x]),
      };
    }
    case 'min':
    case 'max': {
      const parts = args(node, scope);
      const pick = name === 'min' ? Math.min : Math.max;
      return {
        fn: (env) => {
          let best: number | null = null;
          for (const p of parts) {
            const n = numeric(env, p.fn(env));
            if (n === null) return null;
            best = best === null ? n : pick(best, n);
          }
          return best;
        },
        sig: sigOf(name, parts),
      };
    }
    case 'date': {
      arity(node, 'date', 1, 1);
      const [x] = args(node, scope) as [CompiledPart];
      return { fn: (env) => toDateNumber(x.fn(env)), sig: sigOf('date', [x]) };
    }
    case 'inperiod': {
      arity(node, 'inPeriod', 1, 2);
      const x = compileNode(node.args[0]!, scope);
      const table = periodTableArg(node, 1, scope);
      return {
        fn: (env) => {
          const b = periodBounds(env, table);
          const v = x.fn(env);
          return b === null || isMissing(v) ? null : dateWithin(v, b[0], b[1]);
        },
        sig: `inPeriod(${x.sig},${table?.code ?? ''})`,
      };
    }
    case 'periodstart':
    case 'periodend': {
      arity(node, name, 0, 1);
      const table = periodTableArg(node, 0, scope);
      const i = name === 'periodstart' ? 0 : 1;
      return { fn: (env) => periodBounds(env, table)?.[i] ?? null, sig: `${name}(${table?.code ?? ''})` };
    }
    case 'snapshotdate': {
      arity(node, 'snapshotDate', 0, 0);
      return {
        fn: (env) => (env.run.period === undefined ? null : Number(env.run.period.snapshotDate)),
        sig: 'snapshotDate()',
      };
    }
    case 'prev':
      return compilePrev(node, scope);
    default:
      return fail(
        'unknown-function',
        node.namePos,
        `未知函数“${node.name}”。可用函数：${FUNCTION_NAMES.join('、')}`,
      );
  }
}

export function compileCall(node: CallNode, scope: CompileScope): CompiledPart {
  const lower = node.name.toLowerCase();
  const name = ALIASES[lower] ?? ALIASES[node.name] ?? lower;
  if (isAggregateCall(name, node)) return compileAggregate(name, node, scope);
  if (node.where !== null || node.distinct)
    fail('bad-arguments', node.namePos, `where/distinct 只能用于聚合函数 count/sum/avg/min/max`);
  return compileScalar(name, node, scope);
}
