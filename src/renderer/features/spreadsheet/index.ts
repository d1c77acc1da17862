/** The spreadsheet feature: templates, import wizard and export for one table, and bulk actions over 我的任务. */
export { SpreadsheetActions, type SpreadsheetActionsProps } from './SpreadsheetActions';
export { BulkSpreadsheetActions } from './BulkSpreadsheetActions';
export type { SliceRef } from './use-sheet-files';
