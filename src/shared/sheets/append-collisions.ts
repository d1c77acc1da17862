/**
 * Append collisions, located before anything is written: in 追加 mode a file row whose
 * natural key (学号, 工号 …) is already stored would create a second record of the same person, so the
 * preview lists each such row — sheet, row, key column, value, reason — like any other bad cell, and
 * the commit stays blocked while append is chosen. Rows repeating each other inside the file are
 * already listed by convertSheet ('duplicate-key'). Replace mode ignores these: matched rows keep
 * their stored UUIDs there.
 */
import type { TableDef } from '../catalog/catalog-types';
import type { CellValue } from '../records/record-types';
import type { ColumnMapping } from './column-mapping';
import { MAX_LISTED_ISSUES, type ImportIssue } from './import-issues';
import { keyFieldText, naturalKeyOf } from './natural-key';
import { columnLetter } from './sheet-cell';
import { SHEET_MESSAGES as M } from './sheet-messages';

export interface AppendCollisions {
  /** Located collisions, at most MAX_LISTED_ISSUES. */
  readonly issues: ImportIssue[];
  /** All colliding rows. */
  readonly count: number;
}

export interface CollisionSource {
  readonly table: TableDef;
  readonly sheet: string;
  /** Each converted row's natural key (convertSheet's `keys`). */
  readonly keys: readonly (string | null)[];
  /** 1-based sheet row of each converted row. */
  readonly sheetRows: readonly number[];
  readonly mapping: ColumnMapping;
  /** Header label of each file column (by column index). */
  readonly labels: readonly string[];
}

/** Natural keys of stored rows, as naturalKeyOf builds them (rows with an empty key part are left out). */
export function storedKeys(
  table: TableDef,
  rows: readonly { readonly values: Readonly<Record<string, CellValue>> }[],
): string[] {
  const out: string[] = [];
  for (const r of rows) {
    const k = naturalKeyOf(table, r.values);
    if (k !== null) out.push(k);
  }
  return out;
}

export function findAppendCollisions(
  src: CollisionSource,
  existingKeys: ReadonlySet<string>,
): AppendCollisions {
  const { table } = src;
  const issues: ImportIssue[] = [];
  if (existingKeys.size === 0 || table.naturalKey.length === 0) return { issues, count: 0 };
  const keyField = table.naturalKey[0] as string;
  const index = src.mapping.indexOf(keyField);
  const fieldLabel = (k: string) => table.fields.find((f) => f.key === k)?.label ?? k;
  const labels = table.naturalKey.map((k) => `「${fieldLabel(k)}」`).join('、');
  let count = 0;
  src.keys.forEach((key, i) => {
    if (key === null || !existingKeys.has(key)) return;
    count++;
    if (issues.length >= MAX_LISTED_ISSUES) return;
    issues.push({
      sheet: src.sheet,
      row: src.sheetRows[i] ?? 0,
      column: index >= 0 ? columnLetter(index) : '—',
      columnLabel: (index >= 0 ? src.labels[index] : undefined) || fieldLabel(keyField),
      fieldKey: keyField,
      value: keyFieldText(key),
      code: 'append-collision',
      message: M.appendCollision(labels),
      severity: 'error',
      blocking: true,
    });
  });
  return { issues, count };
}
