/**
 * One slice's review for the panel: loads its inputs, runs every check at the level due (the filler
 * sees the checks of L1, the level the data goes to next), and diffs the rows against the latest
 * approved snapshot. Recomputed when the slice, the ruleset or the stored data change.
 */
import { useEffect, useState } from 'react';
import {
  changesSinceApproval,
  type ChangesSinceApproval,
} from '../../../shared/review/changes-since-approval';
import { expectedLevel } from '../../../shared/review/review-routing';
import type { ReviewLevel, Submission } from '../../../shared/review/review-types';
import { reviewTable, type TableReview } from '../../../shared/review/table-review';
import type { CompiledRule } from '../../../shared/rules';
import type { Ruleset } from '../../../shared/rules/ruleset';
import type { Catalog } from '../../../shared/catalog/catalog-types';
import type { TaskAssignment } from '../../../shared/tasks/task-types';
import type { Workspace } from '../../../shared/workspace/workspace-types';
import { RETURN_SNAPSHOT_LEVEL, type ReviewSnapshotRecord } from '../../data/records';
import { loadReviewInputs, type ReviewInputs } from './review-data';

export interface TableReviewView {
  readonly level: ReviewLevel;
  readonly review: TableReview;
  readonly inputs: ReviewInputs;
  /** Against the last approval at this level or above, or the last return; null when neither exists. */
  readonly changes: { readonly since: ReviewSnapshotRecord; readonly diff: ChangesSinceApproval } | null;
}

export interface TableReviewArgs {
  readonly workspace: Workspace;
  readonly catalog: Catalog;
  readonly tasks: readonly TaskAssignment[];
  readonly submission: Submission;
  readonly ruleset: Ruleset;
  readonly compiled: readonly CompiledRule[];
  readonly revision: number;
}

export function useTableReview(args: TableReviewArgs): TableReviewView | null | 'error' {
  const { workspace, catalog, tasks, submission, ruleset, compiled, revision } = args;
  const [view, setView] = useState<TableReviewView | null | 'error'>(null);
  const { departmentCode, tableCode, justifications } = submission;
  const level: ReviewLevel = expectedLevel(submission) ?? 1;

  useEffect(() => {
    // The panel is keyed by slice, so a stale view is only ever the same slice's previous result.
    let cancelled = false;
    void (async () => {
      try {
        const table = catalog.tables.find((t) => t.code === tableCode);
        if (!table) throw new Error(`no table ${tableCode}`);
        const inputs = await loadReviewInputs(
          workspace,
          catalog,
          tasks,
          { departmentCode, tableCode },
          compiled,
        );
        const review = reviewTable({
          level,
          table,
          rows: inputs.rows,
          compiled,
          source: inputs.source,
          prevRows: inputs.prevRows,
          ruleset,
          period: workspace,
          justifications,
        });
        // What this level (or one above it) last approved, or the rows a reviewer last returned:
        // whichever is newer is what the reviewer judged last. A lower level's approval is not.
        const since = [...inputs.snapshots]
          .filter((s) => s.level === RETURN_SNAPSHOT_LEVEL || (s.level >= level && s.level <= 3))
          .sort((a, b) => a.at.localeCompare(b.at))
          .at(-1);
        const changes = since ? { since, diff: changesSinceApproval(since.rows, inputs.rows) } : null;
        if (!cancelled) setView({ level, review, inputs, changes });
      } catch (e) {
        console.error('review failed', e);
        if (!cancelled) setView('error');
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [
    workspace,
    catalog,
    tasks,
    departmentCode,
    tableCode,
    level,
    ruleset,
    compiled,
    revision,
    justifications,
  ]);

  return view;
}
