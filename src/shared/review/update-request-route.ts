/**
 * Where a 申请更新 and its answer travel (docs/bundle-rules.md "申请更新"): exactly the route of the slice
 * it asks for. A request for a table sent straight to the office rides in the department's data bundle to
 * the office; one for a table routed through a summary department rides in the department's data bundle
 * to that summary department, which checks it, stores nothing and forwards it inside the department's
 * signed original (the summary department's own requests ride in its forward's own review entry). The
 * office's answer goes down to the station the slice came from — the department, or the summary
 * department, which relays the office's signed feedback unchanged. An answer counts only inside a payload
 * the office's key signed; a summary department's own payload carrying one is forged.
 *
 * Pure: the receiving side of every check a bundle import makes on requests and answers.
 */
import { err, ok, type Result } from '../result';
import { contributingDepartments, type TaskAssignment } from '../tasks/task-types';
import type { StationRole } from '../workspace/workspace-types';
import { submissionKey, type Submission } from './review-types';
import type { UpdateRequest } from './update-request';

export const routeText = {
  stray: (t: string, d: string) =>
    `数据包中的申请更新（${d} 的表 ${t}）不是由签名部门沿该表的报送路线提出的，整个数据包已拒绝。`,
  forgedAnswer: (t: string, d: string) =>
    `反馈包中对 ${d} 的表 ${t} 的申请更新答复不是督导室签发的，整个反馈包已拒绝。`,
  answerOffRoute: (t: string, d: string, via: string) =>
    `反馈包中对 ${d} 的表 ${t} 的申请更新答复所涉的表不经 ${via} 汇总，整个反馈包已拒绝。`,
} as const;

/**
 * The first request that may not arrive this way, or undefined. `carriers` are the departments whose
 * signature covers the entry a request was read from (a data bundle's sender; a forward's sender and
 * contributors); `via` is the summary department the route passes (null: straight to the office).
 */
export function requestOffRoute(
  requests: readonly UpdateRequest[],
  carriers: ReadonlySet<string>,
  via: string | null,
  tasks: readonly TaskAssignment[],
): UpdateRequest | undefined {
  const byCode = new Map(tasks.map((t) => [t.tableCode, t]));
  return requests.find((r) => {
    const task = byCode.get(r.tableCode);
    return (
      r.status !== 'pending' ||
      !carriers.has(r.departmentCode) ||
      task === undefined ||
      task.summaryDepartment !== via ||
      !contributingDepartments(task).includes(r.departmentCode)
    );
  });
}

/**
 * The requests of a bundle the office takes in: all on their route (else the whole bundle is refused),
 * and of those the ones it does not hold yet — an answered one replayed stays as answered.
 */
export function incomingRequests(
  held: readonly UpdateRequest[],
  incoming: readonly UpdateRequest[],
  carriers: ReadonlySet<string>,
  via: string | null,
  tasks: readonly TaskAssignment[],
): Result<UpdateRequest[], 'request-refused'> {
  const stray = requestOffRoute(incoming, carriers, via, tasks);
  if (stray !== undefined)
    return err('request-refused', routeText.stray(stray.tableCode, stray.departmentCode));
  const known = new Set(held.map((r) => r.id));
  return ok(incoming.filter((r) => !known.has(r.id)));
}

/** The station a request's answer goes to: the one the office received the slice from. */
function answerAddressee(r: UpdateRequest, from: ReadonlyMap<string, Submission>): string {
  return from.get(submissionKey(r.departmentCode, r.tableCode))?.summaryDepartment ?? r.departmentCode;
}

/** The stations the office has answered a 申请更新 for (each gets a feedback bundle). */
export function answeredDepartments(
  requests: readonly UpdateRequest[],
  submissions: readonly Submission[],
): string[] {
  const from = new Map(submissions.map((s) => [submissionKey(s.departmentCode, s.tableCode), s]));
  return [
    ...new Set(requests.filter((r) => r.status !== 'pending').map((r) => answerAddressee(r, from))),
  ].sort();
}

/** A feedback payload with the office's answers for the slices that came from the addressee (none: unchanged). */
export function withUpdateAnswers<P extends { readonly updateAnswers?: readonly UpdateRequest[] }>(
  payload: P,
  requests: readonly UpdateRequest[],
  addressee: string,
  submissions: readonly Submission[],
): P {
  const from = new Map(submissions.map((s) => [submissionKey(s.departmentCode, s.tableCode), s]));
  const answers = requests.filter((r) => r.status !== 'pending' && answerAddressee(r, from) === addressee);
  return answers.length === 0 ? payload : { ...payload, updateAnswers: answers };
}

export interface AnswerSources {
  /** The role of the station whose key signed the outer feedback bundle, and its payload's answers. */
  readonly outer: {
    readonly signerRole: StationRole;
    readonly answers: readonly UpdateRequest[] | undefined;
  };
  /** The office's feedback a summary department relays: addressed to it, with its answers. */
  readonly relay?: { readonly addressee: string; readonly answers: readonly UpdateRequest[] | undefined };
  readonly here: { readonly departmentCode: string };
  readonly tasks: readonly TaskAssignment[];
}

/**
 * The answers this station applies: the office's, to this station's own requests. A summary station
 * leaves its contributors' answers to relay; relayed down, an answer must be on a table routed through
 * the relaying summary department. A forged or off-route answer refuses the whole bundle.
 */
export function answersToTake(s: AnswerSources): Result<UpdateRequest[], 'feedback-not-allowed'> {
  const outer = s.outer.answers ?? [];
  const forged = outer[0];
  if (forged !== undefined && s.outer.signerRole !== 'office')
    return err('feedback-not-allowed', routeText.forgedAnswer(forged.tableCode, forged.departmentCode));
  const mine = outer.filter((a) => a.departmentCode === s.here.departmentCode);
  const byCode = new Map(s.tasks.map((t) => [t.tableCode, t]));
  for (const a of s.relay?.answers ?? []) {
    if (a.departmentCode !== s.here.departmentCode) continue;
    if (byCode.get(a.tableCode)?.summaryDepartment !== s.relay?.addressee)
      return err(
        'feedback-not-allowed',
        routeText.answerOffRoute(a.tableCode, a.departmentCode, s.relay?.addressee ?? ''),
      );
    mine.push(a);
  }
  return ok(mine);
}
