/**
 * The bundle exchange's part of the Repository (the UI's door to storage): reads straight from Dexie,
 * writes through the one data writer. Spread into createDexieRepository like the review part.
 */
import { outcome, writeContext as ctx, type Actor, type WriteOutcome } from './write-outcome';
import type { BundleNote, BundleMerge, SetupApply } from '../db/bundle-writes';
import type { OwnKeyRecord, TrustRecord } from '../db/bundle-records';
import { getAuditHeadHash, getExchangeState, type ExchangeState } from './bundle-reads';
import type { AuditSummary } from '../../shared/audit/audit-chain';
import type { StatusDb } from '../db/schema';
import { listMigrationSteps } from '../db/reads';
import {
  incomingReportSchema,
  type IncomingReport,
  type MigrationStep,
} from '../../shared/catalog/incoming-migration';
import { err, ok, type Result } from '../../shared/result';
import type { WriterApi } from '../db/storage-startup';

export interface BundleRepository {
  loadExchange(workspaceId: string): Promise<ExchangeState>;
  auditHead(workspaceId: string): Promise<string>;
  saveOwnKey(workspaceId: string, key: OwnKeyRecord, actor: Actor): Promise<WriteOutcome>;
  saveTrust(
    workspaceId: string,
    records: readonly TrustRecord[],
    note: AuditSummary,
    actor: Actor,
  ): Promise<WriteOutcome>;
  /** The outcome says what became of stored values a changed option list stranded (null: none were). */
  applySetup(
    workspaceId: string,
    setup: SetupApply,
    actor: Actor,
  ): Promise<Result<{ migrated: IncomingReport | null }>>;
  /** Office: its option-list decisions of every catalog version, for the setup bundles. */
  loadMigrationSteps(workspaceId: string): Promise<MigrationStep[]>;
  mergeBundle(workspaceId: string, merge: BundleMerge, actor: Actor): Promise<WriteOutcome>;
  recordBundle(workspaceId: string, note: BundleNote, actor: Actor): Promise<WriteOutcome>;
}

export function createDexieBundleRepository(db: StatusDb, writer: WriterApi): BundleRepository {
  return {
    loadExchange: (id) => getExchangeState(db, id),
    auditHead: (id) => getAuditHeadHash(db, id),
    saveOwnKey: async (id, key, a) => outcome(await writer.saveOwnKey(id, key, ctx(a))),
    saveTrust: async (id, records, note, a) => outcome(await writer.saveTrust(id, records, note, ctx(a))),
    applySetup: async (id, setup, a) => {
      const r = await writer.applySetup(id, setup, ctx(a));
      if (!r.ok) return err(r.error.code, r.error.message);
      const event = r.value.events.find((e) => e.kind === 'catalog.migrate');
      const report = event === undefined ? null : incomingReportSchema.safeParse(event.summary);
      return ok({ migrated: report?.success === true ? report.data : null });
    },
    loadMigrationSteps: (id) => listMigrationSteps(db, id),
    mergeBundle: async (id, merge, a) => outcome(await writer.mergeBundle(id, merge, ctx(a))),
    recordBundle: async (id, note, a) => outcome(await writer.recordBundle(id, note, ctx(a))),
  };
}
