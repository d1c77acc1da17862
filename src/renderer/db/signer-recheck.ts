/**
 * The commit's own look at who signed (docs/bundle-rules.md "At the commit"): preview and commit are two
 * steps, and between them the office may revoke a key or another bundle from a newer key may arrive. Inside
 * the merge transaction the stored trust list and sequence marks are read again; a signer that is gone,
 * revoked, registered elsewhere, or superseded by a newer key already held refuses the whole write.
 */
import { newerKeyHeld } from '../../shared/bundle/key-order';
import { trustListSchema, type KeyRole, type TrustList } from '../../shared/bundle/trust-list';
import type { SequenceRecord } from './bundle-records';
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

/**
 * What the commit knows of its signers, read inside its transaction: the stored trust list (null when it
 * cannot be read) and every sequence mark of the workspace by `keyId|addressee` — the same marks the
 * sequence guard checks (bundle-guards.ts), so they are read once for both.
 */
export interface SignerState {
  readonly workspaceId: string;
  readonly list: TrustList | null;
  readonly marks: Map<string, SequenceRecord>;
}

export const markKey = (keyId: string, addressee: string): string => `${keyId}|${addressee}`;

/** Both reads asked at once (one round trip of the transaction). */
export async function readSignerStateInTx(db: StatusDb, workspaceId: string): Promise<SignerState> {
  const [lo, hi] = workspaceRange(workspaceId);
  const [stored, marks] = await Promise.all([
    db.trust.get([workspaceId, 'trust-list']),
    db.sequences.where(':id').between(lo, hi).toArray(),
  ]);
  const list = trustListSchema.safeParse(stored?.kind === 'trust-list' ? stored.list : undefined);
  return {
    workspaceId,
    list: list.success ? list.data : null,
    marks: new Map(marks.map((s) => [markKey(s.keyId, s.addressee), s])),
  };
}

/** Refuses the write (WriteRejected) unless every claimed signer still holds in `state`. */
export function recheckSigners(state: SignerState, claims: readonly SignerClaim[]): void {
  if (claims.length === 0) return;
  const list = state.list;
  if (list === null) throw new WriteRejected('bundle-refused', '本站的信任列表无法读取，本次导入已取消。');
  for (const c of claims) {
    const key = list.keys.find((k) => k.keyId === c.keyId);
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
    const newer = newerKeyHeld(list, key, (k) => state.marks.has(markKey(k, c.addressee)));
    if (newer !== null)
      throw new WriteRejected(
        'bundle-refused',
        `本站在预览后已收到 ${c.departmentCode} 新密钥 ${newer.keyId} 签名的数据包，旧密钥的包已不能导入。`,
      );
  }
}

/** Reads the state and rechecks the claims (a write that needs the marks for nothing else). */
export async function recheckSignersInTx(
  db: StatusDb,
  workspaceId: string,
  claims: readonly SignerClaim[],
): Promise<SignerState> {
  const state = await readSignerStateInTx(db, workspaceId);
  recheckSigners(state, claims);
  return state;
}
