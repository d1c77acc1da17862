/**
 * Functions about time: last year's value (prev) and the statistical period of a table (dates are
 * YYYYMMDD numbers). A rule without a table uses the academic year.
 */
import type { TableDef } from '../catalog/catalog-types';
import { periodRange } from '../workspace/collection-period';
import { fail, resolveTable, type CompiledPart, type CompileScope } from './compile-scope';
import { createEnv, matchPrevRow, type EvalEnv } from './eval-env';
import type { CallNode } from './expression-ast';
import { compileArgs, sigOf, type FunctionEntry } from './function-entry';
import { dateWithin, isMissing, toDateNumber } from './rule-values';

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
  scope.collector.usesPrev = true;
  const inner = scope.compile(node.args[0]!, { ...scope, inPrev: true });
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

function periodBound(name: 'periodStart' | 'periodEnd', i: 0 | 1): FunctionEntry {
  return {
    name,
    arity: [0, 1],
    bare: true,
    compile(node, scope) {
      const table = periodTableArg(node, 0, scope);
      return {
        fn: (env) => periodBounds(env, table)?.[i] ?? null,
        sig: `${name.toLowerCase()}(${table?.code ?? ''})`,
      };
    },
  };
}

export const TIME_FUNCTIONS: readonly FunctionEntry[] = [
  { name: 'prev', aliases: ['上年'], arity: [1, 1], compile: compilePrev },
  {
    name: 'date',
    aliases: ['日期'],
    arity: [1, 1],
    compile(node, scope) {
      const [x] = compileArgs(node, scope) as [CompiledPart];
      return { fn: (env) => toDateNumber(x.fn(env)), sig: sigOf('date', [x]) };
    },
  },
  {
    name: 'inPeriod',
    aliases: ['在统计期内'],
    arity: [1, 2],
    compile(node, scope) {
      const x = scope.compile(node.args[0]!, scope);
      const table = periodTableArg(node, 1, scope);
      return {
        fn: (env) => {
          const b = periodBounds(env, table);
          const v = x.fn(env);
          return b === null || isMissing(v) ? null : dateWithin(v, b[0], b[1]);
        },
        sig: `inPeriod(${x.sig},${table?.code ?? ''})`,
      };
    },
  },
  periodBound('periodStart', 0),
  periodBound('periodEnd', 1),
  {
    name: 'snapshotDate',
    arity: [0, 0],
    bare: true,
    compile: () => ({
      fn: (env) => (env.run.period === undefined ? null : Number(env.run.period.snapshotDate)),
      sig: 'snapshotDate()',
    }),
  },
];
