/**
 * What the UI asks of storage, in domain terms. The Dexie implementation goes through the one data
 * writer (every write audited in the same transaction); tests may substitute an in-memory one.
 */
export type { Actor, WriteOutcome } from './write-outcome';
import type { Catalog } from '../../shared/catalog/catalog-types';
import type { OptionMigration } from '../../shared/catalog/option-migration';
import type { Department } from '../../shared/departments/department-types';
import type { ConfirmationTally } from '../../shared/tasks/confirmation-tally';
import type { TaskAssignment } from '../../shared/tasks/task-types';
import type { Workspace } from '../../shared/workspace/workspace-types';
import type { SliceKey, StoredRow } from '../../shared/records/record-types';

import type { RowEdits } from '../db/slice-writes';
import type { Actor, WriteOutcome } from './write-outcome';
import type { ReviewRepository } from './review-repository';
import type { BundleRepository } from './bundle-repository';
import type { ImportRepository } from './import-repository';
import type { ReportRepository } from './report-repository';
import type { AnalysisRepository } from './analysis-repository';
import type { ReportWorkflowRepository } from './report-workflow-repository';
import type { AnnexRepository } from './annex-repository';
import type { CorrectionRepository } from './correction-repository';
import type { UpdateRequestRepository } from './update-request-repository';
import type { ReissuedTrustList } from '../db/rollover-writes';

export interface SliceSummary {
  readonly tableCode: string;
  readonly departmentCode: string;
  readonly rowCount: number;
  readonly updatedAt: string | null;
  readonly updatedBy: string | null;
  /** The rows' confirmations by day (shared/tasks/confirmation-tally.ts); absent on an older slice. */
  readonly confirmations?: ConfirmationTally;
}

export interface NewWorkspaceBundle {
  readonly workspace: Workspace;
  readonly departments: readonly Department[];
  readonly catalog: Catalog;
  readonly tasks: readonly TaskAssignment[];
}

/** Review, rules and audit reads/writes live in ReviewRepository (review-repository.ts). */
export interface Repository
  extends
    ReviewRepository,
    BundleRepository,
    ImportRepository,
    ReportRepository,
    AnalysisRepository,
    ReportWorkflowRepository,
    AnnexRepository,
    CorrectionRepository,
    UpdateRequestRepository {
  listWorkspaces(): Promise<Workspace[]>;
  createWorkspace(data: NewWorkspaceBundle, actor: Actor): Promise<WriteOutcome>;
  updateWorkspace(workspace: Workspace, actor: Actor): Promise<WriteOutcome>;
  deleteWorkspace(workspaceId: string, actor: Actor): Promise<WriteOutcome>;
  /**
   * 新建下一学年: `next` created out of the locked year `fromId` in one transaction; at the office
   * `reissue` is the trust list re-signed for the new year (rollover-trust.ts).
   */
  rolloverYear(
    fromId: string,
    next: Workspace,
    actor: Actor,
    reissue?: ReissuedTrustList | null,
  ): Promise<WriteOutcome>;
  /** 确认无变化: the 待核实 rows among `ids` (null: all of the slice's) confirmed as still true. */
  confirmCarriedRows(key: SliceKey, ids: readonly string[] | null, actor: Actor): Promise<WriteOutcome>;
  loadDepartments(workspaceId: string): Promise<Department[]>;
  saveDepartments(
    workspaceId: string,
    departments: readonly Department[],
    actor: Actor,
  ): Promise<WriteOutcome>;
  loadCatalog(workspaceId: string): Promise<Catalog>;
  /** One stored catalog version (the one a lock recorded), or undefined when it is not stored. */
  loadCatalogVersion(workspaceId: string, version: number): Promise<Catalog | undefined>;
  /** A new catalog version; `migration` maps stored values an option-list change leaves behind. */
  saveCatalog(
    workspaceId: string,
    catalog: Catalog,
    actor: Actor,
    migration?: OptionMigration,
  ): Promise<WriteOutcome>;
  loadTasks(workspaceId: string): Promise<TaskAssignment[]>;
  saveTasks(workspaceId: string, tasks: readonly TaskAssignment[], actor: Actor): Promise<WriteOutcome>;
  listSlices(workspaceId: string): Promise<SliceSummary[]>;
  loadTableRows(slice: SliceKey): Promise<StoredRow[]>;
  /** Upserts whole rows and deletes rows by id in one audited write; only the touched blocks are rewritten. */
  applyRowEdits(slice: SliceKey, edits: RowEdits, actor: Actor): Promise<WriteOutcome>;
  /** Readies the writer for edits of an opened slice (off the critical path; writes nothing). */
  prepareEdits(slice: SliceKey): Promise<void>;
  /** Replaces a slice's rows in one audited write (imports, bundle merges); `via` names the source. */
  commitSlice(slice: SliceKey, rows: readonly StoredRow[], actor: Actor, via: string): Promise<WriteOutcome>;
  /** Every department's rows of one table (catalog change validation, office views). */
  loadAllRows(workspaceId: string, tableCode: string): Promise<StoredRow[]>;
}
