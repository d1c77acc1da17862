/**
 * Where cell errors live (never silently coerce): when typed or pasted text cannot be held by
 * its column, the grid stores the text itself as the cell's value — a string in a numeric, date, boolean
 * or enum column. Storage, bundles and the completeness counts then all see the same thing: the stored
 * value fails validateCellValue, so it is an error everywhere, and reload shows exactly what the user
 * typed. To show the precise Chinese reason (not just "wrong type") the stored string is parsed again:
 * parseCellInput is deterministic, so the message after reload is the one shown while typing.
 */
import type { FieldDef } from '../../../../shared/catalog/catalog-types';
import type { CellValue } from '../../../../shared/records/record-types';
import type { CellIssue } from '../../../../shared/values/cell-issue';
import { fieldRules } from '../../../../shared/values/field-rules';
import { parseCellInput, type ParseContext } from '../../../../shared/values/parse-cell-input';

export interface CellInput {
  /** What to store: the converted value, or the raw text when the column cannot hold it. */
  readonly value: CellValue;
  /** The error or warning to show for this input; null when the value is fine. */
  readonly issue: CellIssue | null;
}

/** Converts typed or pasted text for `field`; failed conversions keep the raw text as the value. */
export function readCellInput(field: FieldDef, raw: string, source: ParseContext['source']): CellInput {
  const parsed = parseCellInput(field, raw, { source });
  if (parsed.error) return { value: parsed.error.raw ?? raw, issue: parsed.error };
  const stored = fieldRules(field).validate(parsed.value);
  return { value: parsed.value, issue: stored ?? parsed.warning ?? null };
}

/** The issue of a stored value, with the parse reason for kept raw text (see the module header). */
export function cellIssue(field: FieldDef, value: CellValue): CellIssue | null {
  const issue = fieldRules(field).validate(value);
  if (issue === null || issue.severity !== 'error' || typeof value !== 'string' || field.type === 'text')
    return issue;
  const reparsed = parseCellInput(field, value, { source: 'typed' });
  return reparsed.error ? { ...reparsed.error, raw: value } : issue;
}

/** True when a stored value is kept raw text that failed conversion (drawn as an error cell). */
export function isKeptRawText(field: FieldDef, value: CellValue): boolean {
  return typeof value === 'string' && cellIssue(field, value)?.raw !== undefined;
}
