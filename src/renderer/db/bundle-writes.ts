/**
 * The bundle exchange's writes, run by the one data writer (data-writer.ts registers them). Each is
 * ONE transaction: a merge replaces the sender's slices, records the bundle and its sequence state and
 * appends an audit event carrying the sender's audit head (and, for data, one review.receive event per
 * review record that came with the rows), so a crash leaves the database exactly
 * before or after (docs/SECURITY.md D1). Everything here was verified before the transaction started (hashing
 * and signatures never run inside it, docs/SECURITY.md D3); the transaction only re-checks that no other import
 * moved the sequence state in between.
 */
import Dexie from 'dexie';
import type { AuditKind, AuditSummary } from '../../shared/audit/audit-chain';
import { OFFICE_ADDRESSEE } from '../../shared/bundle/manifest';
import { canonicalJson } from '../../shared/canonical-json';
import type { Catalog } from '../../shared/catalog/catalog-types';
import type { Department } from '../../shared/departments/department-types';
import type { StoredRow } from '../../shared/records/record-types';
import type { FeedbackPayload } from '../../shared/review/feedback-payload';
import { submissionKey, type Submission } from '../../shared/review/review-types';
import type { TaskAssignment } from '../../shared/tasks/task-types';
import type { IndicatorSet } from '../../shared/indicators/indicator-set';
import type { Ruleset } from '../../shared/rules/ruleset';
import type { StandardSet } from '../../shared/standards/standard-types';
import type { Workspace } from '../../shared/workspace/workspace-types';
import type { AnnexEntry } from '../../shared/annex/annex-entry';
import { saveOfficeAnalysisInTx } from './analysis-writes';
import { mergeAnnexEntriesInTx } from './annex-writes';
import { applyChapterInTx, type ChapterEffect } from './report-workflow-writes';
import type { BundleRecord, OwnKeyRecord, TrustRecord } from './bundle-records';
import { guardSequence, refuseReimport, type GuardedSequence } from './bundle-guards';
import type { WriteContext, WriteResult } from './data-writer';
import { saveCatalogInTx, saveDepartmentsInTx, saveTasksInTx, workspaceChanges } from './metadata-writes';
import { applyFeedbackInTx, receiveSubmissionInTx, type ReviewUser } from './review-writes';
import { mergeRectificationsInTx } from './analysis-writes';
import type { RectificationItem } from '../../shared/rectification/rectification-types';
import type { StatusDb } from './schema';
import { markKey, readSignerStateInTx, recheckSigners, type SignerClaim } from './signer-recheck';
import { commitSliceInTx, type RowLocatorCache } from './slice-writes';
import { mergeDecisionInTx, yearLockOnce } from './slice-gate';
import { acceptIncomingUpdateInTx } from './update-writes';
import { applyAnswersInTx, mergeRequestsInTx } from './update-request-writes';
import type { UpdateRequest } from '../../shared/review/update-request';
import { applyCorrectionsInTx } from './correction-writes';
import { applyIncomingMigrationInTx, type OptionMigrationOutcome } from './option-migration-writes';
import type { MigrationStep } from '../../shared/catalog/incoming-migration';
import { WriteRejected } from './write-errors';
import { keepLockListInTx, liftLockListInTx } from './lock-list-writes';
import type { SignedLockList } from '../../shared/year-close/signed-lock-list';

export type { GuardedSequence };

export interface BundleTx {
  readonly at: string;
  audit(kind: AuditKind, summary: AuditSummary): Promise<void>;
  readAuditHeadAhead(): Promise<void>;
  afterCommit(fn: () => void): void;
}
export type BundleRunner = (
  workspaceId: string,
  ctx: WriteContext,
  body: (tx: BundleTx) => Promise<void>,
) => Promise<WriteResult>;

