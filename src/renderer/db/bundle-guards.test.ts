/**
 * The bundle write's guards on what its transaction read: the sequence guard refuses a moved sequence and
 * lets a second guard of the same key see the first (as a second read did), and a received bundle is
 * recorded once.
 */
import { describe, expect, it } from 'vitest';
import type { BundleRecord, SequenceRecord } from './bundle-records';
import { guardSequence, refuseReimport } from './bundle-guards';
import { markKey, type SignerState } from './signer-recheck';
import { WriteRejected } from './write-errors';

const mark = (lastSeq: number): SequenceRecord => ({
  workspaceId: 'ws',
  keyId: 'k1',
  addressee: 'OFFICE',
  lastSeq,
  hashes: [[lastSeq, 'h'.repeat(64)]],
});
const held = (stored: SequenceRecord[]): SignerState => ({
  workspaceId: 'ws',
  list: null,
  marks: new Map(stored.map((s) => [markKey(s.keyId, s.addressee), s])),
});
const refusal = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (e instanceof WriteRejected) return e.message;
    throw e;
  }
  return '';
};

describe('guardSequence', () => {
  it('stores the next state when the stored one is the one verification saw', () => {
    const state = held([mark(3)]);
    const next = guardSequence(state, { record: mark(4), expectLastSeq: 3 });
    expect(next).toEqual(mark(4));
    expect(state.marks.get(markKey('k1', 'OFFICE'))).toEqual(mark(4));
  });

  it('counts a key never seen as 0', () => {
    expect(guardSequence(held([]), { record: mark(1), expectLastSeq: 0 }).lastSeq).toBe(1);
  });

  it('refuses when another import moved the sequence since the preview', () => {
    expect(refusal(() => guardSequence(held([mark(5)]), { record: mark(4), expectLastSeq: 3 }))).toBe(
      '另一个数据包刚刚从同一发送方导入，本次导入已取消；请重新打开文件核对。',
    );
  });

  it('a second guard of the same key in one write sees the first', () => {
    const state = held([mark(3)]);
    guardSequence(state, { record: mark(4), expectLastSeq: 3 });
    expect(refusal(() => guardSequence(state, { record: mark(5), expectLastSeq: 3 }))).not.toBe('');
    expect(guardSequence(state, { record: mark(5), expectLastSeq: 4 }).lastSeq).toBe(5);
  });

  it('will not check a sequence of another workspace against these marks', () => {
    expect(() =>
      guardSequence(held([]), { record: { ...mark(1), workspaceId: 'other' }, expectLastSeq: 0 }),
    ).toThrow('sequence of another workspace');
  });
});

describe('refuseReimport', () => {
  const bundle = (direction: BundleRecord['direction']) => ({ direction }) as BundleRecord;
  it('refuses a received bundle already recorded, and nothing else', () => {
    expect(refusal(() => refuseReimport(bundle('received'), bundle('received')))).toBe(
      '该数据包已导入过，未重复导入。',
    );
    expect(refusal(() => refuseReimport(bundle('received'), undefined))).toBe('');
    expect(refusal(() => refuseReimport(bundle('sent'), bundle('sent')))).toBe('');
  });
});
