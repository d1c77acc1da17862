/**
 * Compiling aggregate calls: count(T [where c]), count(distinct T.f), sum/avg/min/max(T.f [where c]).
 * The where-condition is compiled with T's row at hand, so its bare names are T's fields; it cannot see
 * the outer row, which is what makes an aggregate's result cacheable for the whole run.
 */
import { aggregateValue, type AggregateKind, type AggregateSpec } from './aggregates';
import { fail, resolveField, resolveTable, type CompiledPart, type CompileScope } from './compile-scope';
import type { Evaluator } from './eval-env';
import type { CallNode } from './expression-ast';
import { planFilter, type FilterPlan } from './filter-plan';
import { isNumericField, isDateLikeField } from './field-resolution';
import { numeric, sigOf, compileArgs, type FunctionEntry } from './function-entry';

export interface AggregateRequest {
  readonly table: string;
  readonly kind: AggregateKind;
  readonly field: string | null;
  readonly filter: Evaluator | null;
  readonly filterSig: string;
  readonly plan?: FilterPlan | null;
}

/** Registers the aggregate for precomputation and returns a cached read of it. */
export function aggregateEvaluator(scope: CompileScope, a: AggregateRequest): CompiledPart {
  const key = `${a.kind}(${a.table}.${a.field ?? '*'}${a.filterSig === '' ? '' : ` where ${a.filterSig}`})`;
  const spec: AggregateSpec = {
    key,
    table: a.table,
    kind: a.kind,
    field: a.field,
    filter: a.filter,
    plan: a.plan ?? null,
  };
  if (!scope.inPrev) scope.collector.aggregates.push(spec);
  return {
    fn: (env) => {
      env.refs++;
      const v = aggregateValue(env.run, env.source, spec);
      if (v === null) env.missing++;
      return v;
    },
    sig: key,
  };
}

const KIND_OF: Readonly<Record<string, AggregateKind>> = {
  count: 'count',
  distinctcount: 'countDistinct',
  countdistinct: 'countDistinct',
  sum: 'sum',
  avg: 'avg',
  min: 'min',
  max: 'max',
};

function compileAggregate(name: string, node: CallNode, scope: CompileScope): CompiledPart {
  let kind = KIND_OF[name] ?? 'count';
  if (node.distinct) {
    if (kind !== 'count' && kind !== 'countDistinct')
      fail('bad-arguments', node.pos, `distinct 只能用于 count，如 count(distinct A10-1.专业代码)`);
    kind = 'countDistinct';
  }
  const arg = node.args[0];
  if (node.args.length !== 1 || arg === undefined) {
    fail(
      'bad-arguments',
      node.namePos,
      `${name} 需要一个参数，如 ${name === 'count' ? 'count(A10-1)' : `${name}(A7-6-2.就业数)`}`,
    );
  }
  let tableNode;
  let fieldNode = null;
  if (arg.type === 'table' || (arg.type === 'ident' && kind === 'count')) {
    if (kind !== 'count')
      fail('bad-arguments', arg.pos, `${name} 的参数须为“表.字段”，如 ${name}(A7-6-2.就业数)`);
    tableNode = arg;
  } else if (arg.type === 'member') {
    tableNode = arg.table;
    fieldNode = arg.field;
  } else {
    return fail(
      'bad-arguments',
      arg.pos,
      `${name} 的参数须为表代码或“表.字段”，如 count(A10-1)、sum(A7-6-2.就业数)`,
    );
  }
  const table = resolveTable(scope, tableNode);
  const field = fieldNode === null ? null : resolveField(table, fieldNode);
  if (field !== null && (kind === 'sum' || kind === 'avg') && !isNumericField(field)) {
    fail(
      'bad-arguments',
      fieldNode?.pos ?? arg.pos,
      `字段“${field.label}”不是数值，不能求${kind === 'sum' ? '和' : '平均'}`,
    );
  }
  if (
    field !== null &&
    (kind === 'min' || kind === 'max') &&
    !isNumericField(field) &&
    !isDateLikeField(field)
  ) {
    fail(
      'bad-arguments',
      fieldNode?.pos ?? arg.pos,
      `字段“${field.label}”不是数值或日期，不能取最${kind === 'min' ? '小' : '大'}值`,
    );
  }
  let filter: CompiledPart | null = null;
  if (node.where !== null) {
    filter = scope.compile(node.where, { ...scope, rowTable: table, periodTable: table });
  }
  return aggregateEvaluator(scope, {
    table: table.code,
    kind,
    field: field?.key ?? null,
    filter: filter?.fn ?? null,
    filterSig: filter?.sig ?? '',
    plan: node.where === null ? null : planFilter(node.where, table, scope.schema),
  });
}

/** `min(a, b)` / `max(a, b)` with several arguments are scalar (least/greatest), not aggregates. */
function leastOrGreatest(name: 'min' | 'max', node: CallNode, scope: CompileScope): CompiledPart {
  if (node.where !== null || node.distinct)
    fail('bad-arguments', node.namePos, `where/distinct 只能用于聚合函数 count/sum/avg/min/max`);
  const parts = compileArgs(node, scope);
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

function aggregate(name: string, aliases: readonly string[]): FunctionEntry {
  const key = name.toLowerCase();
  return {
    name,
    aliases,
    compile: (node, scope) =>
      (key === 'min' || key === 'max') && node.args.length > 1
        ? leastOrGreatest(key, node, scope)
        : compileAggregate(key, node, scope),
  };
}

export const AGGREGATE_FUNCTIONS: readonly FunctionEntry[] = [
  aggregate('count', ['计数']),
  aggregate('sum', ['求和']),
  aggregate('avg', ['平均']),
  aggregate('min', ['最小']),
  aggregate('max', ['最大']),
  aggregate('distinctCount', ['去重计数', 'countDistinct']),
];