export interface SetupApply {
  readonly trust: readonly TrustRecord[];
  /** The office's catalog; stored as a new local version only when its tables differ from the latest. */
  readonly catalog: Catalog;
  readonly tasks: readonly TaskAssignment[];
  readonly departments: readonly Department[];
  /** The office's year dates (deadlines, 时点, periods): applied to this station's workspace record. */
  readonly year?: Pick<Workspace, 'academicYearStart' | 'financeYear' | 'snapshotDate' | 'deadlines'>;
  /** The office's rules, indicators and standards: each stored as a new local version when it differs. */
  readonly rules?: Ruleset;
  readonly indicators?: IndicatorSet;
  readonly standards?: StandardSet;
  /** The office's option-list decisions of every catalog version, applied to this station's rows. */
  readonly optionMigrations?: readonly MigrationStep[];
  readonly bundle: BundleRecord;
  readonly sequence: GuardedSequence;
}

export interface BundleMerge {
  readonly slices: ReadonlyArray<{
    readonly tableCode: string;
    readonly departmentCode: string;
    readonly rows: readonly StoredRow[];
  }>;
  readonly bundle: BundleRecord;
  readonly sequences: readonly GuardedSequence[];
  /** The senders' review records for these slices (validated), received in the same transaction. */
  readonly submissions?: readonly Submission[];
  /**
   * The senders' copies, approved or not, that carry a 更新 (update-writes.ts): each may reopen this
   * station's frozen copy before its rows are written, or refuse the whole merge.
   */
  readonly updates?: readonly Submission[];
  /** Who imports: the review record is received in their name (the state machine checks their role). */
  readonly receiver?: ReviewUser;
  /** Every key the merge rests on (outer and inner signers), re-checked inside the transaction. */
  readonly signers?: readonly SignerClaim[];
  /** The sending department's answers to 整改 items (at the office), merged in the same transaction. */
  readonly rectifications?: readonly RectificationItem[];
  /** Entered annex figures (at the office): the sender's and a forward's contributors', merged in the same transaction. */
  readonly annexEntries?: readonly AnnexEntry[];
  /** The pending 申请更新 the bundle carries (at the office), stored in the same transaction. */
  readonly updateRequests?: readonly UpdateRequest[];
}

export interface BundleNote {
  readonly bundle: BundleRecord;
  readonly sequence?: GuardedSequence;
  /** Sequences of bundles carried inside this one (a relayed office feedback). */
  readonly innerSequences?: readonly GuardedSequence[];
  /** A receipt: the sent bundle it acknowledges becomes 'delivered'. */
  readonly deliveredHash?: string;
  /** The keys the note rests on, re-checked inside the transaction (received bundles). */
  readonly signers?: readonly SignerClaim[];
  /** A feedback bundle: its review decisions are applied in the same transaction. */
  readonly feedback?: FeedbackPayload;
  /** A chapter bundle, sent or received: its effect on the chapters (report-workflow-writes.ts). */
  readonly chapter?: ChapterEffect;
  /** A feedback bundle's signed 锁定清单 (verified at the preview), kept in the same transaction. */
  readonly lockList?: SignedLockList;
}

/** The sequence guard against one point read (a write whose marks serve nothing else). */
async function putSequence(db: StatusDb, s: GuardedSequence): Promise<void> {
  const { workspaceId, keyId, addressee } = s.record;
  const stored = await db.sequences.get([workspaceId, keyId, addressee]);
  const marks = new Map(stored === undefined ? [] : [[markKey(keyId, addressee), stored]]);
  await db.sequences.put(guardSequence({ workspaceId, list: null, marks }, s));
}

async function putBundle(db: StatusDb, b: BundleRecord): Promise<void> {
  refuseReimport(b, await db.bundles.get([b.workspaceId, b.bundleHash]));
  await db.bundles.put({ ...b });
}

/** A received bundle the office signed itself, or one relaying the office's signed bundle. */
const signedByOffice = (note: BundleNote): boolean =>
  note.bundle.direction === 'received' &&
  (note.bundle.sender.stationRole === 'office' || (note.signers ?? []).some((k) => k.role === 'office'));

