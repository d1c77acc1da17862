/**
 * What a department or summary department shows of the office's 锁定清单 it received in a feedback bundle
 * (docs/SECURITY.md R13): the list, checked again against the office key pinned here, and for each slice
 * this station holds whether its own copy still gives the row count and hash the office locked.
 */
import { sliceContentHash } from '../../../shared/national-export/locked-year';
import type { Result } from '../../../shared/result';
import { submissionKey } from '../../../shared/review/review-types';
import type { Workspace } from '../../../shared/workspace/workspace-types';
import {
  acceptLockLists,
  slicesHere,
  type LockedSliceHere,
} from '../../../shared/year-close/received-lock-list';
import type { SignedLockList } from '../../../shared/year-close/signed-lock-list';
import type { Repository } from '../../data/repository';

export interface ReceivedLockView {
  readonly list: SignedLockList;
  readonly receivedAt: string;
  /** The list checked against the pinned office key and this year, now. */
  readonly verified: Result<SignedLockList | null>;
  readonly slices: readonly LockedSliceHere[];
  /** How many of those slices are no longer locked here (the office reopened the year since). */
  readonly unlocked: number;
  /** The office's reopen that reached this station after the lock (then the year is writable here again). */
  readonly reopened: { readonly at: string; readonly by: string } | null;
}

export async function loadReceivedLockList(
  repo: Repository,
  ws: Workspace,
): Promise<ReceivedLockView | null> {
  const state = await repo.loadExchange(ws.id);
  const held = state.lockList;
  if (held === null) return null;
  const submissions = await repo.listSubmissions(ws.id);
  const mine = new Map(submissions.map((s) => [submissionKey(s.departmentCode, s.tableCode), s]));
  const keyOf = (e: { tableCode: string; departmentCode: string }) =>
    submissionKey(e.departmentCode, e.tableCode);
  // Its own department's slices (an empty one too: the office locked it empty), and those it holds a
  // review record for (a summary department's contributors').
  const own = ws.station.departmentCode;
  const isMine = (e: { tableCode: string; departmentCode: string }) =>
    e.departmentCode === own || mine.has(keyOf(e));
  const entries = held.list.manifest.entries.filter(isMine);
  const copies = new Map<string, { rows: number; hash: string }>();
  for (const e of entries) {
    const rows = await repo.loadTableRows({
      workspaceId: ws.id,
      tableCode: e.tableCode,
      departmentCode: e.departmentCode,
    });
    copies.set(`${e.tableCode}|${e.departmentCode}`, { rows: rows.length, hash: sliceContentHash(rows) });
  }
  return {
    list: held.list,
    receivedAt: held.receivedAt,
    verified: acceptLockLists([held.list], {
      officePublicKey: state.officePin?.publicKey ?? '',
      academicYearStart: ws.academicYearStart,
    }),
    slices: slicesHere(held.list, isMine, copies),
    reopened: held.reopened ?? null,
    unlocked: entries.filter((e) => {
      const s = mine.get(keyOf(e));
      return s !== undefined && s.state !== 'locked';
    }).length,
  };
}
