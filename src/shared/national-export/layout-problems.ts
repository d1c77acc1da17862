/**
 * Values the national layout cannot hold as they are, listed before the export (never truncated or
 * changed on the way out): text longer than the template's columns take, a code or ID with the wrong
 * digits, a date that is not YYYYMMDD, text stored in a numeric column, a row with no value at all
 * (a blank line the platform's import skips).
 */
import type { FieldDef, TableDef } from '../catalog/catalog-types';
import type { CellValue } from '../records/record-types';
import { fieldRules } from '../values/field-rules';
import { EXPORT_MESSAGES as M } from './export-messages';
import type { LockedSlice } from './locked-year';
import { isNumericField } from './national-cells';

/**
 * Characters a text column of the national template takes. The platform's own limit was not found;
 * 255 is what its Excel-era templates' text columns were validated to — change it here when known.
 */
export const NATIONAL_TEXT_MAX = 255;
/** Excel's hard limit of a cell: longer text cannot be written at all. */
export const EXCEL_CELL_MAX = 32767;
/** Problems listed one by one; beyond this they are only counted. */
export const MAX_LISTED_PROBLEMS = 2000;

export interface LayoutProblem {
  readonly tableCode: string;
  readonly departmentCode: string;
  /** 1-based row within the department's slice. */
  readonly row: number;
  readonly fieldKey: string;
  readonly value: string;
  readonly message: string;
  /** The value cannot be written at all (over Excel's cell limit). */
  readonly blocking: boolean;
}

export interface LayoutCheck {
  readonly problems: LayoutProblem[];
  /** Every problem, listed or not. */
  readonly count: number;
  readonly blocking: number;
}

const DIGITS: Readonly<Partial<Record<FieldDef['type'], RegExp>>> = {
  date: /^\d{8}$/,
  yearMonth: /^\d{6}$/,
  idCard: /^\d{17}[\dX]$/,
};

/** ^\d{6}$ reads as "6 位数字"; other patterns are shown as written. */
function patternMessage(field: FieldDef): string {
  const m = /^\^\\d\{(\d+)\}\$$/.exec(field.pattern ?? '');
  return m ? M.wrongDigits(field.label, Number(m[1])) : M.wrongPattern(field.label, field.pattern ?? '');
}

type Check = (v: CellValue) => { message: string; blocking: boolean } | null;

function checkFor(field: FieldDef): Check | null {
  if (isNumericField(field))
    return (v) =>
      typeof v === 'string' && v !== '' ? { message: M.notNumber(field.label), blocking: false } : null;
  const digits = DIGITS[field.type];
  const pattern = field.type === 'code' ? fieldRules(field).pattern : null;
  const shape: ((s: string) => string | null) | null = digits
    ? (s) =>
        digits.test(s)
          ? null
          : field.type === 'idCard'
            ? M.wrongIdCard(field.label)
            : M.wrongDigits(field.label, field.type === 'date' ? 8 : 6)
    : pattern !== null && pattern !== 'invalid'
      ? (s) => (pattern.test(s) ? null : patternMessage(field))
      : null;
  return (v) => {
    if (typeof v !== 'string' || v === '') return null;
    if (v.length > EXCEL_CELL_MAX) return { message: M.cellTooLong(field.label, v.length), blocking: true };
    if (v.length > NATIONAL_TEXT_MAX)
      return { message: M.textTooLong(field.label, NATIONAL_TEXT_MAX, v.length), blocking: false };
    const wrong = shape?.(v) ?? null;
    return wrong === null ? null : { message: wrong, blocking: false };
  };
}

/** Every value of `slices` (rows of `table`) the national layout cannot hold as it is. */
export function layoutProblems(table: TableDef, slices: readonly LockedSlice[]): LayoutCheck {
  const checks = table.fields
    .map((f) => ({ key: f.key, check: checkFor(f) }))
    .filter((c) => c.check !== null);
  const problems: LayoutProblem[] = [];
  let count = 0;
  let blocking = 0;
  const add = (p: LayoutProblem): void => {
    count++;
    if (p.blocking) blocking++;
    if (problems.length < MAX_LISTED_PROBLEMS) problems.push(p);
  };
  const keys = table.fields.map((f) => f.key);
  for (const s of slices)
    s.rows.forEach((row, i) => {
      const at = { tableCode: table.code, departmentCode: s.departmentCode, row: i + 1 };
      if (keys.length > 0 && keys.every((k) => (row.values[k] ?? '') === ''))
        add({ ...at, fieldKey: '', value: '', message: M.emptyRow, blocking: false });
      for (const { key, check } of checks) {
        const v = Object.hasOwn(row.values, key) ? (row.values[key] ?? null) : null;
        const p = check?.(v) ?? null;
        if (p === null) continue;
        add({
          ...at,
          fieldKey: key,
          value: typeof v === 'string' && v.length > 60 ? `${v.slice(0, 60)}…` : String(v),
          ...p,
        });
      }
    });
  return { problems, count, blocking };
}
