/**
 * What a feedback bundle's signature may say (docs/bundle-rules.md "Who may sign what"). A decision counts
 * only at the level of the station whose key signed it, and only on slices routed through that station:
 * - a summary department's key covers its own returns and level-2 approvals of the slices its contributors
 *   send it — nothing at level 3, no lock or reopen, no other table, and never in the office's name;
 * - the office's key covers its returns, level-3 approvals, locks, reopens and 更新 grants, on slices of the station the
 *   bundle is addressed to (at a summary department: its own and its contributors'); relayed by a summary
 *   department, only the receiving department's slices of tables routed through that summary department.
 * A decision claiming another station than the signer's refuses the whole bundle, so the actor recorded is
 * always the station whose signature covers the decision.
 */
import { err, ok, type Result } from '../result';
import { contributingDepartments, type TaskAssignment } from '../tasks/task-types';
import type { StationRole, UserRole } from '../workspace/workspace-types';
import type { FeedbackDecision, FeedbackPayload } from './feedback-payload';
import type { HistoryEntry } from './review-types';

export interface FeedbackSigner {
  readonly role: 'office' | 'summary' | 'department';
  readonly departmentCode: string;
}

export interface FeedbackScope {
  /** The signing station, from the trust list entry of the key that signed. */
  readonly signer: FeedbackSigner;
  /** The station the signed bundle is addressed to ('OFFICE' never: feedback goes down). */
  readonly addressee: string;
  /** This station, which applies the decisions. */
  readonly here: { readonly role: StationRole; readonly departmentCode: string };
  readonly tasks: readonly TaskAssignment[];
}

const SUMMARY_MAY: ReadonlyArray<[HistoryEntry['action'], number | undefined, readonly UserRole[]]> = [
  ['return', undefined, ['head']],
  ['approve', 2, ['head']],
];
const OFFICE_MAY: ReadonlyArray<[HistoryEntry['action'], number | undefined, readonly UserRole[]]> = [
  ['return', undefined, ['supervisor']],
  ['approve', 3, ['supervisor']],
  ['lock', undefined, ['leader']],
  ['reopen', undefined, ['supervisor', 'leader']],
  ['update', undefined, ['supervisor']],
];

/**
 * The decisions of `payload` that apply at this station, or the refusal naming the first one the signer
 * may not take. Decisions on other stations' slices in an office bundle relayed down are left out (the
 * office wrote one bundle for the whole summary department).
 */
export function authorizeFeedback(
  payload: FeedbackPayload,
  scope: FeedbackScope,
): Result<FeedbackDecision[], 'feedback-not-allowed'> {
  const { signer } = scope;
  const byCode = new Map(scope.tasks.map((t) => [t.tableCode, t]));
  const relayed = signer.role === 'office' && scope.addressee !== scope.here.departmentCode;
  const out: FeedbackDecision[] = [];
  for (const d of payload.decisions) {
    if (relayed && d.departmentCode !== scope.here.departmentCode) continue;
    const why = refusal(d, scope, byCode.get(d.tableCode), relayed);
    if (why !== null)
      return err(
        'feedback-not-allowed',
        `反馈包中 ${d.departmentCode} 的 ${d.tableCode} 表的审核意见（${d.entry.action}）${why}，整个反馈包已拒绝。`,
      );
    out.push(d);
  }
  return ok(out);
}

function refusal(
  d: FeedbackDecision,
  scope: FeedbackScope,
  task: TaskAssignment | undefined,
  relayed: boolean,
): string | null {
  const { signer, here } = scope;
  const e = d.entry;
  const claimed = e.actor.station;
  const sameStation =
    claimed.role === signer.role &&
    (signer.role === 'office' || claimed.departmentCode === signer.departmentCode);
  if (!sameStation) return `署名的站点与签名方 ${signer.departmentCode} 不符`;
  const allowed = signer.role === 'office' ? OFFICE_MAY : signer.role === 'summary' ? SUMMARY_MAY : [];
  const rule = allowed.find(
    ([action, level]) => action === e.action && (level === undefined || level === e.level),
  );
  if (rule === undefined) return `超出签名方 ${signer.departmentCode} 的审核权限`;
  if (!rule[2].includes(e.actor.role)) return `不是由有权限的人员作出的`;
  if (task === undefined || !contributingDepartments(task).includes(d.departmentCode))
    return '所涉的表不是该部门的任务';
  const summary = task.summaryDepartment;
  if (signer.role === 'summary') {
    const routed = summary === signer.departmentCode && d.departmentCode !== summary;
    return routed && d.departmentCode === here.departmentCode
      ? null
      : `所涉的表不经 ${signer.departmentCode} 汇总`;
  }
  if (relayed) return summary === scope.addressee ? null : `所涉的表不经 ${scope.addressee} 汇总`;
  // Direct office feedback: the addressee's own slices, or at a summary department those routed through it.
  if (d.departmentCode === here.departmentCode) return null;
  return here.role === 'summary' && summary === here.departmentCode ? null : '所涉的数据不属于本站';
}
