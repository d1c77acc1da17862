/**
 * Value semantics of the rule language. Stored cells are string | number | boolean | null; rules
 * compare numbers with numeric text (imports leave "12" as text), 是/否 with booleans, and dates of
 * the forms YYYY, YYYYMM and YYYYMMDD with each other. Nothing here throws: a value that cannot be
 * used is empty (null), and the missing-value strategy of the rule decides what empty means.
 */
export type Value = string | number | boolean | null;

const TRUE_TEXT = new Set(['是', 'true', 'y', 'yes', '1', '有']);
const FALSE_TEXT = new Set(['否', 'false', 'n', 'no', '0', '无']);
const NUMERIC_TEXT = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)\s*$/;

/** Empty text counts as missing, like an empty cell. */
export function isMissing(v: Value | undefined): boolean {
  return v === null || v === undefined || v === '' || (typeof v === 'number' && Number.isNaN(v));
}

export function toNumber(v: Value): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string' && NUMERIC_TEXT.test(v)) return Number(v);
  return null;
}

export function toBoolean(v: Value): boolean | null {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    if (TRUE_TEXT.has(s)) return true;
    if (FALSE_TEXT.has(s)) return false;
  }
  return null;
}

/** A where-filter or if-condition holds only when it is definitely true. */
export function isTrue(v: Value): boolean {
  return toBoolean(v) === true;
}

export type ComparisonOp = '=' | '!=' | '<' | '<=' | '>' | '>=';

/**
 * Compares two non-missing values; null when they are not comparable (text < number …).
 * Booleans compare with 是/否 text; numbers with numeric text; other text compares exactly (trimmed).
 */
export function compareValues(op: ComparisonOp, a: Value, b: Value): boolean | null {
  const order = orderOf(a, b);
  if (order === null) {
    if (op === '=') return false;
    if (op === '!=') return true;
    return null;
  }
  switch (op) {
    case '=':
      return order === 0;
    case '!=':
      return order !== 0;
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
  }
}

function orderOf(a: Value, b: Value): number | null {
  if (a === null || b === null) return a === b ? 0 : null;
  if (typeof a === 'boolean' || typeof b === 'boolean') {
    const x = toBoolean(a);
    const y = toBoolean(b);
    return x === null || y === null ? null : Number(x) - Number(y);
  }
  if (typeof a === 'number' || typeof b === 'number') {
    const x = toNumber(a);
    const y = toNumber(b);
    if (x === null || y === null) return null;
    // Sums of decimals (0.1 + 0.2) must still equal 0.3: compare within a relative tolerance.
    return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y)) ? 0 : Math.sign(x - y);
  }
  const x = a.trim();
  const y = b.trim();
  return x === y ? 0 : x < y ? -1 : 1;
}

/**
 * Normalizes YYYY, YYYYMM or YYYYMMDD (number or text, '-', '/' and '.' separators allowed) to a
 * YYYYMMDD number. A month or year alone maps to its first day, so `date(202308) <= periodEnd()`
 * compares as expected; unusable input is null.
 */
export function toDateNumber(v: Value): number | null {
  if (typeof v !== 'number' && typeof v !== 'string') return null;
  const digits = String(v)
    .trim()
    .replace(/[-/.年月日]/g, '');
  if (!/^\d{4}(\d{2}(\d{2})?)?$/.test(digits)) return null;
  const y = Number(digits.slice(0, 4));
  const m = digits.length >= 6 ? Number(digits.slice(4, 6)) : 1;
  const d = digits.length === 8 ? Number(digits.slice(6, 8)) : 1;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return y * 10000 + m * 100 + d;
}

/** The precision a date value was written with: a month value is inside a period if its month overlaps. */
export function datePrecision(v: Value): 'year' | 'month' | 'day' | null {
  const digits = String(v ?? '')
    .trim()
    .replace(/[-/.年月日]/g, '');
  if (digits.length === 4) return 'year';
  if (digits.length === 6) return 'month';
  if (digits.length === 8) return 'day';
  return null;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Whether a date value falls inside [from, to] (YYYYMMDD numbers), at the precision it was written. */
export function dateWithin(v: Value, from: number, to: number): boolean | null {
  const d = toDateNumber(v);
  const p = datePrecision(v);
  if (d === null || p === null) return null;
  if (p === 'day') return d >= from && d <= to;
  const unit = p === 'month' ? 100 : 10000;
  const floor = (x: number) => Math.floor(x / unit);
  return floor(d) >= floor(from) && floor(d) <= floor(to);
}

/** Text used in messages and results: numbers keep up to 4 decimals, empty is “空”. */
export function formatValue(v: Value): string {
  if (v === null) return '空';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 10000) / 10000);
  return v;
}
