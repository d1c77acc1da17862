/**
 * The open workspace's current ruleset, loaded once per workspace and reloaded after it is saved. Every
 * feature that judges or computes with rules (grid, review, rules page, indicators, report) reads it here.
 */
import { create } from 'zustand';
import type { Ruleset } from '../../shared/rules/ruleset';
import type { Workspace } from '../../shared/workspace/workspace-types';
import { repository } from '../data/repository-instance';

interface RulesetState {
  readonly workspaceId: string | null;
  readonly ruleset: Ruleset | null;
  load(workspace: Workspace): Promise<void>;
  /** Reloads after a save (the write itself went through the repository). */
  refresh(): Promise<void>;
}

let current: Workspace | null = null;

export const useRulesetStore = create<RulesetState>((set) => ({
  workspaceId: null,
  ruleset: null,
  async load(workspace) {
    current = workspace;
    const ruleset = await repository().loadRuleset(workspace);
    // A slower load of a workspace left meanwhile must not overwrite the open one's ruleset.
    if (current?.id === workspace.id) set({ workspaceId: workspace.id, ruleset });
  },
  async refresh() {
    if (current) await useRulesetStore.getState().load(current);
  },
}));
