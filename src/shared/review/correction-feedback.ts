/**
 * Which 校级更正 travel in which feedback bundle: the office sends each correction down the route the
 * slice came (to its department, or to the summary department it came through, which relays the office's
 * bundle unchanged). Every correction goes again in each later bundle; the receiving station applies a
 * correction it already holds as a no-op (slice-correction.ts `sameCorrection`).
 */
import { cameFrom } from './feedback-exchange';
import type { FeedbackPayload } from './feedback-payload';
import { submissionKey, type StationRef, type Submission } from './review-types';
import type { SliceCorrection } from './slice-correction';

/** The office's corrections of slices that came from `addressee`, oldest first. */
export function correctionsFor(
  corrections: readonly SliceCorrection[],
  submissions: readonly Submission[],
  station: StationRef,
  addressee: string,
): SliceCorrection[] {
  if (station.role !== 'office') return [];
  const from = new Map(submissions.map((s) => [submissionKey(s.departmentCode, s.tableCode), s]));
  return (
    corrections
      .filter((c) => {
        const s = from.get(submissionKey(c.departmentCode, c.tableCode));
        return s !== undefined && cameFrom(s, station, addressee);
      })
      .sort((a, b) => a.at.localeCompare(b.at))
      // Where it was applied here is this station's own record, not part of the signed correction.
      .map(({ appliedAt: _a, ...c }: SliceCorrection & { readonly appliedAt?: string }) => c)
  );
}

/** Stations that have corrections to receive (each gets a feedback bundle even without decisions). */
export function correctionAddressees(
  corrections: readonly SliceCorrection[],
  submissions: readonly Submission[],
): string[] {
  const from = new Map(submissions.map((s) => [submissionKey(s.departmentCode, s.tableCode), s]));
  const out = new Set<string>();
  for (const c of corrections) {
    const s = from.get(submissionKey(c.departmentCode, c.tableCode));
    if (s !== undefined) out.add(s.summaryDepartment ?? s.departmentCode);
  }
  return [...out].sort();
}

/** The feedback payload with the addressee's corrections added (left out when there are none). */
export function withCorrections(
  payload: FeedbackPayload,
  corrections: readonly SliceCorrection[],
  submissions: readonly Submission[],
  station: StationRef,
  addressee: string,
): FeedbackPayload {
  const mine = correctionsFor(corrections, submissions, station, addressee);
  return mine.length === 0 ? payload : { ...payload, corrections: mine };
}
