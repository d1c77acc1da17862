/**
 * The IndexedDB schema (Dexie 4) and its version history.
 *
 * Table rows live in *blocks* of up to BLOCK_SIZE rows per record ("Storage": one record per row
 * was 16–30× slower). Only small indexes that a query really needs exist; every primary key is compound
 * so a workspace's or a table's records are one key range (no secondary index to maintain on write).
 *
 * Migrations: every schema version stays declared in SCHEMA_HISTORY with its upgrade function, and
 * migrations.test.ts opens a fixture of each earlier version with the current code. Primary keys never
 * change between versions (docs/SECURITY.md D7): a key change means a new table plus a copy.
 * Version 1 never shipped; it is kept so the migration path and its fixture test exist from day one.
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import type { AuditEvent } from '../../shared/audit/audit-chain';
import type { Catalog } from '../../shared/catalog/catalog-types';
import type { Department } from '../../shared/departments/department-types';
import type { StoredRow } from '../../shared/records/record-types';
import type { ConfirmationTally } from '../../shared/tasks/confirmation-tally';
import type { TaskAssignment } from '../../shared/tasks/task-types';
import type { Workspace } from '../../shared/workspace/workspace-types';
import { newUuid } from '../../shared/ids';
import type { ChapterVersion, Report } from '../../shared/report/report-types';
import type { BundleRecord, OwnKeyRecord, SequenceRecord, TrustRecord } from './bundle-records';
import type { ReviewSnapshotRecord, RulesetRecord, SubmissionRecord } from './review-records';
import type { IndicatorSet } from '../../shared/indicators/indicator-set';
import type { RectificationItem } from '../../shared/rectification/rectification-types';
import type { StandardSet } from '../../shared/standards/standard-types';
import type { ReportWorkflow } from '../../shared/report-workflow/workflow-types';
import type { ChapterWork } from '../../shared/report-workflow/chapter-types';
import type { IndicatorSnapshot } from '../../shared/report-workflow/indicator-snapshot';
import type { CaseRecord } from '../../shared/report-workflow/case-library';
import type { AnnexDefSet } from '../../shared/annex/annex-defs';
import type { AnnexEntry } from '../../shared/annex/annex-entry';
import type { Enterprise, EnterpriseReportLink } from '../../shared/enterprise/enterprise-types';
import type { UpdateRequest } from '../../shared/review/update-request';
import type { StoredCorrection } from '../../shared/review/slice-correction';
import type { MigrationStep } from '../../shared/catalog/incoming-migration';

export const DEFAULT_DB_NAME = 'status-data-desk';

/** Rows per block record: the chunk size Dexie's maintainer advises (docs/ARCHITECTURE.md §3) and our storage bench measured. */
export const BLOCK_SIZE = 1000;

export type DepartmentRecord = Department & { readonly workspaceId: string };
export type CatalogRecord = Catalog & { readonly workspaceId: string };
export type TaskRecord = TaskAssignment & { readonly workspaceId: string };

export interface BlockRecord {
  readonly workspaceId: string;
  readonly tableCode: string;
  readonly departmentCode: string;
  /** Position of the block in the slice; numbers may have gaps after deletes, order is what counts. */
  readonly blockNo: number;
  readonly rows: StoredRow[];
}

/** Small per-slice summary: enough for task lists, completeness and the sentinel without reading rows. */
export interface SliceRecord {
  readonly workspaceId: string;
  readonly tableCode: string;
  readonly departmentCode: string;
  readonly rowCount: number;
  readonly blockCount: number;
  /** Block number the next new block gets (blocks emptied by deletes are removed, so ≠ blockCount). */
  readonly nextBlockNo: number;
  /**
   * A fresh UUID on every write of the slice. A writer's cached row→block map is valid only for the
   * stamp it was built from; unlike a counter, a stamp cannot repeat after a delete and re-create.
   */
  readonly stamp: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
  /**
   * The rows' confirmations counted by day, kept on every write so 完成情况 reads no rows
   * (shared/tasks/confirmation-tally.ts); absent on a slice last written before it was kept.
   */
  readonly confirmations?: ConfirmationTally;
}

