/**
 * Whether the rows of a slice may be written at this station (docs/ARCHITECTURE.md, "Review"): data
 * handed over upward is frozen until it comes back. A slice is frozen when it is submitted and not
 * returned (every state but draft: a return always goes back to draft), approved at any level, or in a
 * locked year. The verdict names why and who can make it writable again, so the writer's refusal and
 * the grid's read-only banner say the same thing.
 *
 * Pure: the data writer calls it inside its transaction with the stored review record.
 */
import type { TrustedKey } from '../bundle/trust-list';
import { canonicalJson } from '../canonical-json';
import type { StoredRow } from '../records/record-types';
import { REVIEW_LEVEL_LABELS } from './review-text';
import type { HistoryEntry, ReviewState, StationRef, Submission } from './review-types';

export type SliceFreezeCode = 'slice-submitted' | 'slice-approved' | 'year-locked' | 'slice-copy';

export interface SliceFrozen {
  readonly writable: false;
  readonly code: SliceFreezeCode;
  readonly state: ReviewState;
  /** Why the slice is read-only, e.g. “已于 2026-09-20 由 周主任 审核通过（部门审核）”. */
  readonly reason: string;
  /** Who can make it writable again, and how. */
  readonly whoCanReopen: string;
  /** The whole sentence for a refusal. */
  readonly message: string;
}

export type SliceWriteVerdict = { readonly writable: true } | SliceFrozen;

export interface SliceWriteGateInput {
  readonly tableCode: string;
  readonly departmentCode: string;
  /** The department's name as this station's department list has it; the refusal names it (else the code). */
  readonly departmentName?: string;
  /** The stored review record of the slice; undefined when nothing has happened to it yet. */
  readonly submission: Pick<Submission, 'summaryDepartment' | 'state' | 'history'> | undefined;
  /** The station that would write (its role decides the wording: “本站” or the station's name). */
  readonly station: StationRef;
  /** The office locked the year (any slice of the workspace is locked, or its lock list was received here). */
  readonly yearLocked: boolean;
  /**
   * The office's signed lock list this station received (and no reopen since): it freezes every slice of
   * the year here, those this station never submitted included, and the reason names who locked it.
   */
  readonly receivedLock?: { readonly at: string; readonly by: string } | null;
}

const WRITABLE: SliceWriteVerdict = { writable: true };

const day = (at: string): string => at.slice(0, 10);

/** “由 周主任 于 2026-09-20” from the history entry that put the slice in its state. */
function byWhom(e: HistoryEntry | undefined): string {
  return e ? `（${e.actor.name}，${day(e.at)}）` : '';
}

/** The office, named as the person at the writing station reads it. */
const officeName = (station: StationRef, roles: string): string =>
  station.role === 'office' ? `本站（督导室）${roles}` : `学校督导室${roles}`;

function frozen(
  code: SliceFreezeCode,
  state: ReviewState,
  table: string,
  department: string,
  reason: string,
  whoCanReopen: string,
): SliceFrozen {
  return {
    writable: false,
    code,
    state,
    reason,
    whoCanReopen,
    message: `表 ${table}（${department}）${reason}，数据只读，未写入任何内容；如需修改，须由${whoCanReopen}。`,
  };
}

/** The freeze rule for one slice at one station. */
export function sliceWriteGate(input: SliceWriteGateInput): SliceWriteVerdict {
  const s = input.submission;
  const station = input.station;
  const state: ReviewState = s?.state ?? 'draft';
  const table = input.tableCode;
  const dept = input.departmentName ?? input.departmentCode;
  const last = s?.history.at(-1);
  const received = input.receivedLock ?? null;
  if (state === 'locked' || input.yearLocked || received !== null) {
    return frozen(
      'year-locked',
      state,
      table,
      dept,
      state !== 'locked' && received !== null
        ? `学校已锁定本学年（${received.by}，${day(received.at)}）`
        : `所在年度数据已锁定${state === 'locked' ? byWhom(last) : ''}`,
      `${officeName(station, '督导员或领导小组')}填写原因解除年度锁定`,
    );
  }
  if (s === undefined || state === 'draft') return WRITABLE;
  const upward = s.summaryDepartment !== null ? '汇总部门负责人或学校督导员' : '学校督导员';
  switch (state) {
    case 'submitted':
      return frozen(
        'slice-submitted',
        state,
        table,
        dept,
        `已提交部门负责人审核${byWhom(last)}`,
        '本部门负责人退回',
      );
    case 'dept-approved':
    case 'received':
      return frozen(
        'slice-submitted',
        state,
        table,
        dept,
        state === 'received'
          ? `已报送并由${s.summaryDepartment !== null ? '汇总部门' : '学校'}接收，等待审核${byWhom(last)}`
          : `已经部门负责人审核通过并报送${byWhom(lastApproval(s.history))}`,
        `${upward}退回`,
      );
    case 'summary-approved':
    case 'school-approved': {
      const a = lastApproval(s.history);
      const level = a?.level !== undefined ? `（${REVIEW_LEVEL_LABELS[a.level]}）` : '';
      return frozen(
        'slice-approved',
        state,
        table,
        dept,
        `${state === 'summary-approved' ? '已经汇总部门审核通过' : '已经学校审核通过'}${level}${byWhom(a)}`,
        `${officeName(station, '督导员')}退回`,
      );
    }
  }
}

