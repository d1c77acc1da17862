/**
 * Writes of the small per-workspace records (departments, catalog versions, task matrix), run inside the
 * data writer's transaction. Each returns the audit summary of what changed: codes and counts, never
 * whole records, so the log stays small while still saying what happened.
 */
import Dexie from 'dexie';
import type { AuditSummary } from '../../shared/audit/audit-chain';
import type { Catalog } from '../../shared/catalog/catalog-types';
import { canonicalJson } from '../../shared/canonical-json';
import type { Department } from '../../shared/departments/department-types';
import type { TaskAssignment } from '../../shared/tasks/task-types';
import type { Workspace } from '../../shared/workspace/workspace-types';
import { workspaceRange } from './key-ranges';
import type { StatusDb } from './schema';
import { WriteRejected } from './write-errors';

interface Diff {
  added: string[];
  removed: string[];
  changed: string[];
}

function diffByKey<T>(before: readonly T[], after: readonly T[], keyOf: (x: T) => string): Diff {
  const old = new Map(before.map((x) => [keyOf(x), canonicalJson(x)]));
  const d: Diff = { added: [], removed: [], changed: [] };
  const seen = new Set<string>();
  for (const x of after) {
    const k = keyOf(x);
    seen.add(k);
    const prev = old.get(k);
    if (prev === undefined) d.added.push(k);
    else if (prev !== canonicalJson(x)) d.changed.push(k);
  }
  for (const k of old.keys()) if (!seen.has(k)) d.removed.push(k);
  return d;
}

/** Strips the workspaceId the stored records carry, so a diff compares the domain values only. */
function withoutWorkspaceId<T extends { workspaceId: string }>(r: T): Omit<T, 'workspaceId'> {
  const { workspaceId: _w, ...rest } = r;
  return rest;
}

export async function saveDepartmentsInTx(
  db: StatusDb,
  workspaceId: string,
  departments: readonly Department[],
): Promise<AuditSummary> {
  const [lo, hi] = workspaceRange(workspaceId);
  const before = (await db.departments.where(':id').between(lo, hi).toArray()).map(withoutWorkspaceId);
  const d = diffByKey<Department>(before, departments, (x) => x.code);
  await db.departments.where(':id').between(lo, hi).delete();
  await db.departments.bulkAdd(departments.map((x) => ({ ...x, workspaceId })));
  return { count: departments.length, ...d };
}

export async function saveTasksInTx(
  db: StatusDb,
  workspaceId: string,
  tasks: readonly TaskAssignment[],
): Promise<AuditSummary> {
  const [lo, hi] = workspaceRange(workspaceId);
  const before = (await db.tasks.where(':id').between(lo, hi).toArray()).map(withoutWorkspaceId);
  const d = diffByKey<TaskAssignment>(before, tasks, (x) => x.tableCode);
  await db.tasks.where(':id').between(lo, hi).delete();
  await db.tasks.bulkAdd(tasks.map((x) => ({ ...x, workspaceId })));
  return { count: tasks.length, ...d };
}

export async function latestCatalogVersion(db: StatusDb, workspaceId: string): Promise<number> {
  const keys = await db.catalogs
    .where(':id')
    .between([workspaceId, Dexie.minKey], [workspaceId, Dexie.maxKey])
    .reverse()
    .limit(1)
    .primaryKeys();
  const k = keys[0];
  return k ? k[1] : 0;
}

export async function saveCatalogInTx(
  db: StatusDb,
  workspaceId: string,
  catalog: Catalog,
): Promise<AuditSummary> {
  const latest = await latestCatalogVersion(db, workspaceId);
  if (catalog.version !== latest + 1) {
    throw new WriteRejected(
      'catalog-version-conflict',
      `目录版本冲突：当前最新为第 ${latest} 版，本次保存的是第 ${catalog.version} 版。请重新打开目录后再修改。`,
    );
  }
  await db.catalogs.add({ ...catalog, workspaceId });
  return {
    version: catalog.version,
    tables: catalog.tables.length,
    fields: catalog.tables.reduce((n, t) => n + t.fields.length, 0),
  };
}

/** Names of the top-level workspace parts that differ (values may hold PIN hashes; they are not logged). */
export function workspaceChanges(before: Workspace, after: Workspace): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof Workspace>;
  return [...keys]
    .filter((k) => k !== 'updatedAt' && canonicalJson(before[k] ?? null) !== canonicalJson(after[k] ?? null))
    .sort();
}
