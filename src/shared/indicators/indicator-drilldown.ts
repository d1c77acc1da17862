/**
 * Drill-down from an indicator to the rows behind it: for each table read in its numerator and
 * denominator (every aggregate and every form-table field), which table, the expression as written,
 * and the ids of the rows it counts (those its where-filter keeps), so each can be opened in the grid.
 */
import type { ExprNode } from '../rules/expression-ast';
import { compileExpression } from '../rules/expression-compiler';
import { createEnv, createEvalRun } from '../rules/eval-env';
import type { RuleDataSource, RuleSchema } from '../rules/rule-data-source';
import { isTrue } from '../rules/rule-values';
import type { CompiledIndicator, IndicatorPart } from './indicator-compiler';

export interface DrillTerm {
  readonly part: IndicatorPart;
  /** The term as written in the indicator, e.g. `count(A6-1-1 where 学位 = "博士")`. */
  readonly text: string;
  readonly table: string;
  readonly rowIds: readonly string[];
}

const AGGREGATES = new Set([
  'count',
  'sum',
  'avg',
  'min',
  'max',
  'distinctcount',
  'countdistinct',
  '计数',
  '求和',
  '平均',
  '最小',
  '最大',
  '去重计数',
]);

/** Aggregate calls and `表.字段` terms of an expression, outermost first, not descending into them. */
function terms(node: ExprNode, out: ExprNode[]): void {
  if (node.type === 'member') out.push(node);
  else if (node.type === 'call' && AGGREGATES.has(node.name.toLowerCase()) && !(node.args.length > 1))
    out.push(node);
  else if (node.type === 'call') for (const a of node.args) terms(a, out);
  else if (node.type === 'binary') {
    terms(node.left, out);
    terms(node.right, out);
  } else if (node.type === 'unary') terms(node.arg, out);
}

export function indicatorDrillDown(ci: CompiledIndicator, source: RuleDataSource): DrillTerm[] {
  const schema: RuleSchema = { table: (code) => source.tableDef(code), codes: () => [] };
  const out: DrillTerm[] = [];
  const parts: [IndicatorPart, typeof ci.numerator | null][] = [
    ['numerator', ci.numerator],
    ['denominator', ci.denominator],
  ];
  for (const [part, expr] of parts) {
    if (expr === null) continue;
    const found: ExprNode[] = [];
    terms(expr.ast, found);
    for (const node of found) {
      const text = expr.text.slice(node.pos, node.end);
      const compiled = compileExpression(text, { schema, rowTable: null });
      const spec = compiled.ok ? compiled.value.aggregates[0] : undefined;
      if (spec === undefined) continue;
      const rows = source.rows(spec.table);
      const env = createEnv(source, createEvalRun());
      env.tableCode = spec.table;
      const rowIds: string[] = [];
      for (const row of rows) {
        if (spec.filter !== null) {
          env.values = row.values;
          env.row = row;
          if (!isTrue(spec.filter(env))) continue;
        }
        rowIds.push(row.id);
      }
      out.push({ part, text, table: spec.table, rowIds });
    }
  }
  return out;
}
