/**
 * Reads one workspace out of the database for a backup: every table's records under the workspace's
 * key range, in one read transaction (a consistent snapshot even while the writer worker commits),
 * paged by primary key so progress can be reported as it goes. Tables are discovered from the schema,
 * so a table added by a later version is backed up without touching this file.
 */
import type { IndexableType } from 'dexie';
import type { BackupTableInput } from '../../shared/backup/backup-archive-writer';
import type { BackupTableSpec } from '../../shared/backup/backup-manifest';
import type { Workspace } from '../../shared/workspace/workspace-types';
import { readAuditHead } from './audit-log';
import { workspaceRange } from './key-ranges';
import type { StatusDb } from './schema';

/** Records per read request: the chunk size docs/ARCHITECTURE.md §3 recommends for IndexedDB. */
const PAGE = 500;

/** The backup spec of every table of the open schema (name and primary key path). */
export function backupTableSpecs(db: StatusDb): BackupTableSpec[] {
  return db.tables.map((t) => {
    const kp = t.schema.primKey.keyPath;
    return {
      name: t.name,
      keyPath: kp === undefined || kp === null ? [] : Array.isArray(kp) ? [...kp] : [kp],
    };
  });
}

export interface WorkspaceSnapshot {
  readonly workspace: Workspace;
  readonly tables: BackupTableInput[];
  readonly auditSeq: number;
  readonly auditHead: string;
}

export async function readWorkspaceSnapshot(
  db: StatusDb,
  workspaceId: string,
  onProgress?: (done: number, total: number) => void,
): Promise<WorkspaceSnapshot | null> {
  const specs = backupTableSpecs(db);
  const [lo, hi] = workspaceRange(workspaceId);
  return db.transaction('r', db.tables, async () => {
    const workspace = await db.workspaces.get(workspaceId);
    if (!workspace) return null;
    const counts = await Promise.all(
      db.tables.map((t) =>
        t.name === 'workspaces' ? Promise.resolve(1) : t.where(':id').between(lo, hi).count(),
      ),
    );
    const total = counts.reduce((n, c) => n + c, 0);
    let done = 0;
    const tables: BackupTableInput[] = [];
    for (const [i, table] of db.tables.entries()) {
      const spec = specs[i] as BackupTableSpec;
      if (table.name === 'workspaces') {
        tables.push({ spec, records: [workspace] });
        done += 1;
        continue;
      }
      const records: unknown[] = [];
      let from: IndexableType = lo;
      let includeFrom = true;
      for (;;) {
        const keys = await table.where(':id').between(from, hi, includeFrom, true).limit(PAGE).primaryKeys();
        if (keys.length === 0) break;
        const page = await table.bulkGet(keys);
        for (const r of page) if (r !== undefined) records.push(r);
        done += keys.length;
        onProgress?.(done, total);
        from = keys[keys.length - 1] as IndexableType;
        includeFrom = false;
        if (keys.length < PAGE) break;
      }
      tables.push({ spec: { ...spec, ...(table.name === 'keys' ? { skipNonJson: true } : {}) }, records });
    }
    const head = await readAuditHead(db, workspaceId);
    return { workspace, tables, auditSeq: head.seq, auditHead: head.hash };
  });
}
