/**
 * Every cell issue of the open table, kept up to date edit by edit: counts for the toolbar (errors,
 * empty required cells, warnings), the red/yellow cells, and the error panel. A large table is indexed
 * in steps after its first rows are painted (startIssues + stepIssues, driven by the store in idle time):
 * until the index is `ready`, the cells on screen are validated on demand (issuesOf, cached per row
 * object) and edits are noted to be re-validated when the pass ends. After that, only changed rows are
 * re-validated — at once for an ordinary edit, in a pass like the first one for a change of more than
 * SYNC_UPDATE_ROWS rows (a 10,000-row paste: its cells were just converted and checked by the paste
 * itself, so the panel's counts may follow a moment later). Valid cells cost no allocation.
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
  readonly table: TableDef;
  /** Row id → field key → issue; rows without issues are absent. Mutated in place by updateIssues. */
  readonly byRow: Map<string, Map<string, CellIssue>>;
  /** Partial until `ready`. */
  counts: IssueCounts;
  /** False while the first pass is still running (see the module header). */
  ready: boolean;
}

/** The state of an index's first pass over the rows it was started with. */
interface Pass {
  readonly rows: readonly StoredRow[];
  next: number;
  /** Rows changed while the pass runs: id → the row now (null when deleted). */
  readonly changed: Map<string, StoredRow | null>;
  /** Rows validated on demand while the pass runs, by row object (rows are never mutated). */
  readonly onDemand: WeakMap<StoredRow, Map<string, CellIssue> | null>;
}

const passes = new WeakMap<IssueIndex, Pass>();
const NO_COUNTS: IssueCounts = { errors: 0, requiredEmpty: 0, warnings: 0 };

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

function addRow(index: IssueIndex, row: StoredRow): void {
  const issues = rowIssues(index.table, row);
  if (!issues) return;
  index.byRow.set(row.id, issues);
  index.counts = tally(index.counts, issues, 1);
}

function removeRow(index: IssueIndex, id: string): void {
  const old = index.byRow.get(id);
  if (!old) return;
  index.counts = tally(index.counts, old, -1);
  index.byRow.delete(id);
}

/** An index whose first pass over `rows` has not run yet (see stepIssues). */
export function startIssues(table: TableDef, rows: readonly StoredRow[]): IssueIndex {
  const index: IssueIndex = { table, byRow: new Map(), counts: NO_COUNTS, ready: rows.length === 0 };
  if (!index.ready) passes.set(index, { rows, next: 0, changed: new Map(), onDemand: new WeakMap() });
  return index;
}

/**
 * Validates up to `maxRows` more rows of the first pass; returns true once the index is ready (the rows
 * changed meanwhile are then re-validated as they are now).
 */
export function stepIssues(index: IssueIndex, maxRows: number): boolean {
  const pass = passes.get(index);
  if (!pass) return true;
  const end = Math.min(pass.rows.length, pass.next + maxRows);
  for (let i = pass.next; i < end; i++) addRow(index, pass.rows[i] as StoredRow);
  pass.next = end;
  if (end < pass.rows.length) return false;
  for (const [id, row] of pass.changed) {
    removeRow(index, id);
    if (row) addRow(index, row);
  }
  passes.delete(index);
  index.ready = true;
  return true;
}

/** The whole index at once (small tables, tests). */
export function buildIssues(table: TableDef, rows: readonly StoredRow[]): IssueIndex {
  const index = startIssues(table, rows);
  stepIssues(index, Infinity);
  return index;
}

/** One row's issues: from the index, or validated on demand while the first pass runs. */
export function issuesOf(index: IssueIndex, row: StoredRow): ReadonlyMap<string, CellIssue> | undefined {
  const pass = passes.get(index);
  if (!pass) return index.byRow.get(row.id);
  let issues = pass.onDemand.get(row);
  if (issues === undefined) pass.onDemand.set(row, (issues = rowIssues(index.table, row)));
  return issues ?? undefined;
}

/** Changes of more rows than this are re-validated in steps (see the module header). */
export const SYNC_UPDATE_ROWS = 2_000;

/**
 * Re-validates the rows a change touched (or notes them for the end of a running pass). A change of
 * more than SYNC_UPDATE_ROWS rows to a ready index starts a pass over them instead and leaves the index
 * not ready; the caller steps it (stepIssues) as after startIssues.
 */
export function updateIssues(index: IssueIndex, changes: readonly RowChange[]): void {
  const pass = passes.get(index);
  if (!pass && changes.length > SYNC_UPDATE_ROWS) {
    const rows: StoredRow[] = [];
    for (const c of changes) {
      const id = c.before?.id ?? c.after?.id;
      if (id !== undefined) removeRow(index, id);
      if (c.after) rows.push(c.after);
    }
    index.ready = rows.length === 0;
    if (!index.ready) passes.set(index, { rows, next: 0, changed: new Map(), onDemand: new WeakMap() });
    return;
  }
  for (const c of changes) {
    const id = c.before?.id ?? c.after?.id;
    if (id === undefined) continue;
    if (pass) {
      pass.changed.set(id, c.after);
      continue;
    }
    removeRow(index, id);
    if (c.after) addRow(index, c.after);
  }
}

export interface IssueItem {
  readonly storedIndex: number;
  readonly rowId: string;
  readonly fieldKey: string;
  readonly issue: CellIssue;
}

/** Issues in stored row order and field order, at most `limit` of them (the panel shows a page). */
export function listIssues(
  table: TableDef,
  rows: readonly StoredRow[],
  index: IssueIndex,
  limit: number,
): IssueItem[] {
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
