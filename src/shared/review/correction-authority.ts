/**
 * Which 校级更正 of a verified feedback bundle a station applies (docs/bundle-rules.md "Who may sign
 * what"). A correction is the office's alone: it counts only inside a payload the office's key signed —
 * the bundle itself, or the office's bundle a summary department relays unchanged. A summary
 * department's own payload carrying one is forged and refuses the whole bundle, as does a correction of
 * a table not assigned to its department, or (sent straight to this station) of data that is not this
 * station's. Relayed down, only the receiving department's corrections on tables routed through the
 * relaying summary department apply; the rest were the summary department's own.
 */
import { err, ok, type Result } from '../result';
import { contributingDepartments, type TaskAssignment } from '../tasks/task-types';
import type { StationRole } from '../workspace/workspace-types';
import type { SliceCorrection } from './slice-correction';

export interface CorrectionSources {
  /** The role of the station whose key signed the outer bundle, and its payload's corrections. */
  readonly outer: {
    readonly signerRole: StationRole;
    readonly corrections: readonly SliceCorrection[] | undefined;
  };
  /** The office's feedback relayed by a summary department: addressed to it, with its corrections. */
  readonly relay?: {
    readonly addressee: string;
    readonly corrections: readonly SliceCorrection[] | undefined;
  };
  readonly here: { readonly role: StationRole; readonly departmentCode: string };
  readonly tasks: readonly TaskAssignment[];
}

const refuse = (c: SliceCorrection, why: string) =>
  err(
    'feedback-not-allowed' as const,
    `反馈包中对 ${c.departmentCode} 的 ${c.tableCode} 表的校级更正${why}，整个反馈包已拒绝。`,
  );

/** The corrections to apply here, oldest first, or the refusal naming the first that may not be. */
export function correctionsToApply(s: CorrectionSources): Result<SliceCorrection[], 'feedback-not-allowed'> {
  const byCode = new Map(s.tasks.map((t) => [t.tableCode, t]));
  const out: SliceCorrection[] = [];
  const direct = s.outer.corrections ?? [];
  if (direct.length > 0 && s.outer.signerRole !== 'office') return refuse(direct[0]!, '不是督导室签发的');
  for (const c of direct) {
    const task = byCode.get(c.tableCode);
    if (task === undefined || !contributingDepartments(task).includes(c.departmentCode))
      return refuse(c, '所涉的表不是该部门的任务');
    const mine =
      c.departmentCode === s.here.departmentCode ||
      (s.here.role === 'summary' && task.summaryDepartment === s.here.departmentCode);
    if (!mine) return refuse(c, '所涉的数据不属于本站');
    out.push(c);
  }
  for (const c of s.relay?.corrections ?? []) {
    if (c.departmentCode !== s.here.departmentCode) continue;
    const task = byCode.get(c.tableCode);
    if (task === undefined || !contributingDepartments(task).includes(c.departmentCode))
      return refuse(c, '所涉的表不是该部门的任务');
    if (task.summaryDepartment !== s.relay?.addressee)
      return refuse(c, `所涉的表不经 ${s.relay?.addressee} 汇总`);
    out.push(c);
  }
  return ok(out.sort((a, b) => a.at.localeCompare(b.at)));
}
