/**
 * What a bundle write checks against the station's own records inside its transaction, apart from the
 * reads: the sequence a verification saw must still be the stored one, and a received bundle must not be
 * recorded twice. The reads are asked by the caller, together with its other reads, so a merge waits for
 * one round of the transaction rather than one per check (docs/ARCHITECTURE.md §3).
 */
import type { BundleRecord, SequenceRecord } from './bundle-records';
import { markKey, type SignerState } from './signer-recheck';
import { WriteRejected } from './write-errors';

/** A sequence state to store, valid only if the stored state is still the one verification saw. */
export interface GuardedSequence {
  readonly record: SequenceRecord;
  readonly expectLastSeq: number;
}

/**
 * The record to store for `s`, or a refusal when another import moved the sequence since the preview.
 * `held.marks` are the workspace's stored marks, read in this transaction; the accepted record replaces
 * its mark there, so a second guard of the same key in one write sees it, as a second read would.
 */
export function guardSequence(held: SignerState, s: GuardedSequence): SequenceRecord {
  // The marks cover one workspace; a sequence of another is a caller's bug, never a refusal to word.
  if (s.record.workspaceId !== held.workspaceId) throw new Error('sequence of another workspace');
  const key = markKey(s.record.keyId, s.record.addressee);
  const stored = held.marks.get(key);
  const lastSeq = typeof stored?.lastSeq === 'number' ? stored.lastSeq : 0;
  if (lastSeq !== s.expectLastSeq) {
    throw new WriteRejected(
      'bundle-refused',
      '另一个数据包刚刚从同一发送方导入，本次导入已取消；请重新打开文件核对。',
    );
  }
  const record: SequenceRecord = { ...s.record, hashes: s.record.hashes.map(([n, h]) => [n, h]) };
  held.marks.set(key, record);
  return record;
}

/** Refuses a received bundle already recorded (`held`: the stored record under its hash, read in the transaction). */
export function refuseReimport(b: BundleRecord, held: BundleRecord | undefined): void {
  if (held !== undefined && b.direction === 'received')
    throw new WriteRejected('bundle-refused', '该数据包已导入过，未重复导入。');
}
