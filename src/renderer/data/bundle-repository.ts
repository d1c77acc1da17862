/**
 * The bundle exchange's part of the Repository (the UI's door to storage): reads straight from Dexie,
 * writes through the one data writer. Spread into createDexieRepository like the review part.
 */
import { err, ok } from '../../shared/result';
import type { WriteOutcome } from './repository';
import type { BundleNote, BundleMerge, SetupApply } from '../db/bundle-writes';
import type { OwnKeyRecord, TrustRecord } from '../db/bundle-records';
import { getAuditHeadHash, getExchangeState, type ExchangeState } from './bundle-reads';
import type { AuditSummary } from '../../shared/audit/audit-chain';
import type { WriteResult } from '../db/data-writer';
import type { StatusDb } from '../db/schema';
import type { WriterApi } from '../db/storage-startup';

interface ActorLike {
  readonly name: string;
}

export interface BundleRepository {
  loadExchange(workspaceId: string): Promise<ExchangeState>;
  auditHead(workspaceId: string): Promise<string>;
  saveOwnKey(workspaceId: string, key: OwnKeyRecord, actor: ActorLike): Promise<WriteOutcome>;
  saveTrust(
    workspaceId: string,
    records: readonly TrustRecord[],
    note: AuditSummary,
    actor: ActorLike,
  ): Promise<WriteOutcome>;
  applySetup(workspaceId: string, setup: SetupApply, actor: ActorLike): Promise<WriteOutcome>;
  mergeBundle(workspaceId: string, merge: BundleMerge, actor: ActorLike): Promise<WriteOutcome>;
  recordBundle(workspaceId: string, note: BundleNote, actor: ActorLike): Promise<WriteOutcome>;
}

const outcome = (r: WriteResult): WriteOutcome => (r.ok ? ok(undefined) : err(r.error.code, r.error.message));

export function createDexieBundleRepository(db: StatusDb, writer: WriterApi): BundleRepository {
  return {
    loadExchange: (id) => getExchangeState(db, id),
    auditHead: (id) => getAuditHeadHash(db, id),
    saveOwnKey: async (id, key, a) => outcome(await writer.saveOwnKey(id, key, { actor: a.name })),
    saveTrust: async (id, records, note, a) =>
      outcome(await writer.saveTrust(id, records, note, { actor: a.name })),
    applySetup: async (id, setup, a) => outcome(await writer.applySetup(id, setup, { actor: a.name })),
    mergeBundle: async (id, merge, a) => outcome(await writer.mergeBundle(id, merge, { actor: a.name })),
    recordBundle: async (id, note, a) => outcome(await writer.recordBundle(id, note, { actor: a.name })),
  };
}
