/**
 * The stored records and write requests features see, re-exported from the storage layer so that the UI
 * reaches storage only through this folder (a lint rule keeps features out of src/renderer/db).
 */
export type { BundleRecord, BundleSliceNote, TrustRecord } from '../db/bundle-records';
export type { BundleMerge, BundleNote, GuardedSequence } from '../db/bundle-writes';
export type { SignerClaim } from '../db/signer-recheck';
export type { ReissuedTrustList } from '../db/rollover-writes';
export type { ChapterEffect } from '../db/report-workflow-writes';
export type { BundleHead } from '../db/review-reads';
export { LOCK_SNAPSHOT_LEVEL, RETURN_SNAPSHOT_LEVEL, type ReviewSnapshotRecord } from '../db/review-records';
export type { ReviewUser } from '../db/review-writes';
export type { ExchangeState } from './bundle-reads';
export type { ImportCounts } from './import-repository';
