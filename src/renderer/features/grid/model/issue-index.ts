/**
 * Every cell issue of the open table, kept up to date edit by edit: counts for the toolbar (errors,
 * empty required cells, warnings), the red/yellow cells, and the error panel. Built once on open
 * (one validation pass over all cells, no allocation for valid cells) and then only for changed rows.
 */
import type { TableDef } from '../../../../shared/catalog/catalog-types';
import type { StoredRow } from '../../../../shared/records/record-types';
import type { CellIssue } from '../../../../shared/values/cell-issue';
import { fieldRules, type FieldRules } from '../../../../shared/values/field-rules';
import { cellIssue } from './cell-input';
import type { RowChange } from './row-changes';

export interface IssueCounts {
  readonly errors: number;
  readonly requiredEmpty: number;
  readonly warnings: number;
}

export interface IssueIndex {
  /** Row id → field key → issue; rows without issues are absent. Mutated in place by updateIssues. */
  readonly byRow: Map<string, Map<string, CellIssue>>;
  counts: IssueCounts;
}

const rulesCache = new WeakMap<TableDef, readonly FieldRules[]>();

function rowIssues(table: TableDef, row: StoredRow): Map<string, CellIssue> | null {
  let rules = rulesCache.get(table);
  if (!rules) rulesCache.set(table, (rules = table.fields.map(fieldRules)));
  let out: Map<string, CellIssue> | null = null;
  for (const r of rules) {
    const key = r.field.key;
    const v = Object.hasOwn(row.values, key) ? (row.values[key] ?? null) : null;
    // The compiled validator is the cheap common path; only a failing cell pays for the precise message.
    if (r.validate(v) === null) continue;
    const issue = cellIssue(r.field, v);
    if (issue === null) continue;
    out ??= new Map();
    out.set(key, issue);
  }
  return out;
}

function tally(counts: IssueCounts, issues: Map<string, CellIssue>, sign: 1 | -1): IssueCounts {
  let { errors, requiredEmpty, warnings } = counts;
  for (const i of issues.values()) {
    if (i.code === 'required') requiredEmpty += sign;
    else if (i.severity === 'error') errors += sign;
    else warnings += sign;
  }
  return { errors, requiredEmpty, warnings };
}

export function buildIssues(table: TableDef, rows: readonly StoredRow[]): IssueIndex {
  const index: IssueIndex = { byRow: new Map(), counts: { errors: 0, requiredEmpty: 0, warnings: 0 } };
  for (const row of rows) {
    const issues = rowIssues(table, row);
    if (issues) {
      index.byRow.set(row.id, issues);
      index.counts = tally(index.counts, issues, 1);
    }
  }
  return index;
}

/** Re-validates the rows a change touched. */
export function updateIssues(index: IssueIndex, table: TableDef, changes: readonly RowChange[]): void {
  for (const c of changes) {
    const id = c.before?.id ?? c.after?.id;
    if (id === undefined) continue;
    const old = index.byRow.get(id);
    if (old) {
      index.counts = tally(index.counts, old, -1);
      index.byRow.delete(id);
    }
    if (c.after) {
      const issues = rowIssues(table, c.after);
      if (issues) {
        index.byRow.set(id, issues);
        index.counts = tally(index.counts, issues, 1);
      }
    }
  }
}

export interface IssueItem {
  readonly storedIndex: number;
  readonly rowId: string;
  readonly fieldKey: string;
  readonly issue: CellIssue;
}

/** Issues in stored row order and field order, at most `limit` of them (the panel shows a page). */
export function listIssues(table: TableDef, rows: readonly StoredRow[], index: IssueIndex, limit: number): IssueItem[] {
  const out: IssueItem[] = [];
  if (index.byRow.size === 0) return out;
  for (let i = 0; i < rows.length && out.length < limit; i++) {
    const row = rows[i] as StoredRow;
    const issues = index.byRow.get(row.id);
    if (!issues) continue;
    for (const f of table.fields) {
      const issue = issues.get(f.key);
      if (issue && out.length < limit) out.push({ storedIndex: i, rowId: row.id, fieldKey: f.key, issue });
    }
  }
  return out;
}
