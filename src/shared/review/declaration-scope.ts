/**
 * What the 负责人's signed declaration (审核通过，同意报送以上数据) covers on one route: only the slices
 * approved at the department (or beyond). Slices still with the filler and empty tables travel in the
 * bundle as before, but are listed apart so nobody signs for them unknowingly; the receiving station
 * names them too (submission-entry.ts "尚未经负责人审核通过").
 */
import { stateRank, type ReviewState, type Submission } from './review-types';

export interface DeclarationScope {
  /** Approved with rows: what the declaration covers. */
  readonly approved: readonly string[];
  /** Not approved yet, with the state they are in. */
  readonly notApproved: readonly { readonly tableCode: string; readonly state: ReviewState }[];
  /** No rows at all (whatever their state). */
  readonly empty: readonly string[];
}

export function declarationScope(
  departmentCode: string,
  tableCodes: readonly string[],
  submissions: readonly Submission[],
  rowCounts: ReadonlyMap<string, number>,
): DeclarationScope {
  const states = new Map(
    submissions.filter((s) => s.departmentCode === departmentCode).map((s) => [s.tableCode, s.state]),
  );
  const approved: string[] = [];
  const notApproved: { tableCode: string; state: ReviewState }[] = [];
  const empty: string[] = [];
  for (const code of tableCodes) {
    const state = states.get(code) ?? 'draft';
    if ((rowCounts.get(code) ?? 0) === 0) empty.push(code);
    else if (stateRank(state) >= stateRank('dept-approved')) approved.push(code);
    else notApproved.push({ tableCode: code, state });
  }
  return { approved, notApproved, empty };
}