const bundleSummary = (b: BundleRecord): AuditSummary => ({
  bundleHash: b.bundleHash,
  kind: b.kind,
  sender: `${b.sender.stationRole}:${b.sender.departmentCode}`,
  addressee: b.addressee,
  keyId: b.keyId,
  seq: b.seq,
  // The sender's audit head, anchored in our own chain (docs/SECURITY.md A1).
  senderAuditHead: b.auditHead,
});

export function bundleWriterOps(db: StatusDb, locators: RowLocatorCache, run: BundleRunner) {
  return {
    /** Records this station's own key (public part) after the vault or key store created it. */
    saveOwnKey(workspaceId: string, key: OwnKeyRecord, ctx: WriteContext): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        await db.keys.put({ ...key });
        await tx.audit('key.create', {
          keyId: key.keyId,
          fingerprint: key.fingerprint,
          storage: key.storage,
        });
      });
    },

    /** Office: a new signed trust list version, the pinned own key, or the notice draft. */
    saveTrust(
      workspaceId: string,
      records: readonly TrustRecord[],
      note: AuditSummary,
      ctx: WriteContext,
    ): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        for (const r of records) await db.trust.put({ ...r });
        await tx.audit('trust.update', { kinds: records.map((r) => r.kind), ...note });
      });
    },

    /** Department/summary: applies a verified setup bundle (pin, trust list, catalog, tasks, notice). */
    applySetup(workspaceId: string, setup: SetupApply, ctx: WriteContext): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        await putSequence(db, setup.sequence);
        for (const r of setup.trust) await db.trust.put({ ...r });
        const latest = await db.catalogs
          .where(':id')
          .between([workspaceId, Dexie.minKey], [workspaceId, Dexie.maxKey])
          .last();
        const summary: AuditSummary = { ...bundleSummary(setup.bundle) };
        let migrated: { version: number; out: OptionMigrationOutcome } | null = null;
        if (latest === undefined || canonicalJson(latest.tables) !== canonicalJson(setup.catalog.tables)) {
          const version = (latest?.version ?? 0) + 1;
          summary.catalog = await saveCatalogInTx(db, workspaceId, { ...setup.catalog, version });
          // The stored rows follow the new option lists in the same transaction (audited apart below).
          if (latest !== undefined) {
            const change = { prev: latest, next: setup.catalog, steps: setup.optionMigrations ?? [] };
            const out = await applyIncomingMigrationInTx(db, locators, workspaceId, change, tx.at, ctx.actor);
            if (out !== null) migrated = { version, out };
          }
        }
        summary.departments = await saveDepartmentsInTx(db, workspaceId, setup.departments);
        summary.tasks = await saveTasksInTx(db, workspaceId, setup.tasks);
        const carried = await saveOfficeAnalysisInTx(db, workspaceId, setup);
        if (carried.length > 0) summary.office = carried;
        if (setup.year !== undefined) {
          const before = (await db.workspaces.get(workspaceId)) as Workspace;
          const after: Workspace = { ...before, ...setup.year };
          const changed = workspaceChanges(before, after);
          if (changed.length > 0) {
            await db.workspaces.put(after);
            summary.changed = changed;
          }
        }
        await putBundle(db, setup.bundle);
        await tx.audit('bundle.setup', summary);
        if (migrated !== null) {
          await tx.audit('catalog.migrate', { version: migrated.version, ...migrated.out.summary });
          for (const fn of migrated.out.afterCommit) tx.afterCommit(fn);
        }
      });
    },

    /** Data or forward bundle: replaces the senders' slices, records bundle + sequences, one transaction. */
    mergeBundle(workspaceId: string, merge: BundleMerge, ctx: WriteContext): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        // What the checks need, asked at once: the signers' trust list and sequence marks, the bundle's own
        // record, the audit head. Each check then runs in its usual order, on what was read.
        const [signers, held] = await Promise.all([
          readSignerStateInTx(db, workspaceId),
          db.bundles.get([workspaceId, merge.bundle.bundleHash]),
          tx.readAuditHeadAhead(),
        ]);
        recheckSigners(signers, merge.signers ?? []);
        const sequences = merge.sequences.map((s) => guardSequence(signers, s));
        const slices: AuditSummary[] = [];
        // Frozen slices whose rows the bundle would not change (an original already held, re-sent by a
        // forward): left exactly as held, review record included.
        const kept = new Set<string>();
        const keptNames: string[] = [];
        // The year-lock scan reads every review record of the year: once per bundle, not per slice.
        const yearLock = yearLockOnce(db, workspaceId);
        for (const s of merge.slices) {
          const key = { workspaceId, tableCode: s.tableCode, departmentCode: s.departmentCode };
          const copy = (merge.updates ?? []).find(
            (u) => u.tableCode === s.tableCode && u.departmentCode === s.departmentCode,
          );
          const reopened = await acceptIncomingUpdateInTx(db, key, copy, tx.at);
          if (reopened !== null) await tx.audit('review.update', reopened);
          const decision = await mergeDecisionInTx(db, key, s.rows, yearLock);
          if (decision.action === 'refuse') throw new WriteRejected('slice-frozen', decision.message);
          if (decision.action === 'keep') {
            kept.add(submissionKey(s.departmentCode, s.tableCode));
            keptNames.push(`${s.tableCode}/${s.departmentCode}`);
            continue;
          }
          const out = await commitSliceInTx(db, locators, key, s.rows, tx.at, ctx.actor);
          slices.push(out.summary);
          tx.afterCommit(out.afterCommit);
        }
        refuseReimport(merge.bundle, held);
        await Promise.all([
          db.sequences.bulkPut(sequences),
          db.bundles.put({ ...merge.bundle }),
          tx.audit('bundle.merge', {
            ...bundleSummary(merge.bundle),
            slices,
            ...(keptNames.length > 0 ? { unchangedFrozen: keptNames } : {}),
          }),
        ]);
        const submissions = (merge.submissions ?? []).filter(
          (s) => !kept.has(submissionKey(s.departmentCode, s.tableCode)),
        );
        if (submissions.length > 0 && merge.receiver === undefined)
          throw new WriteRejected('bundle-refused', '导入人未知，无法接收审核记录。');
        for (const s of submissions)
          await tx.audit(
            'review.receive',
            await receiveSubmissionInTx(db, workspaceId, s, merge.receiver!, tx.at),
          );
        const answers = merge.rectifications ?? [];
        if (answers.length > 0) {
          const changed = await mergeRectificationsInTx(db, workspaceId, answers, 'department');
          await tx.audit('rectification.merge', { received: answers.length, changed, sender: 'department' });
        }
        const requests = merge.updateRequests ?? [];
        if (requests.length > 0) {
          const sender = merge.bundle.sender.departmentCode;
          // A forward carries its contributors' requests inside their signed originals.
          const forward = merge.bundle.kind === 'forward';
          const carriers = new Set([
            sender,
            ...(merge.bundle.contributors ?? []).map((c) => c.departmentCode),
          ]);
          const via = forward ? sender : null;
          const stored = await mergeRequestsInTx(db, workspaceId, requests, carriers, via);
          await tx.audit('update.receive', { sender, received: requests.length, stored });
        }
        const figures = merge.annexEntries ?? [];
        if (figures.length > 0) {
          // Each figure belongs to a station whose signature covers it: the sender, or a forward's contributor.
          const signed = new Set([
            merge.bundle.sender.departmentCode,
            ...(merge.bundle.contributors ?? []).map((c) => c.departmentCode),
          ]);
          const stray = figures.find((f) => !signed.has(f.departmentCode));
          if (stray !== undefined)
            throw new WriteRejected(
              'bundle-refused',
              `附表“${stray.rowId}”的数值不是本包签名方填报的，未导入。`,
            );
          await tx.audit('annex.receive', {
            sender: merge.bundle.sender.departmentCode,
            owners: [...new Set(figures.map((f) => f.departmentCode))].sort(),
            ...(await mergeAnnexEntriesInTx(db, workspaceId, figures)),
          });
        }
      });
    },

    /** A bundle sent, or a receipt / feedback received (with its sequence and effects). */
    recordBundle(workspaceId: string, note: BundleNote, ctx: WriteContext): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        const claims = note.signers ?? [];
        const guarded = [...(note.sequence ? [note.sequence] : []), ...(note.innerSequences ?? [])];
        if (claims.length > 0 || guarded.length > 0) {
          const held = await readSignerStateInTx(db, workspaceId);
          recheckSigners(held, claims);
          await db.sequences.bulkPut(guarded.map((s) => guardSequence(held, s)));
        }
        const summary: AuditSummary = { ...bundleSummary(note.bundle), direction: note.bundle.direction };
        if (note.deliveredHash !== undefined) {
          const sent = await db.bundles.get([workspaceId, note.deliveredHash]);
          // Re-checked here: only the bundle's addressee may confirm it (receipt.ts receiptConfirms).
          const from = note.bundle.sender;
          const addressee = from.stationRole === 'office' ? OFFICE_ADDRESSEE : from.departmentCode;
          if (sent === undefined || sent.direction !== 'sent' || sent.addressee !== addressee) {
            throw new WriteRejected('bundle-refused', '回执确认的数据包不是本站发给该签名方的，未记录。');
          }
          await db.bundles.put({
            ...sent,
            status: 'delivered',
            receipt: { bundleHash: note.bundle.bundleHash, at: tx.at, by: note.bundle.sender.departmentCode },
          });
          summary.delivered = note.deliveredHash;
        }
        if (note.feedback) summary.feedback = await applyFeedbackInTx(db, workspaceId, note.feedback);
        const corrections = note.feedback?.corrections ?? [];
        if (corrections.length > 0) {
          // Only the office signs corrections: the bundle's own signer, or the office key it relays.
          if (!signedByOffice(note))
            throw new WriteRejected('correction-refused', '校级更正只接受督导室签发的反馈包，已拒绝。');
          const applied = await applyCorrectionsInTx(db, locators, workspaceId, corrections, tx, ctx.actor);
          if (applied.length > 0) summary.corrections = applied;
        }
        const answers = note.feedback?.updateAnswers ?? [];
        if (answers.length > 0) {
          // Only the office answers 申请更新 (as for corrections).
          if (!signedByOffice(note))
            throw new WriteRejected('bundle-refused', '申请更新的答复只接受督导室签发的反馈包，已拒绝。');
          const applied = await applyAnswersInTx(db, workspaceId, answers);
          if (applied.length > 0) summary.updateAnswers = applied;
        }
        // A reopen first, then the list this bundle carries: a lock taken after the reopen freezes again.
        if (note.feedback && signedByOffice(note))
          Object.assign(summary, await liftLockListInTx(db, workspaceId, note.feedback.decisions));
        if (note.lockList)
          Object.assign(
            summary,
            await keepLockListInTx(db, workspaceId, note.lockList, note.bundle.bundleHash, tx.at),
          );
        const items = note.feedback?.rectifications ?? [];
        if (items.length > 0)
          summary.rectifications = await mergeRectificationsInTx(db, workspaceId, items, 'office');
        if (note.chapter)
          summary.chapter = await applyChapterInTx(db, workspaceId, note.chapter, tx.at, ctx.actor);
        await putBundle(db, note.bundle);
        const kind: AuditKind =
          note.bundle.direction === 'sent' ? 'bundle.export' : `bundle.${note.bundle.kind}`;
        await tx.audit(kind, summary);
      });
    },
  };
}
