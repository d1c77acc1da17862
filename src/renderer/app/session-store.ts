/**
 * Which workspace is open, who is signed in to it, and which page shows. Kept apart from the data so a
 * page switch never reloads data.
 */
import { create } from 'zustand';
import type { LocalUser } from '../../shared/workspace/workspace-types';

/** A page id declared in some feature's pages.tsx (see page-registry.ts). */
export type PageId = string;

/** A cell the grid opens at (a checklist item's jump): the slice's department, the row, the field. */
export interface CellFocus {
  readonly departmentCode: string;
  readonly rowId: string;
  readonly fieldKey: string | null;
}

export interface SessionState {
  readonly workspaceId: string | null;
  readonly user: Pick<LocalUser, 'id' | 'name' | 'role'> | null;
  readonly page: PageId;
  /** The table opened from 我的任务 (page 'table'). */
  readonly tableCode: string | null;
  /** Set by a jump to a cell; the grid clears it once it has moved there. */
  readonly focus: CellFocus | null;
  open(workspaceId: string, user: Pick<LocalUser, 'id' | 'name' | 'role'>): void;
  close(): void;
  go(page: PageId, tableCode?: string, focus?: CellFocus): void;
  clearFocus(): void;
}

export const useSession = create<SessionState>((set) => ({
  workspaceId: null,
  user: null,
  page: 'tasks',
  tableCode: null,
  focus: null,
  open: (workspaceId, user) =>
    set({
      workspaceId,
      user: { id: user.id, name: user.name, role: user.role },
      page: 'tasks',
      tableCode: null,
      focus: null,
    }),
  close: () => set({ workspaceId: null, user: null, page: 'tasks', tableCode: null, focus: null }),
  go: (page, tableCode, focus) => set({ page, tableCode: tableCode ?? null, focus: focus ?? null }),
  clearFocus: () => set({ focus: null }),
}));
