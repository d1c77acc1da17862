/** The list of workspaces on this station, for the start page. */
import { create } from 'zustand';
import type { Workspace } from '../../../shared/workspace/workspace-types';
import { repository } from '../../data/repository-instance';

interface WorkspaceListState {
  readonly workspaces: Workspace[];
  readonly loaded: boolean;
  reload(): Promise<void>;
}

export const useWorkspaceList = create<WorkspaceListState>((set) => ({
  workspaces: [],
  loaded: false,
  async reload() {
    const list = await repository().listWorkspaces();
    list.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    set({ workspaces: list, loaded: true });
  },
}));
