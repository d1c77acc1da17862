/**
 * Row and table validation over compiled field rules. tableCompleteness runs on every edit over up to
 * 100,000 rows × 20 fields, so the field rules are looked up once per call and the inner loop is a
 * closure call per cell with no allocation on the valid path.
 */
import type { TableDef } from '../catalog/catalog-types';
import type { CellValue, StoredRow } from '../records/record-types';
import type { CellIssue } from './cell-issue';
import { fieldRules, type FieldRules } from './field-rules';

export interface TableCompleteness {
  readonly rows: number;
  /** rows × required fields. */
  readonly requiredCells: number;
  /** Required cells holding any value (valid or not). */
  readonly requiredFilled: number;
  /** Cells with an error other than required-empty (those are requiredCells − requiredFilled). */
  readonly errorCells: number;
  readonly warningCells: number;
}

// Field keys like 'constructor' are valid identifiers but also inherited members of every plain object.
const inherited = (key: string): boolean => key in Object.prototype;

function cellOf(values: Readonly<Record<string, CellValue>>, key: string, guard: boolean): CellValue {
  if (guard && !Object.hasOwn(values, key)) return null;
  return values[key] ?? null;
}

const tableCache = new WeakMap<TableDef, readonly FieldRules[]>();

function tableRules(table: TableDef): readonly FieldRules[] {
  let rules = tableCache.get(table);
  if (rules === undefined) {
    rules = table.fields.map(fieldRules);
    tableCache.set(table, rules);
  }
  return rules;
}

/** Issues of one row, keyed by field key; fields without an issue are absent. Unknown keys are ignored. */
export function validateRow(
  table: TableDef,
  values: Readonly<Record<string, CellValue>>,
): Map<string, CellIssue> {
  const issues = new Map<string, CellIssue>();
  for (const rules of tableRules(table)) {
    const key = rules.field.key;
    const issue = rules.validate(cellOf(values, key, inherited(key)));
    if (issue !== null) issues.set(key, issue);
  }
  return issues;
}

/** A cell in error (other than required-empty), as tableCompleteness meets it: row index and field key. */
export type OnCellError = (row: number, key: string, issue: CellIssue) => void;

/**
 * Counts for the table header and the error panel: filled required cells, errors and warnings.
 * `onError` sees each counted error cell in the same pass (the import check names them without a
 * second validation of the table).
 */
export function tableCompleteness(
  table: TableDef,
  rows: readonly StoredRow[],
  onError?: OnCellError,
): TableCompleteness {
  const rules = tableRules(table);
  const keys = rules.map((r) => r.field.key);
  const guards = keys.map(inherited);
  const required = rules.map((r) => r.field.required);
  const requiredPerRow = required.filter(Boolean).length;
  let requiredFilled = 0;
  let errorCells = 0;
  let warningCells = 0;
  const count = rules.length;
  for (let r = 0; r < rows.length; r++) {
    const values = (rows[r] as StoredRow).values;
    for (let f = 0; f < count; f++) {
      const key = keys[f] as string;
      const value = guards[f] === true && !Object.hasOwn(values, key) ? null : (values[key] ?? null);
      if (required[f] === true && value !== null && value !== '') requiredFilled++;
      const issue = (rules[f] as FieldRules).validate(value);
      if (issue === null) continue;
      if (issue.severity === 'warning') warningCells++;
      else if (issue.code !== 'required') {
        errorCells++;
        onError?.(r, key, issue);
      }
    }
  }
  return {
    rows: rows.length,
    requiredCells: rows.length * requiredPerRow,
    requiredFilled,
    errorCells,
    warningCells,
  };
}
