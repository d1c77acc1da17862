/**
 * The open workspace's review state: submissions (and, through rules-runtime's store, the current
 * ruleset), loaded when a review page opens and reloaded after every write (the write itself goes
 * through the repository, so the UI never shows what was not committed), plus the slice picked on the
 * review page.
 */
import { create } from 'zustand';
import type { Submission } from '../../../shared/review/review-types';
import type { Workspace } from '../../../shared/workspace/workspace-types';
import { repository } from '../../data/repository-instance';
import { useRulesetStore } from '../../rules-runtime/ruleset-store';
import type { SliceRef } from '../../rules-runtime/station-source';

interface ReviewState {
  readonly workspaceId: string | null;
  readonly submissions: readonly Submission[];
  /** The year is locked at this station (isYearLocked): never-submitted slices read 已锁定（未报送）. */
  readonly yearLocked: boolean;
  /** Bumped after each write so dependent views recompute. */
  readonly revision: number;
  readonly selected: SliceRef | null;
  load(workspace: Workspace): Promise<void>;
  refresh(): Promise<void>;
  select(slice: SliceRef | null): void;
}

let current: Workspace | null = null;

export const useReviewStore = create<ReviewState>((set, get) => ({
  workspaceId: null,
  submissions: [],
  yearLocked: false,
  revision: 0,
  selected: null,
  async load(workspace) {
    current = workspace;
    const [submissions, yearLocked] = await Promise.all([
      repository().listSubmissions(workspace.id),
      repository().isYearLocked(workspace.id),
      useRulesetStore.getState().load(workspace),
    ]);
    // The selection survives a reload of the same workspace (a drill-down sets it before the page opens).
    const keep = get().workspaceId === workspace.id ? get().selected : null;
    set({ workspaceId: workspace.id, submissions, yearLocked, revision: get().revision + 1, selected: keep });
  },
  async refresh() {
    if (current) await get().load(current);
  },
  select: (selected) => set({ selected }),
}));