export interface StationUserGateInput extends SliceWriteGateInput {
  /**
   * At the office: the department fills at a station of its own (departmentFillsAtOwnStation), so its
   * slices here are the copies its bundles brought.
   */
  readonly departmentHasStation?: boolean;
}

/**
 * The rule for the station's own users (grid, paste, spreadsheet import), stricter than the merge's: a
 * station holds the slices other stations send it as their bundles brought them, so its users never write
 * them, not even a copy it returned to draft; only their bundles, the office's feedback and 校级更正
 * change them. A summary department holds such copies of the departments it summarises; the office of
 * every department with a station of its own. The office's own tables and those of a department without
 * a station (filled at the office on its behalf) follow the freeze rule alone.
 */
export function stationUserGate(input: StationUserGateInput): SliceWriteVerdict {
  const v = sliceWriteGate(input);
  const { station } = input;
  if (!v.writable || station.departmentCode === input.departmentCode) return v;
  const copy =
    station.role === 'summary' || (station.role === 'office' && input.departmentHasStation === true);
  if (!copy) return v;
  const dept = input.departmentName ?? input.departmentCode;
  return frozen(
    'slice-copy',
    input.submission?.state ?? 'draft',
    input.tableCode,
    dept,
    '是该部门报送到本站的副本',
    station.role === 'office'
      ? `${dept}修改后重新报送；报送到本站后，本站督导员或领导小组也可作校级更正`
      : `${dept}修改后重新报送`,
  );
}

/** The parts of a trust-list key that say whose station it is. */
export type StationKeyRef = Pick<TrustedKey, 'departmentCode' | 'role' | 'revokedAt'>;

/**
 * Whether a department fills at a station of its own, as the office knows it: the office's trust list
 * holds a department or summary key of that department that is not revoked. Its slices then reach the
 * office only in its signed bundles. A department with no such key (never registered, or every key
 * revoked: no bundle of it can be imported any more) is filled at the office on its behalf.
 */
export function departmentFillsAtOwnStation(keys: readonly StationKeyRef[], departmentCode: string): boolean {
  return keys.some(
    (k) => k.departmentCode === departmentCode && k.role !== 'office' && k.revokedAt === undefined,
  );
}

function lastApproval(history: readonly HistoryEntry[]): HistoryEntry | undefined {
  for (let i = history.length - 1; i >= 0; i--) if (history[i]?.action === 'approve') return history[i];
  return undefined;
}

/** Whether two versions of a slice hold the same rows (ids and values; provenance and order aside). */
export function sameSliceContent(a: readonly StoredRow[], b: readonly StoredRow[]): boolean {
  if (a.length !== b.length) return false;
  const key = (rows: readonly StoredRow[]) =>
    canonicalJson(
      [...rows].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)).map((r) => [r.id, r.values]),
    );
  return key(a) === key(b);
}

/**
 * What a merge does with one incoming slice: write it, leave it as held (a frozen slice whose rows
 * would not change — e.g. a forward re-sending an original this station already holds), or refuse
 * the whole bundle naming this slice (a frozen slice whose rows would change).
 */
export type MergeSliceDecision =
  | { readonly action: 'write' }
  | { readonly action: 'keep' }
  | { readonly action: 'refuse'; readonly message: string };

export function mergeSliceDecision(verdict: SliceWriteVerdict, sameContent: boolean): MergeSliceDecision {
  if (verdict.writable) return { action: 'write' };
  if (sameContent) return { action: 'keep' };
  return { action: 'refuse', message: verdict.message };
}
