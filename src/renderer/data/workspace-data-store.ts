/**
 * The open workspace's small data (settings, departments, catalog, tasks, slice summaries), loaded once
 * when the workspace opens and refreshed after each save. Saves go through the repository (the data
 * writer) and only then update this store, so the UI never shows what was not committed.
 */
import { create } from 'zustand';
import type { Catalog } from '../../shared/catalog/catalog-types';
import type { OptionMigration } from '../../shared/catalog/option-migration';
import type { Department } from '../../shared/departments/department-types';
import type { TaskAssignment } from '../../shared/tasks/task-types';
import type { Workspace } from '../../shared/workspace/workspace-types';
import type { Actor, SliceSummary, WriteOutcome } from './repository';
import { repository } from './repository-instance';

export interface WorkspaceData {
  readonly workspace: Workspace;
  readonly departments: Department[];
  readonly catalog: Catalog;
  readonly tasks: TaskAssignment[];
  readonly slices: SliceSummary[];
}

interface WorkspaceDataState {
  readonly data: WorkspaceData | null;
  readonly loading: boolean;
  load(workspaceId: string): Promise<void>;
  clear(): void;
  saveWorkspace(workspace: Workspace, actor: Actor): Promise<WriteOutcome>;
  saveDepartments(departments: Department[], actor: Actor): Promise<WriteOutcome>;
  saveCatalog(catalog: Catalog, actor: Actor, migration?: OptionMigration): Promise<WriteOutcome>;
  saveTasks(tasks: TaskAssignment[], actor: Actor): Promise<WriteOutcome>;
  refreshSlices(): Promise<void>;
}

export const useWorkspaceData = create<WorkspaceDataState>((set, get) => {
  const patch = (p: Partial<WorkspaceData>) => {
    const data = get().data;
    if (data) set({ data: { ...data, ...p } });
  };
  const requireData = (): WorkspaceData => {
    const data = get().data;
    if (!data) throw new Error('no workspace open');
    return data;
  };
  return {
    data: null,
    loading: false,
    async load(workspaceId) {
      set({ loading: true });
      const repo = repository();
      const [workspaces, departments, catalog, tasks, slices] = await Promise.all([
        repo.listWorkspaces(),
        repo.loadDepartments(workspaceId),
        repo.loadCatalog(workspaceId),
        repo.loadTasks(workspaceId),
        repo.listSlices(workspaceId),
      ]);
      const workspace = workspaces.find((w) => w.id === workspaceId);
      set({ data: workspace ? { workspace, departments, catalog, tasks, slices } : null, loading: false });
    },
    clear: () => set({ data: null }),
    async saveWorkspace(workspace, actor) {
      const r = await repository().updateWorkspace(workspace, actor);
      if (r.ok) patch({ workspace });
      return r;
    },
    async saveDepartments(departments, actor) {
      const r = await repository().saveDepartments(requireData().workspace.id, departments, actor);
      if (r.ok) patch({ departments });
      return r;
    },
    async saveCatalog(catalog, actor, migration) {
      const r = await repository().saveCatalog(requireData().workspace.id, catalog, actor, migration);
      if (r.ok) patch({ catalog });
      return r;
    },
    async saveTasks(tasks, actor) {
      const r = await repository().saveTasks(requireData().workspace.id, tasks, actor);
      if (r.ok) patch({ tasks });
      return r;
    },
    async refreshSlices() {
      // A grid flushes its last edits as it unmounts, which may be after the year was closed or another
      // opened: then there is nothing to refresh, and another year's slices must not be patched in.
      const id = get().data?.workspace.id;
      if (id === undefined) return;
      const slices = await repository().listSlices(id);
      if (get().data?.workspace.id === id) patch({ slices });
    },
  };
});
