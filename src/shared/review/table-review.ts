/**
 * The analysis behind one table's checklist at one review level: the rules run in full over what the
 * station holds, outliers over the slice, year-over-year jumps against last year's slice, required
 * cells and completeness, plus the office's manual items. It adapts the rules core's detailed results
 * to the plain summaries checklist.ts takes, and keeps the details for the review screen.
 */
import type { TableDef } from '../catalog/catalog-types';
import type { StoredRow } from '../records/record-types';
import { createEvalRun, type EvalRun } from '../rules/eval-env';
import { findTableOutliers, type OutlierFlag } from '../rules/outliers';
import type { CompiledRule } from '../rules/rule-compiler';
import type { RuleDataSource } from '../rules/rule-data-source';
import { evaluateRules, type RuleResult } from '../rules/rule-evaluation';
import { tableThresholds, type Ruleset } from '../rules/ruleset';
import { findYearOverYearJumps, type YearOverYearFlag } from '../rules/year-over-year';
import { tableCompleteness } from '../values/validate-row';
import type { PeriodSettings } from '../workspace/collection-period';
import {
  buildChecklist,
  type Checklist,
  type OutlierSummary,
  type RuleResultSummary,
  type YoySummary,
} from './checklist';
import { firstBlockedCells } from './cell-blockers';
import { countExplainedEmpty, explainedBlanks } from './blank-notes';
import type { ReviewLevel, Submission } from './review-types';

export interface TableReviewInput {
  readonly level: ReviewLevel;
  readonly table: TableDef;
  /** The slice under review. */
  readonly rows: readonly StoredRow[];
  /** Compiled rules of the ruleset (all of them; those scoped to this table are run). */
  readonly compiled: readonly CompiledRule[];
  /** What the station holds, with `rows` as this table's rows; `prev` for prev(…) rules. */
  readonly source: RuleDataSource;
  /** Last year's rows of the same slice, or null when no earlier year is available. */
  readonly prevRows: readonly StoredRow[] | null;
  readonly ruleset: Pick<Ruleset, 'thresholds' | 'manualChecks'>;
  readonly period?: PeriodSettings;
  readonly run?: EvalRun;
  /** The slice's 合理性说明: a required cell left empty with a 留空说明 does not count as missing. */
  readonly justifications?: Submission['justifications'];
}

export interface TableReview {
  readonly checklist: Checklist;
  readonly ruleResults: readonly RuleResult[];
  readonly outliers: readonly OutlierFlag[];
  readonly yoy: readonly YearOverYearFlag[];
  /** False when last year's data was not available, so YoY could not run. */
  readonly yoyAvailable: boolean;
  readonly requiredEmpty: number;
}

const belongs = (c: CompiledRule, table: string): boolean =>
  c.rule.scope.kind === 'table' ? c.rule.scope.table === table : c.rule.scope.tables.includes(table);

/**
 * A failed rule shows its message with the values filled in; any other result shows the rule's name,
 * since the message template ("{left} 小于 {right}") only reads well about a failure. An undecidable
 * rule also says which tables this station lacks (the checklist adds 本站无法判断 / 未校验 itself).
 */
function ruleSummary(r: RuleResult, name: string): RuleResultSummary {
  const message =
    r.status === 'fail'
      ? r.message
      : r.status === 'undecidable' && r.missingTables.length
        ? `${name}：缺少 ${r.missingTables.join('、')}`
        : name;
  return {
    ruleId: r.ruleId,
    importance: r.importance,
    status: r.status,
    message,
    ...(r.failingRowIds.length ? { rowIds: r.failingRowIds } : {}),
  };
}

const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(2));

/** One checklist line per field: the reviewer justifies a field's jump once, however many rows jumped. */
function yoySummaries(table: TableDef, flags: readonly YearOverYearFlag[]): YoySummary[] {
  const byField = new Map<string, YearOverYearFlag[]>();
  for (const f of flags) byField.set(f.fieldKey, [...(byField.get(f.fieldKey) ?? []), f]);
  return [...byField].map(([fieldKey, list]) => {
    const first = list[0] as YearOverYearFlag;
    const label = table.fields.find((f) => f.key === fieldKey)?.label ?? fieldKey;
    const change =
      first.relativeChange === null
        ? `${fmt(first.previous)} → ${fmt(first.current)}（上年为 0，按绝对变化判断）`
        : `${first.relativeChange > 0 ? '+' : ''}${(first.relativeChange * 100).toFixed(1)}%（${fmt(first.previous)} → ${fmt(first.current)}）`;
    const rows = list.length > 1 ? `，共 ${list.length} 行` : '';
    return {
      fieldKey,
      fieldLabel: label,
      current: first.current,
      previous: first.previous,
      change: first.relativeChange,
      message: `${label} 与上年相比变化 ${change}${rows}`,
    };
  });
}

function outlierSummaries(table: TableDef, flags: readonly OutlierFlag[]): OutlierSummary[] {
  return flags.map((o) => {
    const label = table.fields.find((f) => f.key === o.fieldKey)?.label ?? o.fieldKey;
    const how =
      o.method === 'constant'
        ? `其余值均为 ${fmt(o.median)}`
        : `中位数 ${fmt(o.median)}，修正 Z 分数 ${o.score.toFixed(1)}`;
    return {
      fieldKey: o.fieldKey,
      fieldLabel: label,
      rowId: o.rowId,
      value: o.value,
      score: Number.isFinite(o.score) ? o.score : null,
      message: `${label} 的值 ${fmt(o.value)} 明显偏离同列其他数据（${how}）`,
    };
  });
}

/** Runs every check of one table at one level and builds its checklist. */
export function reviewTable(input: TableReviewInput): TableReview {
  const { table, rows, level } = input;
  const mine = input.compiled.filter((c) => belongs(c, table.code));
  const run = input.run ?? createEvalRun(input.period);
  const ruleResults = evaluateRules(mine, input.source, {
    run,
    ...(input.period ? { period: input.period } : {}),
  });
  const names = new Map(mine.map((c) => [c.rule.id, c.rule.name]));
  const thresholds = tableThresholds(input.ruleset, table.code);
  const outliers = findTableOutliers(table, rows, thresholds.outlier);
  const yoy =
    input.prevRows === null ? [] : findYearOverYearJumps(table, rows, input.prevRows, thresholds.yoy);
  const c = tableCompleteness(table, rows);
  const blanks = explainedBlanks(input.justifications ?? {});
  const explainedEmpty = countExplainedEmpty(table.fields, rows, blanks);
  const requiredEmpty = c.requiredCells - c.requiredFilled - explainedEmpty;
  const checklist = buildChecklist({
    level,
    rows: rows.length,
    requiredEmpty,
    ...(explainedEmpty > 0 ? { explainedEmpty } : {}),
    typeErrors: c.errorCells,
    ...(c.errorCells > 0 || requiredEmpty > 0
      ? firstBlockedCells(table, rows, { error: c.errorCells > 0, required: requiredEmpty > 0 }, blanks)
      : {}),
    ruleResults: ruleResults.map((r) => ruleSummary(r, names.get(r.ruleId) ?? r.ruleId)),
    outliers: outlierSummaries(table, outliers),
    yoy: yoySummaries(table, yoy),
    manual: input.ruleset.manualChecks.map((m) => ({
      id: m.id,
      text: m.text,
      ...(m.levels ? { levels: m.levels } : {}),
    })),
  });
  return { checklist, ruleResults, outliers, yoy, yoyAvailable: input.prevRows !== null, requiredEmpty };
}
