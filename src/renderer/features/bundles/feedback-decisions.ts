/**
 * Which decisions of a verified feedback bundle this station applies (docs/bundle-rules.md "Who may sign
 * what"): those the signer may take here (authorizeFeedback), plus — from a summary department — the
 * office's own decisions it relays as the office's signed bundle, checked the same way against the office
 * key. Together in the order they were taken, so a return and a later approval land as they happened.
 */
import type { VerifiedImport } from '../../../shared/bundle/verify-ops';
import { correctionsToApply } from '../../../shared/review/correction-authority';
import { authorizeFeedback } from '../../../shared/review/feedback-authority';
import { answersToTake } from '../../../shared/review/update-request-route';
import type { FeedbackPayload } from '../../../shared/review/feedback-payload';
import { err, ok, type Result } from '../../../shared/result';
import type { TaskAssignment } from '../../../shared/tasks/task-types';
import type { Workspace } from '../../../shared/workspace/workspace-types';
import { acceptLockLists, relayedLockLists } from '../../../shared/year-close/received-lock-list';
import type { SignedLockList } from '../../../shared/year-close/signed-lock-list';
import type { ExchangeState, GuardedSequence, SignerClaim } from '../../data/records';
import { guardedSequence } from './exchange-context';

export interface FeedbackToApply {
  readonly payload: FeedbackPayload;
  readonly innerSequences: readonly GuardedSequence[];
  /** The relayed office key, re-checked at the commit with the outer signer. */
  readonly signers: readonly SignerClaim[];
  /** The office's signed 锁定清单 the bundle carries, verified against the pinned key (newest lock). */
  readonly lockList: SignedLockList | null;
}

export function feedbackToApply(
  ws: Workspace,
  state: ExchangeState,
  tasks: readonly TaskAssignment[],
  imported: VerifiedImport,
): Result<FeedbackToApply> {
  const { verified: v, feedback, relay } = imported;
  if (feedback === undefined) return err('invalid-feedback', '反馈包缺少或无法读取审核意见，已拒绝。');
  const here = { role: ws.station.role, departmentCode: ws.station.departmentCode ?? '' };
  const own = authorizeFeedback(feedback, {
    signer: v.signer,
    addressee: v.manifest.addressee,
    here,
    tasks,
  });
  if (!own.ok) return own;
  // 整改 items are the office's: taken from the office's own signed payload (direct or relayed), and
  // only those addressed to this station's department.
  const officeItems = v.signer.role === 'office' ? feedback.rectifications : relay?.feedback.rectifications;
  const items = (officeItems ?? []).filter((i) => i.departmentCode === here.departmentCode);
  // 校级更正 likewise count only inside the office's signed payload (correction-authority.ts).
  const corrections = correctionsToApply({
    outer: { signerRole: v.signer.role, corrections: feedback.corrections },
    ...(relay ? { relay: { addressee: relay.addressee, corrections: relay.feedback.corrections } } : {}),
    here,
    tasks,
  });
  if (!corrections.ok) return corrections;
  // Answers to 申请更新 likewise: the office's own, to this station's department only.
  const taken = answersToTake({
    outer: { signerRole: v.signer.role, answers: feedback.updateAnswers },
    ...(relay ? { relay: { addressee: relay.addressee, answers: relay.feedback.updateAnswers } } : {}),
    here,
    tasks,
  });
  if (!taken.ok) return taken;
  const answers = taken.value;
  // The 锁定清单 carries its own office signature: wherever it rides, it must verify against the pinned
  // key and name this year, or the whole bundle is refused.
  // Through a summary department, the extract the office signed for this department is the one kept.
  const lockList = acceptLockLists(
    [feedback.lockList, ...(relay ? relayedLockLists(relay.feedback, here.departmentCode) : [])],
    {
      officePublicKey: state.officePin?.publicKey ?? '',
      academicYearStart: ws.academicYearStart,
      departmentCode: here.departmentCode,
    },
  );
  if (!lockList.ok) return lockList;
  const withItems = (p: FeedbackPayload): FeedbackPayload => {
    const {
      rectifications: _r,
      corrections: _c,
      updateAnswers: _u,
      lockList: _l,
      lockListExtracts: _e,
      ...rest
    } = p;
    return {
      ...rest,
      ...(answers.length === 0 ? {} : { updateAnswers: answers }),
      ...(items.length === 0 ? {} : { rectifications: items }),
      ...(corrections.value.length === 0 ? {} : { corrections: corrections.value }),
    };
  };
  if (relay === undefined)
    return ok({
      payload: withItems({ ...feedback, decisions: own.value }),
      innerSequences: [],
      signers: [],
      lockList: lockList.value,
    });
  const relayed = authorizeFeedback(relay.feedback, {
    signer: relay.signer,
    addressee: relay.addressee,
    here,
    tasks,
  });
  if (!relayed.ok) return relayed;
  const decisions = [...own.value, ...relayed.value].sort((a, b) => a.entry.at.localeCompare(b.entry.at));
  const next = relay.nextSequenceState;
  return ok({
    payload: withItems({ ...feedback, decisions }),
    innerSequences:
      next === undefined ? [] : [guardedSequence(ws, state, relay.keyId, relay.addressee, next)],
    signers: [{ keyId: relay.keyId, ...relay.signer, addressee: relay.addressee }],
    lockList: lockList.value,
  });
}