export type ChapterVersionRecord = ChapterVersion & { readonly workspaceId: string };
/** One chapter assignment as a station holds it; the key repeats the assignment's id. */
export type ChapterWorkRecord = ChapterWork & { readonly assignmentId: string };

/** Audit events of one workspace, or of the global log (GLOBAL_AUDIT_LOG) for workspace deletions. */
export type AuditRecord = AuditEvent;

export class StatusDb extends Dexie {
  workspaces!: Table<Workspace, string>;
  departments!: Table<DepartmentRecord, [string, string]>;
  catalogs!: Table<CatalogRecord, [string, number]>;
  tasks!: Table<TaskRecord, [string, string]>;
  blocks!: Table<BlockRecord, [string, string, string, number]>;
  slices!: Table<SliceRecord, [string, string, string]>;
  audit!: Table<AuditRecord, [string, number]>;
  submissions!: Table<SubmissionRecord, [string, string, string]>;
  rulesets!: Table<RulesetRecord, [string, number]>;
  keys!: Table<OwnKeyRecord, [string, string]>;
  trust!: Table<TrustRecord, [string, string]>;
  bundles!: Table<BundleRecord, [string, string]>;
  sequences!: Table<SequenceRecord, [string, string, string]>;
  reviewSnapshots!: Table<ReviewSnapshotRecord, [string, string, string, number]>;
  reports!: Table<Report, [string, string]>;
  reportChapters!: Table<ChapterVersionRecord, [string, string, string, number]>;

  indicatorSets!: Table<IndicatorSet & { workspaceId: string }, [string, number]>;
  standardSets!: Table<StandardSet & { workspaceId: string }, [string, number]>;
  rectifications!: Table<RectificationItem & { workspaceId: string }, [string, string]>;
  annexEntries!: Table<AnnexEntry & { workspaceId: string }, [string, string, number]>;
  enterprises!: Table<Enterprise & { workspaceId: string }, [string, string]>;
  enterpriseReports!: Table<EnterpriseReportLink & { workspaceId: string }, [string, string]>;

  reportWorkflows!: Table<ReportWorkflow, [string, number]>;
  chapterWork!: Table<ChapterWorkRecord, [string, string]>;
  officeSnapshots!: Table<IndicatorSnapshot & { workspaceId: string }, [string, string]>;
  caseLibrary!: Table<CaseRecord & { workspaceId: string }, [string, string]>;
  annexDefs!: Table<AnnexDefSet & { workspaceId: string }, [string, number]>;
  sliceCorrections!: Table<StoredCorrection & { workspaceId: string }, [string, string]>;
  catalogMigrations!: Table<MigrationStep & { workspaceId: string }, [string, number]>;
  updateRequests!: Table<UpdateRequest & { workspaceId: string }, [string, string]>;

  constructor(name: string, options?: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange }) {
    // Strict durability: a commit reports success only once the data is on disk, not in the OS buffer
    // (Chrome 121 made 'relaxed' the default; docs/SECURITY.md D2).
    super(name, { chromeTransactionDurability: 'strict', ...options });
    for (const v of SCHEMA_HISTORY) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}

export interface SchemaVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

const V1_STORES = {
  workspaces: 'id',
  departments: '[workspaceId+code]',
  catalogs: '[workspaceId+version]',
  tasks: '[workspaceId+tableCode]',
  blocks: '[workspaceId+tableCode+departmentCode+blockNo]',
  slices: '[workspaceId+tableCode+departmentCode]',
  audit: '[workspaceId+seq]',
} as const;

