/**
 * The office's signed 锁定清单 at a receiving station (docs/SECURITY.md R13): a feedback bundle carries it
 * while the office's year is locked, directly or inside the office's feedback a summary department relays.
 * It counts only when it verifies against the office key this station pinned and names this station's
 * year; one that does not refuses the whole bundle. The station then shows, for each of its own slices,
 * whether its copy still gives the hash the office locked.
 */
import { academicYearLabel } from '../workspace/collection-period';
import { err, ok, type Result } from '../result';
import type { FeedbackPayload } from '../review/feedback-payload';
import { verifyLockList, type SignedLockList } from './signed-lock-list';
import { sliceContentHash, type ManifestEntry } from '../national-export/locked-year';

export const receivedLockText = {
  refused: (why: string) => `反馈包中的锁定清单未通过督导室密钥的核对（${why}），整个反馈包已拒绝。`,
  otherYear: (theirs: number, ours: number) =>
    `反馈包中的锁定清单属于 ${academicYearLabel(theirs)}，不是本站的 ${academicYearLabel(ours)}，整个反馈包已拒绝。`,
} as const;

export interface LockListHere {
  /** The pinned office key (base64). */
  readonly officePublicKey: string;
  readonly academicYearStart: number;
  /** This station's department: of one lock, the extract cut for it is kept (preferredLockList). */
  readonly departmentCode?: string | null;
}

/** How well a list of one lock serves a station: cut for it, the whole list, another department's extract. */
const fit = (l: SignedLockList, departmentCode: string | null | undefined): number =>
  l.extract === undefined ? 1 : l.extract.for === departmentCode ? 2 : 0;

/**
 * Which of two verified lists of this year a station keeps, in whatever order they arrive (direct from the
 * office, or relayed by a summary department): the newer lock; of the same lock, the one cut for this
 * station (then the whole list, then another department's extract), then the one listing more slices, then
 * the smaller manifest hash. The same list twice keeps `held`.
 */
export function preferredLockList(
  held: SignedLockList,
  incoming: SignedLockList,
  departmentCode: string | null | undefined,
): SignedLockList {
  const a = held.manifest;
  const b = incoming.manifest;
  const order =
    a.at.localeCompare(b.at) ||
    fit(held, departmentCode) - fit(incoming, departmentCode) ||
    a.entries.length - b.entries.length ||
    // The smaller hash wins the last tie: a positive order keeps `held`.
    b.hash.localeCompare(a.hash);
  return order >= 0 ? held : incoming;
}

/**
 * The lists a relayed office feedback offers this station: the summary department's own extract, and the
 * one the office signed for this station among `lockListExtracts` (absent from an older office's feedback;
 * then the summary department's extract is all there is, and it is kept).
 */
export function relayedLockLists(
  relayed: Pick<FeedbackPayload, 'lockList' | 'lockListExtracts'>,
  departmentCode: string | null,
): (SignedLockList | undefined)[] {
  return [relayed.lockList, relayed.lockListExtracts?.find((l) => l.extract?.for === departmentCode)];
}

/**
 * The lists a feedback bundle carries (its own payload's, the relayed office payload's): each must verify
 * against the pinned office key and name this year, else the bundle is refused; the preferred one is kept.
 */
export function acceptLockLists(
  lists: readonly (SignedLockList | undefined)[],
  here: LockListHere,
): Result<SignedLockList | null, 'lock-list-refused'> {
  let newest: SignedLockList | null = null;
  for (const list of lists) {
    if (list === undefined) continue;
    const v = verifyLockList(list, here.officePublicKey);
    if (!v.ok) return err('lock-list-refused', receivedLockText.refused(v.error.message));
    if (v.value.academicYearStart !== here.academicYearStart)
      return err(
        'lock-list-refused',
        receivedLockText.otherYear(v.value.academicYearStart, here.academicYearStart),
      );
    if (newest === null || preferredLockList(newest, v.value, here.departmentCode) !== newest)
      newest = v.value;
  }
  return ok(newest);
}

/** Whether this station's copy of a locked slice gives the hash the office locked. */
export type CopyCheck = 'same' | 'changed';

export interface LockedSliceHere extends ManifestEntry {
  readonly copy: CopyCheck;
  /** This station's copy: its row count and content hash. */
  readonly held: { readonly rows: number; readonly hash: string };
}

const EMPTY = { rows: 0, hash: sliceContentHash([]) };

/**
 * The list's entries for this station's slices (`mine`), each compared with the station's copy (`held`:
 * key `table|department` → its row count and sliceContentHash; a slice it holds no rows of is empty).
 */
export function slicesHere(
  list: SignedLockList,
  mine: (e: ManifestEntry) => boolean,
  held: ReadonlyMap<string, { readonly rows: number; readonly hash: string }>,
): LockedSliceHere[] {
  return list.manifest.entries.filter(mine).map((e) => {
    const copy = held.get(`${e.tableCode}|${e.departmentCode}`) ?? EMPTY;
    const same = copy.hash === e.hash && copy.rows === e.rows;
    return { ...e, copy: same ? 'same' : 'changed', held: copy };
  });
}
