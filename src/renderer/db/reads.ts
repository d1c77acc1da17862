/**
 * Reads. Each is one IndexedDB request over a key range (block getAll + flatten for rows), so the
 * results are consistent snapshots and cheap enough to sit inside a Dexie liveQuery in the UI.
 * Reads run wherever the caller is; only writes are funnelled through the data writer.
 */
import Dexie from 'dexie';
import type { AuditEvent } from '../../shared/audit/audit-chain';
import type { Catalog } from '../../shared/catalog/catalog-types';
import type { MigrationStep } from '../../shared/catalog/incoming-migration';
import type { Department } from '../../shared/departments/department-types';
import type { SliceKey, StoredRow } from '../../shared/records/record-types';
import type { TaskAssignment } from '../../shared/tasks/task-types';
import type { Workspace } from '../../shared/workspace/workspace-types';
import { listAuditEvents } from './audit-log';
import { sliceBlocksRange, tableRange, workspaceRange } from './key-ranges';
import type { BlockRecord, SliceRecord, StatusDb } from './schema';

export function listWorkspaces(db: StatusDb): Promise<Workspace[]> {
  return db.workspaces.toArray();
}

export function getWorkspace(db: StatusDb, workspaceId: string): Promise<Workspace | undefined> {
  return db.workspaces.get(workspaceId);
}

function flatten(blocks: readonly BlockRecord[]): StoredRow[] {
  let n = 0;
  for (const b of blocks) n += b.rows.length;
  const out = new Array<StoredRow>(n);
  let i = 0;
  for (const b of blocks) for (const r of b.rows) out[i++] = r;
  return out;
}

/** All rows of one slice in stored order. */
export async function loadSlice(db: StatusDb, key: SliceKey): Promise<StoredRow[]> {
  const [lo, hi] = sliceBlocksRange(key);
  return flatten(await db.blocks.where(':id').between(lo, hi).toArray());
}

export interface TableSlice {
  readonly departmentCode: string;
  readonly rows: StoredRow[];
}

/** All slices of one table (one per contributing department), in department code order. */
export async function loadTable(db: StatusDb, workspaceId: string, tableCode: string): Promise<TableSlice[]> {
  const [lo, hi] = tableRange(workspaceId, tableCode);
  const blocks = await db.blocks.where(':id').between(lo, hi).toArray();
  const byDept = new Map<string, BlockRecord[]>();
  for (const b of blocks) {
    const list = byDept.get(b.departmentCode);
    if (list) list.push(b);
    else byDept.set(b.departmentCode, [b]);
  }
  // Slices committed empty have no blocks but still exist (a department reported "no rows").
  const slices = await db.slices.where(':id').between(lo, hi).toArray();
  return slices.map((s) => ({
    departmentCode: s.departmentCode,
    rows: flatten(byDept.get(s.departmentCode) ?? []),
  }));
}

/** Slice summaries of a workspace (row counts, who/when) without reading any rows. */
export function listSlices(db: StatusDb, workspaceId: string): Promise<SliceRecord[]> {
  const [lo, hi] = workspaceRange(workspaceId);
  return db.slices.where(':id').between(lo, hi).toArray();
}

function strip<T extends { workspaceId: string }>(r: T): Omit<T, 'workspaceId'> {
  const { workspaceId: _w, ...rest } = r;
  return rest;
}

export async function getLatestCatalog(db: StatusDb, workspaceId: string): Promise<Catalog | undefined> {
  const last = await db.catalogs
    .where(':id')
    .between([workspaceId, Dexie.minKey], [workspaceId, Dexie.maxKey])
    .last();
  return last ? strip(last) : undefined;
}

export async function getCatalogVersion(
  db: StatusDb,
  workspaceId: string,
  version: number,
): Promise<Catalog | undefined> {
  const c = await db.catalogs.get([workspaceId, version]);
  return c ? strip(c) : undefined;
}

/** Version numbers and timestamps of every stored catalog version, oldest first. */
export async function listCatalogVersions(
  db: StatusDb,
  workspaceId: string,
): Promise<Array<{ version: number; updatedAt: string }>> {
  const all = await db.catalogs
    .where(':id')
    .between([workspaceId, Dexie.minKey], [workspaceId, Dexie.maxKey])
    .toArray();
  return all.map((c) => ({ version: c.version, updatedAt: c.updatedAt }));
}

export async function getDepartments(db: StatusDb, workspaceId: string): Promise<Department[]> {
  const [lo, hi] = workspaceRange(workspaceId);
  const all = await db.departments.where(':id').between(lo, hi).toArray();
  return all.map(strip).sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
}

export async function getTasks(db: StatusDb, workspaceId: string): Promise<TaskAssignment[]> {
  const [lo, hi] = workspaceRange(workspaceId);
  return (await db.tasks.where(':id').between(lo, hi).toArray()).map(strip);
}

/** A workspace's audit log in seq order (pass GLOBAL_AUDIT_LOG for workspace deletions). */
export function getAuditEvents(db: StatusDb, logId: string): Promise<AuditEvent[]> {
  return listAuditEvents(db, logId);
}

/** Office: every kept decision of the year, oldest catalog version first. */
export async function listMigrationSteps(db: StatusDb, workspaceId: string): Promise<MigrationStep[]> {
  const recs = await db.catalogMigrations
    .where(':id')
    .between([workspaceId, Dexie.minKey], [workspaceId, Dexie.maxKey])
    .toArray();
  return recs.map(({ workspaceId: _, ...step }) => step);
}