/**
 * v3: the tables of the signed-bundle exchange and the review. Each keeps the
 * workspace id first in its primary key, like every other table.
 * - submissions: one review unit per (department, table): state, history, justifications.
 * - rulesets: versioned validation rules, manual checklist items and outlier settings of the office.
 * - keys: this station's own signing key(s) (public part, key id; the private key is wrapped).
 * - trust: the pinned office key and the current signed trust list.
 * - bundles: every bundle sent or received (hash, kind, sender, addressee, seq, status, when).
 * - sequences: per (signing key, addressee) the received sequence state (docs/ARCHITECTURE.md §6).
 * - reviewSnapshots: rows as last approved at a level, so reviewers see what changed since.
 */
const V3_STORES = {
  ...V1_STORES,
  submissions: '[workspaceId+departmentCode+tableCode]',
  rulesets: '[workspaceId+version]',
  keys: '[workspaceId+keyId]',
  trust: '[workspaceId+kind]',
  bundles: '[workspaceId+bundleHash], [workspaceId+receivedAt]',
  sequences: '[workspaceId+keyId+addressee]',
  reviewSnapshots: '[workspaceId+departmentCode+tableCode+level]',
} as const;

/**
 * v4: the annual quality report (质量年报).
 * - reports: one record per report (outline, chapter heads, key points, status), src/shared/report.
 * - reportChapters: every saved version of every chapter (ProseMirror JSON); the head is in the report.
 */
const V4_STORES = {
  ...V3_STORES,
  reports: '[workspaceId+id]',
  reportChapters: '[workspaceId+reportId+chapterId+version]',
} as const;

/**
 * v5: the core-data analysis (docs/indicators.md).
 * - indicatorSets: versioned indicator definitions of the workspace (version 1 = the built-in set).
 * - standardSets: versioned standards (对标值), the school category and targets.
 * - rectifications: 整改 items, one record per item.
 */
const V5_STORES = {
  ...V4_STORES,
  indicatorSets: '[workspaceId+version]',
  standardSets: '[workspaceId+version]',
  rectifications: '[workspaceId+id]',
} as const;

/**
 * v6: the report's workflow (docs/report-workflow.md).
 * - reportWorkflows: the steps of one report year (owner, due date, state, records, feedback).
 * - chapterWork: one record per chapter assignment, at the office and at the department.
 * - officeSnapshots: the office's indicator snapshots a department received (the newest is used).
 */
const V6_STORES = {
  ...V5_STORES,
  reportWorkflows: '[workspaceId+year]',
  chapterWork: '[workspaceId+assignmentId]',
  officeSnapshots: '[workspaceId+takenAt]',
} as const;

/**
 * v7: annexes and enterprise reports (docs/annexes.md).
 * - annexEntries: entered annex figures, one per (row, column), with source, evidence and review state.
 * - enterprises: the roster of partner enterprises.
 * - enterpriseReports: the rotation's assignments, each pointing at its report document in `reports`.
 */
const V7_STORES = {
  ...V6_STORES,
  annexEntries: '[workspaceId+rowId+column]',
  enterprises: '[workspaceId+id]',
  enterpriseReports: '[workspaceId+reportId]',
} as const;

/**
 * v8: the 案例库 (docs/report-workflow.md).
 * - caseLibrary: typical cases, submitted by departments and accepted by the office, per workspace.
 */
const V8_STORES = {
  ...V7_STORES,
  caseLibrary: '[workspaceId+id]',
} as const;

/**
 * v9: the office's annex definitions (docs/annexes.md).
 * - annexDefs: each saved version of the six annex tables' row definitions; the newest is used.
 */
const V9_STORES = {
  ...V8_STORES,
  annexDefs: '[workspaceId+version]',
} as const;

/**
 * v10: 校级更正 (docs/ARCHITECTURE.md "Review").
 * - sliceCorrections: each office correction written into this station's copy of a slice.
 */
const V10_STORES = {
  ...V9_STORES,
  sliceCorrections: '[workspaceId+id]',
} as const;

/**
 * v11: option-list decisions (docs/catalog-mapping.md).
 * - catalogMigrations: per catalog version, the office's old value → new option decisions; they travel
 *   in setup bundles so a department's stored rows follow the catalog.
 */
