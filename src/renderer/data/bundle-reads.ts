/**
 * Reads of the bundle exchange's tables for one workspace: this station's key, the pinned office key,
 * the trust list, the last setup, the office's notice draft, the office's 锁定清单, received sequence states and the bundle log.
 */
import Dexie from 'dexie';
import type {
  BundleRecord,
  OwnKeyRecord,
  SequenceRecord,
  TrustKind,
  TrustRecord,
} from '../db/bundle-records';
import { readAuditHead } from '../db/audit-log';
import { workspaceRange } from '../db/key-ranges';
import type { StatusDb } from '../db/schema';

export interface ExchangeState {
  readonly ownKey: OwnKeyRecord | null;
  readonly officePin: Extract<TrustRecord, { kind: 'office-pin' }> | null;
  readonly trustList: Extract<TrustRecord, { kind: 'trust-list' }> | null;
  readonly setup: Extract<TrustRecord, { kind: 'setup' }> | null;
  readonly notice: Extract<TrustRecord, { kind: 'notice' }> | null;
  /** The office's signed 锁定清单 a feedback bundle brought (departments and summary departments). */
  readonly lockList: Extract<TrustRecord, { kind: 'lock-list' }> | null;
  readonly sequences: readonly SequenceRecord[];
  /** Newest first. */
  readonly bundles: readonly BundleRecord[];
}

function trustOf<K extends TrustKind>(
  all: readonly TrustRecord[],
  kind: K,
): Extract<TrustRecord, { kind: K }> | null {
  return (all.find((r) => r.kind === kind) as Extract<TrustRecord, { kind: K }> | undefined) ?? null;
}

export async function getExchangeState(db: StatusDb, workspaceId: string): Promise<ExchangeState> {
  const [lo, hi] = workspaceRange(workspaceId);
  return db.transaction('r', [db.keys, db.trust, db.sequences, db.bundles], async () => {
    const keys = await db.keys.where(':id').between(lo, hi).toArray();
    const trust = await db.trust.where(':id').between(lo, hi).toArray();
    const sequences = await db.sequences.where(':id').between(lo, hi).toArray();
    const bundles = await db.bundles
      .where('[workspaceId+receivedAt]')
      .between([workspaceId, Dexie.minKey], [workspaceId, Dexie.maxKey])
      .reverse()
      .toArray();
    const ownKey = keys.sort((a, b) => a.createdAt.localeCompare(b.createdAt)).at(-1) ?? null;
    return {
      ownKey,
      officePin: trustOf(trust, 'office-pin'),
      trustList: trustOf(trust, 'trust-list'),
      setup: trustOf(trust, 'setup'),
      notice: trustOf(trust, 'notice'),
      lockList: trustOf(trust, 'lock-list'),
      sequences,
      bundles,
    };
  });
}

/** The head of the workspace's audit chain, put into every manifest this station signs (docs/SECURITY.md A1). */
export async function getAuditHeadHash(db: StatusDb, workspaceId: string): Promise<string> {
  return (await readAuditHead(db, workspaceId)).hash;
}
