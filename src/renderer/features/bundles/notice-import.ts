/**
 * Small incoming bundles that carry no data: receipts (the sender sees its bundle arrived) and feedback
 * (review decisions from the office or the summary department, applied in the same transaction that
 * records the bundle). Both are verified like any bundle before anything is written.
 */
import { bytesToBase64 } from '../../../shared/base64';
import { receiptConfirms, type ReceiptPayload } from '../../../shared/bundle/receipt';
import type { VerifiedBundle } from '../../../shared/bundle/verify-bundle';
import type { FeedbackPayload } from '../../../shared/review/feedback-payload';
import { err, ok, type Result } from '../../../shared/result';
import type { Workspace } from '../../../shared/workspace/workspace-types';
import type { ExchangeState } from '../../data/records';
import type { BundleNote } from '../../data/records';
import { feedbackToApply } from './feedback-decisions';
import {
  guardedSequence,
  receivedRecord,
  verifyContextOf,
  type Acting,
  type ExchangeDeps,
} from './exchange-context';

export type NoticePreview =
  | {
      readonly kind: 'receipt';
      readonly verified: VerifiedBundle;
      readonly receipt: ReceiptPayload;
      readonly note: BundleNote;
    }
  | {
      readonly kind: 'feedback';
      readonly verified: VerifiedBundle;
      readonly feedback: FeedbackPayload;
      readonly note: BundleNote;
    };

export async function previewNoticeBundle(
  deps: ExchangeDeps,
  ws: Workspace,
  state: ExchangeState,
  bytes: Uint8Array,
  kind: 'receipt' | 'feedback',
): Promise<Result<NoticePreview | { kind: 'already-imported' }>> {
  const tasks = await deps.repo.loadTasks(ws.id);
  const ctx = verifyContextOf(ws, state, tasks, deps.now());
  if (!ctx.ok) return ctx;
  // Verification and the payload's bounded parse + schema both run in the verify Worker.
  const verified = await deps.verify('verify', {
    bytes,
    ctx: { ...ctx.value, acceptKinds: [kind] },
    payload: kind,
  });
  if (!verified.ok) return verified;
  const v = verified.value.verified;
  if (v.status === 'already-imported') return ok({ kind: 'already-imported' });
  const m = v.manifest;
  const next = v.nextSequenceState;
  const base: BundleNote = {
    bundle: receivedRecord(ws.id, v, deps.now().toISOString()),
    signers: [
      {
        keyId: m.keyId,
        departmentCode: v.signer.departmentCode,
        role: v.signer.role,
        addressee: m.addressee,
      },
    ],
    // Receipts keep no sequence state (order-free, docs/bundle-rules.md); every other kind does.
    ...(next === undefined ? {} : { sequence: guardedSequence(ws, state, m.keyId, m.addressee, next) }),
  };
  const { receipt } = verified.value;
  if (kind === 'receipt') {
    if (receipt === undefined) return err('receipt-invalid', '回执缺少 receipt.json。');
    // Idempotent by the bundle hash it confirms: the same receipt again, or another receipt for a bundle
    // already confirmed, changes nothing.
    if (state.bundles.some((b) => b.bundleHash === v.bundleHash)) return ok({ kind: 'already-imported' });
    const sent = state.bundles.find((b) => b.bundleHash === receipt.bundleHash && b.direction === 'sent');
    const bound = receiptConfirms(m.sender, receipt, sent);
    if (!bound.ok) return bound;
    if (sent?.status === 'delivered') return ok({ kind: 'already-imported' });
    return ok({ kind, verified: v, receipt, note: { ...base, deliveredHash: receipt.bundleHash } });
  }
  const apply = feedbackToApply(ws, state, tasks, verified.value);
  if (!apply.ok) return apply;
  const { payload, innerSequences, signers, lockList } = apply.value;
  const note: BundleNote = {
    ...base,
    feedback: payload,
    ...(lockList === null ? {} : { lockList }),
    innerSequences,
    signers: [...(base.signers ?? []), ...signers],
    // A summary department keeps the office's signed feedback to relay it down unchanged.
    bundle: {
      ...base.bundle,
      ...(ws.station.role === 'summary' && v.signer.role === 'office'
        ? { bytesBase64: bytesToBase64(bytes) }
        : {}),
    },
  };
  return ok({ kind, verified: v, feedback: payload, note });
}

export function commitNoticeBundle(deps: ExchangeDeps, acting: Acting, preview: NoticePreview) {
  return deps.repo.recordBundle(acting.workspace.id, preview.note, acting.actor);
}
