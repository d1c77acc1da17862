/**
 * The review feature's part of the Repository (the UI's door to storage): reads straight from Dexie,
 * writes through the data writer (one audited transaction each). Refusals come back as Result values.
 */
import type { AuditChainCheck, AuditEvent } from '../../shared/audit/audit-chain';
import type { SliceKey } from '../../shared/records/record-types';
import type { FeedbackPayload } from '../../shared/review/feedback-payload';
import type { Submission } from '../../shared/review/review-types';
import type { SliceWriteVerdict } from '../../shared/review/slice-freeze';
import type { ReviewAction } from '../../shared/review/review-workflow';
import type { Ruleset } from '../../shared/rules/ruleset';
import type { Workspace } from '../../shared/workspace/workspace-types';
import { verifyStoredAuditLog } from '../db/audit-log';
import { getAuditEvents } from '../db/reads';
import {
  findPreviousYearWorkspace,
  getLatestRuleset,
  getReviewSnapshots,
  listBundleHeads,
  listLockSnapshots,
  listPreApprovalSnapshots,
  listRulesetVersions,
  listPreviousYearWorkspaces,
  listSubmissions,
  type BundleHead,
} from '../db/review-reads';
import type { ReviewSnapshotRecord } from '../db/review-records';
import type { ReviewUser } from '../db/review-writes';
import type { StatusDb } from '../db/schema';
import { isYearLocked, sliceVerdictInTx } from '../db/slice-gate';
import type { WriterApi } from '../db/storage-startup';
import { outcome, writeContext as ctx, type WriteOutcome } from './write-outcome';

export interface ReviewRepository {
  loadRuleset(workspace: Pick<Workspace, 'id' | 'createdAt'>): Promise<Ruleset>;
  listRulesetVersions(
    workspaceId: string,
  ): Promise<Array<{ version: number; updatedAt: string; updatedBy: string }>>;
  saveRuleset(workspaceId: string, ruleset: Ruleset, user: ReviewUser): Promise<WriteOutcome>;
  listSubmissions(workspaceId: string): Promise<Submission[]>;
  /** Whether the slice may be written here (the writer's own freeze rule), for the read-only grid. */
  loadSliceFreeze(slice: SliceKey): Promise<SliceWriteVerdict>;
  /** Whether the year is locked here (the office's lock, or the lock list received), as the writer sees it. */
  isYearLocked(workspaceId: string): Promise<boolean>;
  reviewAction(slice: SliceKey, action: ReviewAction, user: ReviewUser): Promise<WriteOutcome>;
  setJustification(slice: SliceKey, checkId: string, text: string, user: ReviewUser): Promise<WriteOutcome>;
  lockYear(workspaceId: string, user: ReviewUser): Promise<WriteOutcome>;
  reopenYear(workspaceId: string, reason: string, user: ReviewUser): Promise<WriteOutcome>;
  /** Takes the named 审定前快照 of every expected slice (replaces the previous one's rows). */
  savePreApprovalSnapshot(workspaceId: string, name: string, user: ReviewUser): Promise<WriteOutcome>;
  /** Applies a verified feedback payload (the bundle feature's import calls this or applyFeedbackInTx). */
  applyFeedback(workspaceId: string, payload: FeedbackPayload, user: ReviewUser): Promise<WriteOutcome>;
  loadReviewSnapshots(slice: SliceKey): Promise<ReviewSnapshotRecord[]>;
  /** The year lock's frozen rows of every slice. */
  loadLockSnapshots(workspaceId: string): Promise<ReviewSnapshotRecord[]>;
  /** Every slice's rows in the latest 审定前快照. */
  loadPreApprovalSnapshots(workspaceId: string): Promise<ReviewSnapshotRecord[]>;
  loadAuditEvents(workspaceId: string): Promise<AuditEvent[]>;
  verifyAuditLog(workspaceId: string): Promise<AuditChainCheck>;
  listBundleHeads(workspaceId: string): Promise<BundleHead[]>;
  /** Last year's workspace for prev(…) and year-over-year checks: the chosen candidate, else the first. */
  findPreviousYear(workspace: Workspace, chosenId?: string | null): Promise<Workspace | undefined>;
  /** Every workspace that can be last year's (earlier workspaces and imported archives), best first. */
  listPreviousYears(workspace: Workspace): Promise<Workspace[]>;
}

export function createDexieReviewRepository(db: StatusDb, writer: WriterApi): ReviewRepository {
  return {
    loadRuleset: (ws) => getLatestRuleset(db, ws),
    listRulesetVersions: (id) => listRulesetVersions(db, id),
    saveRuleset: async (id, ruleset, user) => outcome(await writer.saveRuleset(id, ruleset, ctx(user))),
    listSubmissions: (id) => listSubmissions(db, id),
    loadSliceFreeze: (slice) =>
      db.transaction('r', [db.workspaces, db.departments, db.submissions, db.trust], () =>
        sliceVerdictInTx(db, slice, true),
      ),
    isYearLocked: (id) => db.transaction('r', [db.submissions, db.trust], () => isYearLocked(db, id)),
    reviewAction: async (slice, action, user) =>
      outcome(await writer.reviewAction(slice, action, user, ctx(user))),
    setJustification: async (slice, checkId, text, user) =>
      outcome(await writer.setJustification(slice, checkId, text, user, ctx(user))),
    lockYear: async (id, user) => outcome(await writer.lockYear(id, user, ctx(user))),
    reopenYear: async (id, reason, user) => outcome(await writer.reopenYear(id, reason, user, ctx(user))),
    savePreApprovalSnapshot: async (id, name, user) =>
      outcome(await writer.savePreApprovalSnapshot(id, name, ctx(user))),
    applyFeedback: async (id, payload, user) => outcome(await writer.applyFeedback(id, payload, ctx(user))),
    loadReviewSnapshots: (slice) => getReviewSnapshots(db, slice),
    loadLockSnapshots: (id) => listLockSnapshots(db, id),
    loadPreApprovalSnapshots: (id) => listPreApprovalSnapshots(db, id),
    loadAuditEvents: (id) => getAuditEvents(db, id),
    verifyAuditLog: (id) => verifyStoredAuditLog(db, id),
    listBundleHeads: (id) => listBundleHeads(db, id),
    findPreviousYear: (ws, chosenId) => findPreviousYearWorkspace(db, ws, chosenId),
    listPreviousYears: (ws) => listPreviousYearWorkspaces(db, ws),
  };
}
