/**
 * The commit's own look at who signed (docs/bundle-rules.md "At the commit"): preview and commit are two
 * steps, and between them the office may revoke a key or another bundle from a newer key may arrive. Inside
 * the merge transaction the stored trust list and sequence marks are read again; a signer that is gone,
 * revoked, registered elsewhere, or superseded by a newer key already held refuses the whole write.
 */
import { newerKeyHeld } from '../../shared/bundle/key-order';
import { trustListSchema, type KeyRole } from '../../shared/bundle/trust-list';
import { workspaceRange } from './key-ranges';
import type { StatusDb } from './schema';
import { WriteRejected } from './write-errors';

/** A key whose signature the write rests on, and the addressee its sequence counts at. */
export interface SignerClaim {
  readonly keyId: string;
  readonly departmentCode: string;
  readonly role: KeyRole;
  readonly addressee: string;
}

export async function recheckSignersInTx(
  db: StatusDb,
  workspaceId: string,
  claims: readonly SignerClaim[],
): Promise<void> {
  if (claims.length === 0) return;
  const stored = await db.trust.get([workspaceId, 'trust-list']);
  const list = trustListSchema.safeParse(stored?.kind === 'trust-list' ? stored.list : undefined);
  if (!list.success) throw new WriteRejected('bundle-refused', '本站的信任列表无法读取，本次导入已取消。');
  const [lo, hi] = workspaceRange(workspaceId);
  const marks = await db.sequences.where(':id').between(lo, hi).toArray();
  const held = new Set(marks.map((s) => `${s.keyId}|${s.addressee}`));
  for (const c of claims) {
    const key = list.data.keys.find((k) => k.keyId === c.keyId);
    if (key === undefined || key.departmentCode !== c.departmentCode || key.role !== c.role)
      throw new WriteRejected(
        'bundle-refused',
        `签名密钥 ${c.keyId}（${c.departmentCode}）已不在本站信任列表中，本次导入已取消。`,
      );
    if (key.revokedAt !== undefined)
      throw new WriteRejected(
        'bundle-refused',
        `签名密钥 ${c.keyId}（${c.departmentCode}）在预览后已被吊销，本次导入已取消。`,
      );
    const newer = newerKeyHeld(list.data, key, (k) => held.has(`${k}|${c.addressee}`));
    if (newer !== null)
      throw new WriteRejected(
        'bundle-refused',
        `本站在预览后已收到 ${c.departmentCode} 新密钥 ${newer.keyId} 签名的数据包，旧密钥的包已不能导入。`,
      );
  }
}
