/**
 * Validation of stored values: what the grid shows on each cell, the error panel lists and a reviewer
 * sees after a bundle arrives. Stored values come from parseCellInput, imports or other stations'
 * bundles, so the type itself is checked too (a catalog change may have turned a text column numeric).
 */
import type { FieldDef } from '../catalog/catalog-types';
import type { CellValue } from '../records/record-types';
import type { CellIssue } from './cell-issue';
import { fieldRules } from './field-rules';

/** The issue of a stored cell value (type, range, precision, options, pattern, required-empty), or null. */
export function validateCellValue(field: FieldDef, value: CellValue): CellIssue | null {
  return fieldRules(field).validate(value);
}
