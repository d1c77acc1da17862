/**
 * Inline rule validation for the entry grid (rules run as the user types). The grid calls
 * the checker with the table and the edited (possibly unsaved) row; only the table's enabled row
 * rules run, against a source holding that table's rows, with one EvalRun kept while the data is
 * unchanged so aggregates are not recomputed per keystroke. Undecidable and skipped rules say nothing:
 * the full run at review time reports them.
 */
import type { TableDef } from '../../../shared/catalog/catalog-types';
import type { StoredRow } from '../../../shared/records/record-types';
import {
  createEvalRun,
  evaluateRuleOnRow,
  memoryDataSource,
  type CompiledRule,
  type EvalRun,
  type RuleDataSource,
} from '../../../shared/rules';
import type { RuleImportance } from '../../../shared/rules/rule-types';
import type { PeriodSettings } from '../../../shared/workspace/collection-period';

export interface RowRuleIssue {
  readonly ruleId: string;
  readonly importance: RuleImportance;
  readonly message: string;
  /** Field keys the rule reads on this row, so the grid can mark the cells. */
  readonly fieldKeys: readonly string[];
}

export interface RowRuleChecker {
  check(row: StoredRow): RowRuleIssue[];
}

/** Field keys a row rule's expressions mention (by key or label), for highlighting. */
function mentionedFields(table: TableDef, c: CompiledRule): string[] {
  const text = `${c.rule.left} ${c.rule.right}`;
  return table.fields
    .filter((f) => text.includes(f.label) || new RegExp(`\\b${f.key}\\b`).test(text))
    .map((f) => f.key);
}

/**
 * A checker for one table. `rows` are the table's current rows (for aggregates a row rule may use);
 * build a new checker when they change.
 */
export function createRowRuleChecker(
  table: TableDef,
  compiled: readonly CompiledRule[],
  rows: readonly StoredRow[],
  period?: PeriodSettings,
  tables: readonly TableDef[] = [table],
): RowRuleChecker {
  const mine = compiled.filter((c) => c.rule.enabled && c.rowTable === table.code);
  const fields = new Map(mine.map((c) => [c.rule.id, mentionedFields(table, c)]));
  const source: RuleDataSource = memoryDataSource({ tables, rows: { [table.code]: rows } });
  const run: EvalRun = createEvalRun(period);
  return {
    check(row) {
      const out: RowRuleIssue[] = [];
      for (const c of mine) {
        const r = evaluateRuleOnRow(c, row, { source, run, ...(period ? { period } : {}) });
        if (r.status === 'fail')
          out.push({
            ruleId: c.rule.id,
            importance: c.rule.importance,
            message: r.message,
            fieldKeys: fields.get(c.rule.id) ?? [],
          });
      }
      return out;
    },
  };
}
