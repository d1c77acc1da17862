/**
 * The cell-value layer: what a user types, pastes or imports becomes a stored CellValue (or an error
 * that keeps the text), stored values are validated and formatted, and clipboard text/HTML is read and
 * written the way Excel and WPS do. Pure TypeScript, used by the grid and importer.
 */
export { CELL_ISSUE_CODES, type CellIssue, type CellIssueCode, type CellIssueSeverity } from './cell-issue';
export { parseCellInput, type ParseContext, type ParsedCell } from './parse-cell-input';
export { validateCellValue } from './validate-cell-value';
export { formatCellValue, formatPlainNumber } from './format-cell-value';
export { validateRow, tableCompleteness, type TableCompleteness } from './validate-row';
export { parseTsv, toTsv } from './tsv';
export { parseHtmlTable } from './html-table';
export { toHtmlTable } from './html-table-writer';
export { fullWidthToHalf, trimCell } from './full-width';
export { checkIdCard, idCardCheckChar, isStoredIdCard } from './id-card';
export { isStoredDate, isStoredYearMonth } from './date-text';
