/**
 * Office decisions relayed by a summary department (docs/bundle-rules.md "Bundles inside bundles"): the
 * summary department's feedback bundle carries the office's own signed feedback bundle, unchanged, as
 * `files/relay-office-<seq>.sdd`. The department verifies it as if it had arrived at the summary department
 * — pinned office key, addressed to that summary department, this year, its sequence per (office key,
 * summary department) including "older than held" — so the summary department's key can neither forge nor
 * roll back an office decision.
 */
import { olderThanHeld } from '../bundle/sequence-policy';
import { verifyBundle, type VerifiedBundle, type VerifyContext } from '../bundle/verify-bundle';
import type { SequenceState } from '../bundle/sequence-policy';
import { err, ok, type Result } from '../result';
import { FEEDBACK_ENTRY, readFeedbackPayload, type FeedbackPayload } from './feedback-payload';

export const RELAY_PREFIX = 'files/relay-office-';

/** Entry name of the office's feedback bundle inside a summary department's feedback bundle. */
export function relayEntryPath(seq: number): string {
  return `${RELAY_PREFIX}${seq}.sdd`;
}

export interface RelayedFeedback {
  readonly keyId: string;
  /** The office key's trust list entry: department and role (re-checked at the commit). */
  readonly signer: { readonly role: 'office'; readonly departmentCode: string };
  /** The summary department the office addressed it to. */
  readonly addressee: string;
  readonly seq: number;
  readonly bundleHash: string;
  readonly feedback: FeedbackPayload;
  /** Sequence state for (office key, summary department) when the relayed bundle is new here. */
  readonly nextSequenceState?: SequenceState;
}

/** The relayed office feedback of a verified feedback bundle, null when it carries none. */
export function verifyRelay(outer: VerifiedBundle, ctx: VerifyContext): Result<RelayedFeedback | null> {
  const relays = [...outer.files.keys()].filter((p) => p.startsWith(RELAY_PREFIX));
  const other = [...outer.files.keys()].find((p) => p !== FEEDBACK_ENTRY && !p.startsWith(RELAY_PREFIX));
  if (other !== undefined) return err('invalid-feedback', `反馈包中有无法识别的文件 ${other}，已拒绝。`);
  if (relays.length === 0) return ok(null);
  const summary = outer.manifest.sender.departmentCode;
  if (relays.length > 1 || outer.signer.role !== 'summary')
    return err('invalid-feedback', '反馈包转来的督导室意见来源不符，已拒绝。');
  const path = relays[0]!;
  const inner = verifyBundle(outer.files.get(path)!, {
    ...ctx,
    station: { role: 'summary', departmentCode: summary },
    acceptKinds: ['feedback'],
  });
  if (!inner.ok)
    return err(inner.error.code, `反馈包中转来的督导室意见 ${path} 未通过校验：${inner.error.message}`);
  if (inner.value.signer.role !== 'office')
    return err('invalid-feedback', `反馈包中转来的 ${path} 不是督导室签发的，已拒绝。`);
  const m = inner.value.manifest;
  const older = olderThanHeld(inner.value.status, m.seq, ctx.sequenceState(m.keyId, summary));
  if (older !== null) return err('replay', `反馈包中转来的督导室意见${older}`);
  const feedback = readFeedbackPayload(inner.value.files);
  if (!feedback.ok) return feedback;
  return ok({
    keyId: m.keyId,
    signer: { role: 'office', departmentCode: inner.value.signer.departmentCode },
    addressee: summary,
    seq: m.seq,
    bundleHash: inner.value.bundleHash,
    feedback: feedback.value,
    ...(inner.value.nextSequenceState === undefined
      ? {}
      : { nextSequenceState: inner.value.nextSequenceState }),
  });
}
