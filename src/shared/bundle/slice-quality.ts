/**
 * The quality of one received slice, shown in the import preview before anything is merged: cells in
 * error, empty required cells, warnings, completeness, and each value the catalog rejects (an option
 * outside its list, a malformed value, an over-long text) named by row and field. Fields the catalog
 * does not define are collected separately: they refuse the whole bundle (unknownFieldsMessage), since
 * the two stations would not be filling the same table.
 */
import type { TableDef } from '../catalog/catalog-types';
import type { StoredRow } from '../records/record-types';
import { tableCompleteness } from '../values/validate-row';

/** Longer than any status-data cell holds (names, addresses, notes); such a value is listed, not merged silently. */
export const TEXT_CELL_MAX = 500;
/** Rejected values named per slice; the rest are counted. */
export const REJECTED_SHOWN = 50;

export interface RejectedValue {
  /** 1-based, in the bundle's row order. */
  readonly row: number;
  readonly fieldKey: string;
  readonly fieldLabel: string;
  readonly value: string;
  readonly reason: string;
}

export interface SliceQuality {
  readonly rows: number;
  readonly errorCells: number;
  readonly requiredEmpty: number;
  readonly warningCells: number;
  /** Filled required cells ÷ required cells, 0–1; null when the table has no required field or no rows. */
  readonly completeness: number | null;
  readonly rejected: readonly RejectedValue[];
  readonly rejectedTotal: number;
  /** Value keys no field of the table defines, sorted. */
  readonly unknownFields: readonly string[];
}

const shown = (v: unknown): string => {
  const s = String(v);
  return s.length > 40 ? `${s.slice(0, 40)}…（共 ${s.length} 字）` : s;
};

/**
 * The quality of `rows` against `table` — pure and synchronous, so any import path can call it (the
 * bundle verify Worker runs it on every received slice; see received-quality.ts). One validation pass
 * over the cells plus one pass over each row's keys; rejected values are named in row order (within a
 * row: over-long texts, then invalid values), the first REJECTED_SHOWN of them, the rest counted.
 */
export function sliceQuality(table: TableDef, rows: readonly StoredRow[]): SliceQuality {
  const labels = new Map(table.fields.map((f) => [f.key, f.label]));
  const label = (key: string) => labels.get(key) ?? key;
  const invalid: RejectedValue[] = [];
  let invalidTotal = 0;
  const c = tableCompleteness(table, rows, (r, key, issue) => {
    invalidTotal++;
    if (invalid.length < REJECTED_SHOWN)
      invalid.push({
        row: r + 1,
        fieldKey: key,
        fieldLabel: label(key),
        value: shown((rows[r] as StoredRow).values[key] ?? ''),
        reason: issue.message,
      });
  });
  const unknown = new Set<string>();
  const tooLong: RejectedValue[] = [];
  let tooLongTotal = 0;
  for (let i = 0; i < rows.length; i++) {
    const values = (rows[i] as StoredRow).values;
    // for…in over JSON.parse output (own keys only) allocates nothing on the common, clean row.
    for (const key in values) {
      const value = values[key];
      if (!labels.has(key)) unknown.add(key);
      else if (typeof value === 'string' && value.length > TEXT_CELL_MAX) {
        tooLongTotal++;
        if (tooLong.length < REJECTED_SHOWN)
          tooLong.push({
            row: i + 1,
            fieldKey: key,
            fieldLabel: label(key),
            value: shown(value),
            reason: `超过 ${TEXT_CELL_MAX} 字`,
          });
      }
    }
  }
  return {
    rows: rows.length,
    errorCells: c.errorCells,
    requiredEmpty: c.requiredCells - c.requiredFilled,
    warningCells: c.warningCells,
    completeness: c.requiredCells === 0 ? null : c.requiredFilled / c.requiredCells,
    rejected: byRow(tooLong, invalid).slice(0, REJECTED_SHOWN),
    rejectedTotal: tooLongTotal + invalidTotal,
    unknownFields: [...unknown].sort(),
  };
}

/** Both lists are in row order; merged by row, a row's over-long texts before its invalid values. */
function byRow(first: readonly RejectedValue[], second: readonly RejectedValue[]): RejectedValue[] {
  const out: RejectedValue[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length || j < second.length) {
    const a = first[i];
    const b = second[j];
    if (b === undefined || (a !== undefined && a.row <= b.row)) {
      out.push(a as RejectedValue);
      i++;
    } else {
      out.push(b);
      j++;
    }
  }
  return out;
}

/** The refusal of a bundle whose slice carries fields the catalog lacks, or null. */
export function unknownFieldsMessage(
  tableCode: string,
  departmentCode: string,
  q: SliceQuality,
): string | null {
  if (q.unknownFields.length === 0) return null;
  const names = q.unknownFields.slice(0, 10).join('、') + (q.unknownFields.length > 10 ? ' 等' : '');
  return `${departmentCode} 的 ${tableCode} 表含有采集目录中没有的字段（${names}），已拒绝导入。请确认双方使用同一版本的采集目录（由督导室下发初始化包）后重新导出。`;
}
