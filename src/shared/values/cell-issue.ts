/**
 * A problem with one cell. `error` means the column cannot hold the value (or a required cell is empty);
 * `warning` means the value was accepted but the user should look at it. An error from parsing keeps the
 * text the user gave in `raw`, so an importer or the grid can show it instead of silently dropping it.
 */
export const CELL_ISSUE_CODES = [
  'required',
  'type-mismatch',
  'untrimmed',
  'not-a-number',
  'unit-in-cell',
  'unit-stripped',
  'percent-not-allowed',
  'percent-maybe-fraction',
  'scientific-notation',
  'not-an-integer',
  'too-many-digits',
  'too-many-decimals',
  'below-min',
  'above-max',
  'bad-date',
  'date-has-time',
  'date-is-year-month',
  'excel-date-serial',
  'bad-year-month',
  'ambiguous-year-month',
  'year-month-from-date',
  'date-for-year-month',
  'bad-boolean',
  'not-an-option',
  'options-pending',
  'pattern-mismatch',
  'bad-pattern',
  'id-card-length',
  'id-card-chars',
  'id-card-region',
  'id-card-birth',
  'id-card-check',
] as const;
export type CellIssueCode = (typeof CELL_ISSUE_CODES)[number];

export type CellIssueSeverity = 'error' | 'warning';

export interface CellIssue {
  readonly code: CellIssueCode;
  /** Chinese, names the field: 「入学年月」应为年月，格式 YYYYMM，如 202309 */
  readonly message: string;
  /** The text as typed, pasted or imported, when the issue came from parsing it. */
  readonly raw?: string;
  readonly severity: CellIssueSeverity;
}

export function cellError(code: CellIssueCode, message: string, raw?: string): CellIssue {
  return raw === undefined ? { code, message, severity: 'error' } : { code, message, raw, severity: 'error' };
}

export function cellWarning(code: CellIssueCode, message: string, raw?: string): CellIssue {
  return raw === undefined
    ? { code, message, severity: 'warning' }
    : { code, message, raw, severity: 'warning' };
}
