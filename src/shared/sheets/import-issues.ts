/**
 * The problems a spreadsheet import finds, each located by sheet, row, column and value, and how they are
 * counted: every problem counts, the first MAX_LISTED_ISSUES are listed (the preview shows them).
 */

/** Problems listed in the preview; beyond this they are only counted. */
export const MAX_LISTED_ISSUES = 5000;

export type ImportIssueSeverity = 'error' | 'warning' | 'notice';

export interface ImportIssue {
  readonly sheet: string;
  /** 1-based sheet row, as Excel shows it. */
  readonly row: number;
  /** Column letter (A, B, … AA). */
  readonly column: string;
  readonly columnLabel: string;
  readonly fieldKey: string;
  /** The cell as the file holds it. */
  readonly value: string;
  readonly code: string;
  readonly message: string;
  readonly severity: ImportIssueSeverity;
  /** Blocks the import (the value would be lost) unless the user leaves such cells empty. */
  readonly blocking: boolean;
}

export interface IssueCounts {
  blocking: number;
  /** Rows whose natural key repeats an earlier row (also counted in blocking; never ignorable). */
  duplicates: number;
  required: number;
  warning: number;
  trimmed: number;
  /** Dates and year-months written another way (2023-9) and stored in the catalog's form (202309). */
  reformatted: number;
}

export const emptyCounts = (): IssueCounts => ({
  blocking: 0,
  duplicates: 0,
  required: 0,
  warning: 0,
  trimmed: 0,
  reformatted: 0,
});

/** Counts `issue` and lists it while fewer than MAX_LISTED_ISSUES are listed. */
export function addIssue(issues: ImportIssue[], counts: IssueCounts, issue: ImportIssue): void {
  if (issue.code === 'duplicate-key') counts.duplicates++;
  if (issue.blocking) counts.blocking++;
  else if (issue.code === 'required') counts.required++;
  else if (issue.code === 'trimmed') counts.trimmed++;
  else if (issue.code === 'reformatted') counts.reformatted++;
  else counts.warning++;
  if (issues.length < MAX_LISTED_ISSUES) issues.push(issue);
}
