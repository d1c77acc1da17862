/**
 * Does a stored cell value still fit a field definition? A catalog change is refused when existing
 * values would not (validate-catalog-change.ts). "Fits" means the value can be kept under the new
 * definition without losing information: "12" stored as text fits an integer field (it converts),
 * "20240315" does not fit a year-month (the day would be lost). Empty cells always fit; whether a
 * required cell is empty is a completeness question, not a catalog one.
 */
import { compileFieldPattern } from './field-pattern';
import type { FieldDef } from './catalog-types';
import type { CellValue } from '../records/record-types';
import { isStoredIdCard } from '../values/id-card';
import { isStoredDate, isStoredYearMonth } from '../values/date-text';

const INTEGER_TEXT = /^[+-]?\d+$/;
const DECIMAL_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;
const BOOLEAN_TEXT = new Set(['是', '否', 'true', 'false']);

function asNumber(v: CellValue, pattern: RegExp): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && pattern.test(v.trim())) return Number(v.trim());
  return undefined;
}

function numericProblem(v: CellValue, f: FieldDef): string | null {
  const n = asNumber(v, f.type === 'integer' ? INTEGER_TEXT : DECIMAL_TEXT);
  if (n === undefined || !Number.isFinite(n)) return f.type === 'integer' ? '不是整数' : '不是数值';
  if (f.type === 'integer' && !Number.isInteger(n)) return '不是整数';
  if (f.min !== undefined && n < f.min) return `小于最小值 ${f.min}`;
  if (f.max !== undefined && n > f.max) return `大于最大值 ${f.max}`;
  return null;
}

/** Whole-value match in linear time; a pattern that does not compile (refused by validateCatalog anyway) matches nothing. */
function matchesWhole(pattern: string, text: string): boolean {
  return compileFieldPattern(pattern)?.test(text) ?? false;
}

/** Text form of a stored value, as the user typed it ("是"/"否" for booleans). */
export function cellText(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? '是' : '否';
  return String(v);
}

/** Why `v` does not fit `f` (a short Chinese phrase), or null when it fits. */
export function cellValueProblem(v: CellValue, f: FieldDef): string | null {
  if (v === null || (typeof v === 'string' && v.trim() === '')) return null;
  const text = cellText(v).trim();
  switch (f.type) {
    case 'text':
      return null;
    case 'integer':
    case 'decimal':
    case 'percent':
      return typeof v === 'boolean' ? '不是数值' : numericProblem(v, f);
    case 'date':
      return isStoredDate(text) ? null : '不是 YYYYMMDD 格式的日期';
    case 'yearMonth':
      return isStoredYearMonth(text) ? null : '不是 YYYYMM 格式的年月';
    case 'enum':
      if (f.optionsPending === true) return null;
      return (f.options ?? []).includes(text) ? null : '不在选项中';
    case 'code':
      if (typeof v === 'boolean') return '不是代码';
      return f.pattern === undefined || matchesWhole(f.pattern, text) ? null : '不符合代码格式';
    case 'idCard':
      return isStoredIdCard(text) ? null : '不是有效的身份证号';
    case 'boolean':
      return typeof v === 'boolean' || BOOLEAN_TEXT.has(text) ? null : '不是“是/否”';
  }
}