const V11_STORES = {
  ...V10_STORES,
  catalogMigrations: '[workspaceId+catalogVersion]',
} as const;

/**
 * v12: 申请更新 (docs/ARCHITECTURE.md "实时采集").
 * - updateRequests: a department's requests to update a frozen slice, and the office's answers.
 */
const V12_STORES = {
  ...V11_STORES,
  updateRequests: '[workspaceId+id]',
} as const;

export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  { version: 1, stores: V1_STORES },
  // v2: slice summaries gain `nextBlockNo` and `stamp` (row edits need both). The counts are
  // recomputed from the blocks rather than trusted, since a v1 summary may be stale.
  { version: 2, stores: V1_STORES, upgrade: upgradeSlicesToV2 },
  // v3 only adds tables; nothing to migrate.
  { version: 3, stores: V3_STORES },
  // v4 only adds the report's tables.
  { version: 4, stores: V4_STORES },
  // v5 only adds the analysis tables (indicators, standards, rectification).
  { version: 5, stores: V5_STORES },
  // v6 only adds the report workflow's tables.
  { version: 6, stores: V6_STORES },
  // v7 only adds the annex and enterprise-report tables.
  { version: 7, stores: V7_STORES },
  // v8 only adds the case library.
  { version: 8, stores: V8_STORES },
  // v9 only adds the annex definitions.
  { version: 9, stores: V9_STORES },
  // v10 only adds the 校级更正 records.
  { version: 10, stores: V10_STORES },
  // v11 only adds the option-list decisions.
  { version: 11, stores: V11_STORES },
  // v12 only adds the 申请更新 records.
  { version: 12, stores: V12_STORES },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]?.version ?? 1;

async function upgradeSlicesToV2(tx: Transaction): Promise<void> {
  const slices = tx.table('slices');
  const blocks = tx.table('blocks');
  const old: unknown[] = await slices.toArray();
  for (const s of old) {
    if (!isSliceKeyLike(s)) continue;
    const own: unknown[] = await blocks
      .where('[workspaceId+tableCode+departmentCode+blockNo]')
      .between(
        [s.workspaceId, s.tableCode, s.departmentCode, Dexie.minKey],
        [s.workspaceId, s.tableCode, s.departmentCode, Dexie.maxKey],
      )
      .toArray();
    let rowCount = 0;
    let maxBlockNo = -1;
    for (const b of own) {
      const rec = b as Partial<BlockRecord>;
      rowCount += Array.isArray(rec.rows) ? rec.rows.length : 0;
      if (typeof rec.blockNo === 'number') maxBlockNo = Math.max(maxBlockNo, rec.blockNo);
    }
    const prev = s as Partial<SliceRecord>;
    const next: SliceRecord = {
      workspaceId: s.workspaceId,
      tableCode: s.tableCode,
      departmentCode: s.departmentCode,
      rowCount,
      blockCount: own.length,
      nextBlockNo: maxBlockNo + 1,
      stamp: newUuid(),
      updatedAt: typeof prev.updatedAt === 'string' ? prev.updatedAt : '',
      updatedBy: typeof prev.updatedBy === 'string' ? prev.updatedBy : '',
    };
    await slices.put(next);
  }
}

function isSliceKeyLike(v: unknown): v is Pick<SliceRecord, 'workspaceId' | 'tableCode' | 'departmentCode'> {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.workspaceId === 'string' &&
    typeof r.tableCode === 'string' &&
    typeof r.departmentCode === 'string'
  );
}

/** Opens (and migrates) the database. Pass a fake IndexedDB in Node tests, nothing in the app. */
export async function openStatusDb(
  name: string = DEFAULT_DB_NAME,
  options?: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange },
): Promise<StatusDb> {
  const db = new StatusDb(name, options);
  // Dexie's default 'versionchange' handler closes this connection, so another window's upgrade is
  // never blocked by us (docs/SECURITY.md D7). A window running older code then fails to reopen (VersionError)
  // and must reload; the UI shell handles that.
  await db.open();
  return db;
}
