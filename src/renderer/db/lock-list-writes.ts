/**
 * The office's signed 锁定清单 kept at a receiving station, inside the feedback import's transaction
 * (docs/SECURITY.md R13). The import verified it already; the writer checks it once more against the
 * office key pinned in this database (a note is only as good as what it rests on) and keeps the preferred
 * list (preferredLockList): the newest lock, and of one lock the extract cut for this station, whichever
 * arrived first — an older list arriving later (a relayed older feedback) leaves the held one in place. While held
 * and not reopened, the list freezes every slice of the year here (slice-gate.ts), so the office's audited
 * reopen, when it arrives, is what lifts it.
 */
import type { AuditSummary } from '../../shared/audit/audit-chain';
import type { FeedbackDecision } from '../../shared/review/feedback-payload';
import { acceptLockLists, preferredLockList } from '../../shared/year-close/received-lock-list';
import type { SignedLockList } from '../../shared/year-close/signed-lock-list';
import { getWorkspace } from './reads';
import type { StatusDb } from './schema';
import { WriteRejected } from './write-errors';

export async function keepLockListInTx(
  db: StatusDb,
  workspaceId: string,
  list: SignedLockList,
  bundleHash: string,
  at: string,
): Promise<AuditSummary> {
  const pin = await db.trust.get([workspaceId, 'office-pin']);
  const ws = await getWorkspace(db, workspaceId);
  if (pin?.kind !== 'office-pin' || ws === undefined)
    throw new WriteRejected('bundle-refused', '本站尚未确认督导室密钥，无法核对锁定清单，已拒绝。');
  const checked = acceptLockLists([list], {
    officePublicKey: pin.publicKey,
    academicYearStart: ws.academicYearStart,
  });
  if (!checked.ok) throw new WriteRejected('bundle-refused', checked.error.message);
  const held = await db.trust.get([workspaceId, 'lock-list']);
  const summary = { lockList: list.manifest.hash, lockedAt: list.manifest.at };
  if (held?.kind !== 'lock-list') {
    await db.trust.put({ workspaceId, kind: 'lock-list', list, bundleHash, receivedAt: at });
    return summary;
  }
  if (preferredLockList(held.list, list, ws.station.departmentCode) === held.list)
    return { ...summary, lockListKept: held.list.manifest.hash };
  // Another list of the same lock (this station's own extract after a relayed one) keeps its reopen.
  const sameLock = held.list.manifest.at === list.manifest.at;
  await db.trust.put({
    workspaceId,
    kind: 'lock-list',
    list,
    bundleHash,
    receivedAt: at,
    ...(sameLock && held.reopened !== undefined ? { reopened: held.reopened } : {}),
  });
  return { ...summary, ...(sameLock ? { lockListReplaced: held.list.manifest.hash } : {}) };
}

/**
 * The office's reopen of the year reaching this station (among the decisions of an office-signed feedback,
 * direct or relayed) lifts the held lock it came after — also where every slice decision was skipped
 * because this station never submitted that table. A reopen older than the held lock lifts nothing.
 */
export async function liftLockListInTx(
  db: StatusDb,
  workspaceId: string,
  decisions: readonly FeedbackDecision[],
): Promise<AuditSummary> {
  const held = await db.trust.get([workspaceId, 'lock-list']);
  if (held?.kind !== 'lock-list' || held.reopened !== undefined) return {};
  const lockedAt = held.list.manifest.at;
  const reopen = decisions
    .map((d) => d.entry)
    .filter((e) => e.action === 'reopen' && e.actor.station.role === 'office' && e.at > lockedAt)
    .sort((a, b) => a.at.localeCompare(b.at))[0];
  if (reopen === undefined) return {};
  await db.trust.put({ ...held, reopened: { at: reopen.at, by: reopen.actor.name } });
  return { lockListReopened: held.list.manifest.hash, reopenedAt: reopen.at };
}

/** The lock this station received and still holds (no reopen since), or null: it freezes the whole year here. */
export async function receivedYearLockInTx(
  db: StatusDb,
  workspaceId: string,
): Promise<{ readonly at: string; readonly by: string } | null> {
  const held = await db.trust.get([workspaceId, 'lock-list']);
  if (held?.kind !== 'lock-list' || held.reopened !== undefined) return null;
  return { at: held.list.manifest.at, by: held.list.manifest.by };
}
