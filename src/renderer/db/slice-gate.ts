/**
 * The freeze rule (src/shared/review/slice-freeze.ts) applied inside the data writer's transaction:
 * every row write — grid edits, paste, spreadsheet import, whole-slice commits and bundle merges —
 * reads the slice's stored review record and the year lock first, and is refused with the rule's
 * Chinese message when the slice is frozen, so nothing is written.
 */
import type { SliceKey, StoredRow } from '../../shared/records/record-types';
import {
  departmentFillsAtOwnStation,
  mergeSliceDecision,
  sameSliceContent,
  sliceWriteGate,
  stationUserGate,
  type MergeSliceDecision,
  type SliceWriteVerdict,
} from '../../shared/review/slice-freeze';
import type { StationRef, Submission } from '../../shared/review/review-types';
import type { Workspace } from '../../shared/workspace/workspace-types';
import { workspaceRange } from './key-ranges';
import { receivedYearLockInTx } from './lock-list-writes';
import { loadSlice } from './reads';
import { getSubmission } from './review-reads';
import type { StatusDb } from './schema';
import { WriteRejected } from './write-errors';

/**
 * Whether the year is locked here: the office locks it all at once (any slice locked), and a station that
 * received the office's signed lock list holds it locked for every slice, submitted or not.
 */
export async function isYearLocked(db: StatusDb, workspaceId: string): Promise<boolean> {
  return (await receivedYearLockInTx(db, workspaceId)) !== null || (await anySliceLocked(db, workspaceId));
}

async function anySliceLocked(db: StatusDb, workspaceId: string): Promise<boolean> {
  const [lo, hi] = workspaceRange(workspaceId);
  const hit = await db.submissions
    .where(':id')
    .between(lo, hi)
    .filter((s) => s.state === 'locked')
    .first();
  return hit !== undefined;
}

/**
 * The department's name in this station's list, for refusals: people know “学生工作处”, not “XGC”
 * (its code when the list lacks it).
 */
export async function departmentNameInTx(db: StatusDb, workspaceId: string, code: string): Promise<string> {
  return (await db.departments.get([workspaceId, code]))?.name ?? code;
}

/**
 * The scan for a locked slice (every review record of the year) asked at most once, for a write that
 * checks many slices in one transaction (a merge): nothing such a write does before its last check locks
 * a slice, so one answer serves them all.
 */
export function yearLockOnce(db: StatusDb, workspaceId: string): () => Promise<boolean> {
  let asked: Promise<boolean> | null = null;
  return () => (asked ??= anySliceLocked(db, workspaceId));
}

/**
 * The freeze verdict for one slice at this station, read inside the caller's transaction: for a write by
 * the station's own users (`byUser`, stationUserGate), or for a merge, feedback or correction. `yearLock`
 * answers the scan for a locked slice when the caller shares one among its slices (yearLockOnce).
 */
export async function sliceVerdictInTx(
  db: StatusDb,
  key: SliceKey,
  byUser = false,
  yearLock: () => Promise<boolean> = () => anySliceLocked(db, key.workspaceId),
): Promise<SliceWriteVerdict> {
  // Read loosely: a record written by an older version may lack the station (then only wording differs).
  // The three reads are asked at once (one round of the transaction).
  const [ws, submission, departmentName]: [Partial<Workspace> | undefined, Submission | undefined, string] =
    await Promise.all([
      db.workspaces.get(key.workspaceId),
      getSubmission(db, key),
      departmentNameInTx(db, key.workspaceId, key.departmentCode),
    ]);
  const station: StationRef = ws?.station
    ? { role: ws.station.role, departmentCode: ws.station.departmentCode }
    : { role: 'department', departmentCode: key.departmentCode };
  // A frozen slice needs no lock scan; a draft or unreviewed one is still frozen in a locked year.
  const open = submission === undefined || submission.state === 'draft';
  const received = open ? await receivedYearLockInTx(db, key.workspaceId) : null;
  const input = {
    tableCode: key.tableCode,
    departmentCode: key.departmentCode,
    departmentName,
    submission,
    station,
    yearLocked: open && received === null ? await yearLock() : false,
    receivedLock: received,
  };
  if (!byUser) return sliceWriteGate(input);
  // Only the office's users on a department's slice need the trust list (one more read, off the hot path
  // of a department's own edits).
  const copyAtOffice = station.role === 'office' && station.departmentCode !== key.departmentCode;
  return stationUserGate({
    ...input,
    departmentHasStation: copyAtOffice && (await departmentHasStationInTx(db, key)),
  });
}

/** Whether the department fills at a station of its own, by this station's stored trust list. */
async function departmentHasStationInTx(db: StatusDb, key: SliceKey): Promise<boolean> {
  const stored = await db.trust.get([key.workspaceId, 'trust-list']);
  // Read loosely: the list was verified when stored; an unreadable one registers no department.
  const keys = stored?.kind === 'trust-list' && Array.isArray(stored.list?.keys) ? stored.list.keys : [];
  return departmentFillsAtOwnStation(keys, key.departmentCode);
}

/** Aborts the transaction with the freeze message unless the station's users may write the slice. */
export async function assertSliceWritable(db: StatusDb, key: SliceKey): Promise<void> {
  const v = await sliceVerdictInTx(db, key, true);
  if (!v.writable) throw new WriteRejected('slice-frozen', v.message);
}

/** What a merge does with one incoming slice (write, keep as held, refuse), read inside the transaction. */
export async function mergeDecisionInTx(
  db: StatusDb,
  key: SliceKey,
  incoming: readonly StoredRow[],
  yearLock?: () => Promise<boolean>,
): Promise<MergeSliceDecision> {
  const v = await sliceVerdictInTx(db, key, false, yearLock);
  if (v.writable) return mergeSliceDecision(v, false);
  return mergeSliceDecision(v, sameSliceContent(await loadSlice(db, key), incoming));
}
