/**
 * Restore of a validated backup (src/shared/backup) as one data-writer operation: in a single rw
 * transaction every record of the workspace is removed and the archive's records are written, then the
 * restore is appended to the restored audit log and to the global log (with the replaced log's head,
 * so the replaced history stays evidenced). Any failure — disk full included — aborts the transaction
 * and leaves the previous data exactly as it was.
 *
 * What a restore never rolls back: the bundle sequence high-water mark (it lives outside
 * IndexedDB, docs/ARCHITECTURE.md §6); this station's own signing keys (the private key lives in the key vault;
 * dropping its public record would orphan it), so current `keys` records are kept over the backup's; a
 * newer trust list and higher received-sequence marks (docs/SECURITY.md R9). An archive whose trust records
 * the pinned office key does not vouch for is refused.
 */
import type { AuditKind, AuditSummary } from '../../shared/audit/audit-chain';
import type { BackupContent } from '../../shared/backup/backup-manifest';
import type { WriteContext, WriteResult } from './data-writer';
import { GLOBAL_AUDIT_LOG, readAuditHead } from './audit-log';
import { workspaceRange } from './key-ranges';
import type { StatusDb } from './schema';
import type { RowLocatorCache } from './slice-writes';
import { listSubmissions } from './review-reads';
import { WriteRejected } from './write-errors';
import { parseSubmission, type Submission } from '../../shared/review/review-types';
import { reviewRollbacks, rollbackMessage } from '../../shared/review/review-rollback';
import { checkArchiveTrust, marksToKeep } from '../../shared/backup/archive-trust';
import type { SequenceRecord, TrustRecord } from './bundle-records';

interface RestoreTx {
  readonly at: string;
  audit(kind: AuditKind, summary: AuditSummary, logId?: string): Promise<void>;
  afterCommit(fn: () => void): void;
}

export type RestoreRunner = (
  workspaceId: string,
  ctx: WriteContext,
  body: (tx: RestoreTx) => Promise<void>,
  opts: { requireWorkspace?: boolean },
) => Promise<WriteResult>;

/** Records per bulkAdd: large enough to be fast, small enough for Chromium (docs/ARCHITECTURE.md §3). */
const BULK = 1000;

export function backupWriterOps(db: StatusDb, locators: RowLocatorCache, run: RestoreRunner) {
  return {
    /** Replaces the workspace with the archive's content (validated by readBackupArchive beforehand). */
    restoreWorkspace(content: BackupContent, ctx: WriteContext): Promise<WriteResult> {
      const { manifest } = content;
      const workspaceId = manifest.workspaceId;
      return run(
        workspaceId,
        ctx,
        async (tx) => {
          const [lo, hi] = workspaceRange(workspaceId);
          const replaced = await readAuditHead(db, workspaceId);
          const existed = (await db.workspaces.get(workspaceId)) !== undefined;
          const currentKeys = await db.keys.where(':id').between(lo, hi).toArray();
          await refuseReviewRollback(db, workspaceId, content);
          const held = await heldTrust(db, lo, hi, content);
          for (const table of db.tables) {
            if (table.name === 'workspaces') await table.delete(workspaceId);
            else await table.where(':id').between(lo, hi).delete();
          }
          let rows = 0;
          for (const table of db.tables) {
            const records = content.tables[table.name];
            // The archive was checked against this schema's tables; a mismatch here is a bug.
            if (records === undefined) throw new Error(`restore: archive lacks table ${table.name}`);
            for (let i = 0; i < records.length; i += BULK)
              await table.bulkAdd(records.slice(i, i + BULK) as object[]);
            rows += records.length;
          }
          if (currentKeys.length > 0) await db.keys.bulkPut(currentKeys);
          if (held.list !== undefined) await db.trust.put(held.list);
          if (held.marks.length > 0) await db.sequences.bulkPut(held.marks);
          const from = { restoredFrom: manifest.createdAt, operation: manifest.operation, records: rows };
          await tx.audit('workspace.restore', {
            ...from,
            replacedAuditSeq: replaced.seq,
            replacedAuditHead: replaced.hash,
          });
          await tx.audit(
            'workspace.restore',
            {
              workspaceId,
              name: manifest.workspaceName,
              existed,
              ...from,
              replacedAuditSeq: replaced.seq,
              replacedAuditHead: replaced.hash,
            },
            GLOBAL_AUDIT_LOG,
          );
          tx.afterCommit(() => locators.dropWorkspace(workspaceId));
        },
        { requireWorkspace: false },
      );
    },
  };
}

/**
 * A restore never lowers a review state or lifts the lock: if this station's review records hold a
 * decision the archive's lack, nothing is restored and the refusal lists those slices. An archive
 * record that does not read as a review record counts as missing.
 */
async function refuseReviewRollback(
  db: StatusDb,
  workspaceId: string,
  content: BackupContent,
): Promise<void> {
  const archived: Submission[] = [];
  for (const rec of content.tables.submissions ?? []) {
    if (typeof rec !== 'object' || rec === null) continue;
    const { workspaceId: _w, ...rest } = rec as Record<string, unknown>;
    const parsed = parseSubmission(rest);
    if (parsed.ok) archived.push(parsed.value);
  }
  const undone = reviewRollbacks(await listSubmissions(db, workspaceId), archived);
  if (undone.length > 0) throw new WriteRejected('restore-refused', rollbackMessage(undone));
}

/**
 * Refuses an archive whose trust records the pinned office key does not vouch for; returns what of this
 * station's trust state the restore writes back (a newer trust list, higher sequence marks).
 */
async function heldTrust(
  db: StatusDb,
  lo: readonly unknown[],
  hi: readonly unknown[],
  content: BackupContent,
): Promise<{ list: TrustRecord | undefined; marks: SequenceRecord[] }> {
  const current = await db.trust.where(':id').between(lo, hi).toArray();
  const checked = checkArchiveTrust(current, content.tables.trust ?? []);
  if (!checked.ok) throw new WriteRejected('restore-refused', checked.error.message);
  const heldMarks = await db.sequences.where(':id').between(lo, hi).toArray();
  const marks = marksToKeep(heldMarks, content.tables.sequences ?? []);
  return {
    list: checked.value.keepCurrentList ? current.find((r) => r.kind === 'trust-list') : undefined,
    marks,
  };
}
