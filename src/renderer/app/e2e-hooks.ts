/**
 * Test-only hooks, compiled in only by `vite build --mode e2e` (what `npm run test:e2e` builds): specs seed
 * the state they start from through the same code the UI runs — the pure `createWorkspace` validation and
 * the one data writer — instead of clicking through setup forms. In every other build the function body is
 * dead code and nothing is installed.
 */
import {
  createWorkspace,
  defaultYearSettings,
  type NewWorkspaceInput,
} from '../../shared/workspace/create-workspace';
import { createYearWithBuiltIns } from '../features/workspaces/create-year';
import type { StationRole, UserRole, Workspace } from '../../shared/workspace/workspace-types';
import type { TaskAssignment } from '../../shared/tasks/task-types';
import { PAGES } from './pages';
import { repository } from '../data/repository-instance';
import { newUuid } from '../../shared/ids';
import type { CellValue, RecordSource, StoredRow } from '../../shared/records/record-types';
import { menuPages } from './page-registry';

/** One declared page as a spec sees it: its id, menu label, and whether the menu shows it. */
export interface E2EPage {
  readonly id: string;
  readonly label: string;
  readonly inMenu: boolean;
}

/** What a spec gives to create a year: the form's fields; dates default as the form's do. */
export type E2EYearInput = Pick<
  NewWorkspaceInput,
  'schoolName' | 'provinceCode' | 'schoolCode' | 'stationRole' | 'departmentCode' | 'users'
> & { readonly academicYearStart?: number };

export interface E2ERowsInput {
  readonly tableCode: string;
  readonly departmentCode?: string;
  readonly rows: readonly {
    readonly values: Record<string, CellValue>;
    readonly src?: RecordSource;
    readonly by?: string;
  }[];
}

export interface E2EHooks {
  /** Creates a year as 新建采集年度 would; resolves with its name, or throws the Chinese refusal. */
  createYear(input: E2EYearInput): Promise<string>;
  /**
   * Writes rows into a table of the newest year through the data writer, as they would arrive (e.g.
   * carried from last year: `src: 'carried'`); the station's own department unless one is named.
   */
  seedRows(input: E2ERowsInput): Promise<number>;
  /** Changes one table's task in the newest year as 任务分配 would save it (e.g. its update points). */
  patchTask(tableCode: string, patch: Partial<TaskAssignment>): Promise<void>;
  /** Every page of the registry, marking those the menu shows to this station and user role. */
  pages(station: StationRole, role: UserRole | null): readonly E2EPage[];
}

declare global {
  interface Window {
    sddE2E?: E2EHooks;
  }
}

async function newestYear(): Promise<Workspace> {
  const years = await repository().listWorkspaces();
  const ws = years.sort((a, b) => a.createdAt.localeCompare(b.createdAt)).at(-1);
  if (!ws) throw new Error('no year yet');
  return ws;
}

export function installE2EHooks(): void {
  if (import.meta.env.MODE !== 'e2e') return;
  window.sddE2E = {
    async createYear(input) {
      const start = input.academicYearStart ?? new Date().getFullYear() - 1;
      const made = createWorkspace(
        { ...input, academicYearStart: start, ...defaultYearSettings(start) },
        new Date(),
      );
      if (!made.ok) throw new Error(made.error.message);
      const refused = await createYearWithBuiltIns(made.value);
      if (refused) throw new Error(refused);
      return made.value.name;
    },
    async seedRows({ tableCode, departmentCode, rows }) {
      const ws = await newestYear();
      const dept = departmentCode ?? ws.station.departmentCode;
      if (!dept) throw new Error('no department to seed rows into');
      const at = new Date().toISOString();
      const stored: StoredRow[] = rows.map((r) => ({
        id: newUuid(),
        values: { ...r.values },
        by: r.by ?? '上一学年',
        at,
        src: r.src ?? 'typed',
      }));
      const done = await repository().commitSlice(
        { workspaceId: ws.id, tableCode, departmentCode: dept },
        stored,
        { name: 'e2e', role: 'head' },
        'e2e',
      );
      if (!done.ok) throw new Error(done.error.message);
      return stored.length;
    },
    async patchTask(tableCode, patch) {
      const ws = await newestYear();
      const tasks = await repository().loadTasks(ws.id);
      const next = tasks.map((t) => (t.tableCode === tableCode ? { ...t, ...patch } : t));
      // Stands in for the office's setup bundle, which the department station's own users could not save.
      const done = await repository().saveTasks(ws.id, next, { name: 'e2e', role: 'system' });
      if (!done.ok) throw new Error(done.error.message);
    },
    pages(station, role) {
      const shown = new Set(menuPages(PAGES, station, role).map((p) => p.id));
      return [...PAGES.values()].map((p) => ({ id: p.id, label: p.label, inMenu: shown.has(p.id) }));
    },
  };
}
