/**
 * What the UI asks of storage, in domain terms. The Dexie implementation goes through the one data
 * writer (every write audited in the same transaction); tests may substitute an in-memory one.
 */
import type { Catalog } from '../../shared/catalog/catalog-types';
import type { Department } from '../../shared/departments/department-types';
import type { TaskAssignment } from '../../shared/tasks/task-types';
import type { Workspace } from '../../shared/workspace/workspace-types';
import type { CellValue, StoredRow } from '../../shared/records/record-types';

/** Who is acting, recorded in the audit log. */
export interface Actor {
  readonly name: string;
  readonly role: string;
}

export interface SliceSummary {
  readonly tableCode: string;
  readonly departmentCode: string;
  readonly rowCount: number;
  readonly updatedAt: string | null;
  readonly updatedBy: string | null;
}

export interface NewWorkspaceBundle {
  readonly workspace: Workspace;
  readonly departments: readonly Department[];
  readonly catalog: Catalog;
  readonly tasks: readonly TaskAssignment[];
}

export interface Repository {
  listWorkspaces(): Promise<Workspace[]>;
  createWorkspace(data: NewWorkspaceBundle, actor: Actor): Promise<void>;
  updateWorkspace(workspace: Workspace, actor: Actor): Promise<void>;
  deleteWorkspace(workspaceId: string, actor: Actor): Promise<void>;
  loadDepartments(workspaceId: string): Promise<Department[]>;
  saveDepartments(workspaceId: string, departments: readonly Department[], actor: Actor): Promise<void>;
  loadCatalog(workspaceId: string): Promise<Catalog>;
  saveCatalog(workspaceId: string, catalog: Catalog, actor: Actor): Promise<void>;
  loadTasks(workspaceId: string): Promise<TaskAssignment[]>;
  saveTasks(workspaceId: string, tasks: readonly TaskAssignment[], actor: Actor): Promise<void>;
  listSlices(workspaceId: string): Promise<SliceSummary[]>;
  loadTableRows(workspaceId: string, tableCode: string, departmentCode: string): Promise<StoredRow[]>;
  /** Every stored value of one field across all departments (for catalog change validation). */
  fieldValues(workspaceId: string, tableCode: string, fieldKey: string): Promise<CellValue[]>;
}
