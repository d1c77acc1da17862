/**
 * Small incoming bundles that carry no data: receipts (the sender sees its bundle arrived) and feedback
 * (review decisions from the office or the summary department, applied in the same transaction that
 * records the bundle). Both are verified like any bundle before anything is written.
 */
import { readReceiptPayload, type ReceiptPayload } from '../../../shared/bundle/receipt';
import type { VerifiedBundle } from '../../../shared/bundle/verify-bundle';
import { parseBoundedJson } from '../../../shared/bundle/bounded-json';
import { parseFeedbackPayload, type FeedbackPayload } from '../../../shared/review/feedback-payload';
import { err, ok, type Result } from '../../../shared/result';
import type { Workspace } from '../../../shared/workspace/workspace-types';
import type { ExchangeState } from '../../db/bundle-reads';
import type { BundleNote } from '../../db/bundle-writes';
import { verifyContextOf, type Acting, type ExchangeDeps } from './exchange-context';

export const FEEDBACK_ENTRY = 'files/feedback.json';

export type NoticePreview =
  | { readonly kind: 'receipt'; readonly verified: VerifiedBundle; readonly receipt: ReceiptPayload; readonly note: BundleNote }
  | { readonly kind: 'feedback'; readonly verified: VerifiedBundle; readonly feedback: FeedbackPayload; readonly note: BundleNote };

export async function previewNoticeBundle(deps: ExchangeDeps, ws: Workspace, state: ExchangeState, bytes: Uint8Array, kind: 'receipt' | 'feedback'): Promise<Result<NoticePreview | { kind: 'already-imported' }>> {
  const tasks = await deps.repo.loadTasks(ws.id);
  const ctx = verifyContextOf(ws, state, tasks, deps.now());
  if (!ctx.ok) return ctx;
  const verified = await deps.verify('verify', { bytes, ctx: { ...ctx.value, acceptKinds: [kind] } });
  if (!verified.ok) return verified;
  const v = verified.value.verified;
  if (v.status === 'already-imported') return ok({ kind: 'already-imported' });
  const m = v.manifest;
  const prev = state.sequences.find((s) => s.keyId === m.keyId && s.addressee === m.addressee);
  const next = v.nextSequenceState!;
  const base: BundleNote = {
    bundle: {
      workspaceId: ws.id,
      bundleHash: v.bundleHash,
      receivedAt: deps.now().toISOString(),
      direction: 'received',
      kind: m.kind,
      keyId: m.keyId,
      sender: m.sender,
      addressee: m.addressee,
      seq: m.seq,
      createdAt: m.createdAt,
      auditHead: m.auditHead,
      status: 'imported',
      slices: [],
      warnings: v.warnings.map((w) => w.message),
    },
    sequence: { record: { workspaceId: ws.id, keyId: m.keyId, addressee: m.addressee, lastSeq: next.lastSeq, hashes: [...next.hashes] }, expectLastSeq: prev?.lastSeq ?? 0 },
  };
  if (kind === 'receipt') {
    const receipt = readReceiptPayload(v.files);
    if (!receipt.ok) return receipt;
    const sent = state.bundles.find((b) => b.bundleHash === receipt.value.bundleHash && b.direction === 'sent');
    if (sent === undefined) return err('receipt-unknown', '回执确认的数据包不是本站发出的，已拒绝。');
    return ok({ kind, verified: v, receipt: receipt.value, note: { ...base, deliveredHash: receipt.value.bundleHash } });
  }
  const raw = v.files.get(FEEDBACK_ENTRY);
  const json = raw === undefined ? null : parseBoundedJson(raw, { maxBytes: 32 * 1024 * 1024, maxDepth: 16 }, FEEDBACK_ENTRY);
  if (json === null || !json.ok) return err('invalid-feedback', '反馈包缺少或无法读取审核意见，已拒绝。');
  const feedback = parseFeedbackPayload(json.value);
  if (!feedback.ok) return feedback;
  return ok({ kind, verified: v, feedback: feedback.value, note: { ...base, feedback: feedback.value } });
}

export function commitNoticeBundle(deps: ExchangeDeps, acting: Acting, preview: NoticePreview) {
  return deps.repo.recordBundle(acting.workspace.id, preview.note, acting.actor);
}
