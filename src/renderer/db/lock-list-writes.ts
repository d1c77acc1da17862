/**
 * The office's signed 锁定清单 kept at a receiving station, inside the feedback import's transaction
 * (docs/SECURITY.md R13). The import verified it already; the writer checks it once more against the
 * office key pinned in this database (a note is only as good as what it rests on) and keeps the newest
 * lock: an older list arriving later (a relayed older feedback) leaves the held one in place.
 */
import type { AuditSummary } from '../../shared/audit/audit-chain';
import { acceptLockLists } from '../../shared/year-close/received-lock-list';
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
  if (held?.kind === 'lock-list' && held.list.manifest.at >= list.manifest.at)
    return { ...summary, lockListKept: held.list.manifest.hash };
  await db.trust.put({ workspaceId, kind: 'lock-list', list, bundleHash, receivedAt: at });
  return summary;
}
