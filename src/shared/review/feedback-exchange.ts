/**
 * The review side of the bundle exchange (docs/ARCHITECTURE.md §6), as pure functions the bundle feature calls:
 * - buildFeedbackPayload: the decisions this station (and those above it) took on the slices that came
 *   from one addressee, for a feedback bundle going back down the route the data came;
 * - applyFeedbackPayload: applies a verified feedback payload to this station's copies. Applying is
 *   idempotent (a decision already in a copy's history is skipped), so re-importing a bundle, or a
 *   bundle that repeats earlier decisions, changes nothing;
 * - receiveSubmission: the sender's copy arriving in a data or forwarded bundle replaces the local copy
 *   and is marked received, so its justifications and history travel with the data.
 */
import { err, ok, type Result } from '../result';
import { reviewText, type ReviewRefusalCode } from './review-text';
import {
  submissionKey,
  type HistoryEntry,
  type StationRef,
  type Submission,
  type Actor,
} from './review-types';
import { applyFeedbackDecision, type FeedbackDecision, type FeedbackPayload } from './feedback-payload';
import { nextReviewState } from './review-workflow';

/**
 * Upstream decisions: returns, L2/L3 approvals, lock, reopen and the office's 更新 (a granted 申请更新)
 * — never the station's own submit/receive/更新.
 */
function isUpstreamDecision(e: HistoryEntry): boolean {
  if (e.actor.station.role === 'department') return false;
  if (e.action === 'update') return e.actor.station.role === 'office';
  if (e.action === 'return' || e.action === 'lock' || e.action === 'reopen') return true;
  return e.action === 'approve' && (e.level === 2 || e.level === 3);
}

/** Whether this slice came to `station` from `addressee` (so feedback on it goes back there). */
export function cameFrom(s: Submission, station: StationRef, addressee: string): boolean {
  if (station.role === 'office') return (s.summaryDepartment ?? s.departmentCode) === addressee;
  if (station.role === 'summary')
    return s.summaryDepartment === station.departmentCode && s.departmentCode === addressee;
  return false;
}

/** The stations this station sends feedback to: one per sender it received slices from. */
export function feedbackAddressees(submissions: readonly Submission[], station: StationRef): string[] {
  const out = new Set<string>();
  for (const s of submissions) {
    const a = station.role === 'office' ? (s.summaryDepartment ?? s.departmentCode) : s.departmentCode;
    if (cameFrom(s, station, a) && s.history.some(isUpstreamDecision)) out.add(a);
  }
  return [...out].sort();
}

/** Every upstream decision on the slices that came from `addressee`, oldest first per slice. */
export function buildFeedbackPayload(
  submissions: readonly Submission[],
  station: StationRef,
  addressee: string,
): FeedbackPayload {
  const decisions: FeedbackDecision[] = [];
  // Each station signs only its own decisions (feedback-authority.ts): the office's reach a department
  // behind a summary department as the office's own signed bundle, relayed unchanged (feedback-relay.ts).
  const mine = (e: HistoryEntry) =>
    e.actor.station.role === station.role &&
    (station.role === 'office' || e.actor.station.departmentCode === station.departmentCode);
  for (const s of submissions) {
    if (!cameFrom(s, station, addressee)) continue;
    for (const entry of s.history)
      if (isUpstreamDecision(entry) && mine(entry))
        decisions.push({ departmentCode: s.departmentCode, tableCode: s.tableCode, entry });
  }
  return { format: 'review-feedback', version: 1, decisions };
}

const sameEntry = (a: HistoryEntry, b: HistoryEntry): boolean =>
  a.at === b.at &&
  a.action === b.action &&
  a.actor.name === b.actor.name &&
  a.actor.role === b.actor.role &&
  a.level === b.level;

export interface FeedbackSkip {
  readonly departmentCode: string;
  readonly tableCode: string;
  readonly message: string;
}

export interface FeedbackApplication {
  /** Copies changed by the payload (the final version of each). */
  readonly updated: readonly Submission[];
  readonly applied: number;
  /** Decisions already in the copy's history. */
  readonly alreadyApplied: number;
  /** Decisions that could not be applied here, with the reason. */
  readonly skipped: readonly FeedbackSkip[];
}

/** Applies a validated payload to this station's copies, decision by decision in payload order. */
export function applyFeedbackPayload(
  submissions: readonly Submission[],
  payload: FeedbackPayload,
): FeedbackApplication {
  const byKey = new Map(submissions.map((s) => [submissionKey(s.departmentCode, s.tableCode), s]));
  const changed = new Set<string>();
  const skipped: FeedbackSkip[] = [];
  let applied = 0;
  let alreadyApplied = 0;
  for (const d of payload.decisions) {
    const key = submissionKey(d.departmentCode, d.tableCode);
    const local = byKey.get(key);
    if (!local) {
      skipped.push({
        departmentCode: d.departmentCode,
        tableCode: d.tableCode,
        message: `本站没有表 ${d.tableCode} 的审核记录`,
      });
      continue;
    }
    if (local.history.some((e) => sameEntry(e, d.entry))) {
      alreadyApplied++;
      continue;
    }
    const r = applyFeedbackDecision(local, d);
    if (!r.ok) {
      skipped.push({ departmentCode: d.departmentCode, tableCode: d.tableCode, message: r.error.message });
      continue;
    }
    byKey.set(key, r.value);
    changed.add(key);
    applied++;
  }
  const updated = [...changed].map((k) => byKey.get(k) as Submission);
  return { updated, applied, alreadyApplied, skipped };
}

/**
 * The sender's copy of a slice arriving with its data: it replaces the local copy (its history already
 * holds every decision the local copy saw, since feedback went down before the data came back up). A
 * slice the 负责人 approved is marked received; one forwarded after L2 stays summary-approved for L3.
 */
export function receiveSubmission(
  local: Submission | undefined,
  incoming: Submission,
  actor: Actor,
  ctx: { readonly at: string },
): Result<Submission, ReviewRefusalCode> {
  if (local && local.state === 'locked') return err('locked', reviewText.locked(local.tableCode));
  if (incoming.state === 'summary-approved') return ok(incoming);
  if (incoming.state !== 'dept-approved')
    return err('wrong-state', reviewText.wrongState(incoming.tableCode, 'receive', incoming.state));
  return nextReviewState(incoming, { type: 'receive' }, actor, ctx);
}
