/**
 * The office's year lock as received at a department, on IndexedDB with the real export and import paths:
 * 团委会 (TW) never submitted its tables (the office seeded them school-approved and locked the year), so
 * every lock decision in the office's feedback is skipped at TW ("本站没有表的审核记录") — yet the signed
 * lock list the feedback carries freezes every TW slice of the year. Only the office's audited reopen,
 * arriving in a later feedback, makes them writable again; a new lock freezes them again.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SliceKey } from '../../../shared/records/record-types';
import { loadReceivedLockList } from '../year-close/received-lock-data';
import { dbHash, fieldRows, type Station } from './testing/exchange-kit';
import {
  FILLER,
  feedbackWithCorrections as feedbackFrom,
  importFeedback,
  lockWithOthersApproved,
} from './testing/relay-kit';
import { must, threeStations } from './testing/three-stations';

const LEADER = { name: '郑校长', role: 'leader' } as const;
const SUPERVISOR = { name: '钱督导', role: 'supervisor' } as const;

let office: Station;
let summary: Station;
let dept: Station;

const slice = (s: Station, tableCode: string, departmentCode: string): SliceKey => ({
  workspaceId: s.ws.id,
  tableCode,
  departmentCode,
});
const a10 = (s: Station) => slice(s, 'A10-3', 'TW');
const rows = (tag: string) => fieldRows(1, () => ({ communityname: `${tag}社团`, membercount: 20 }));

/** The freeze reason the grid shows for `key` at `s`, or null when writable. */
async function frozenReason(s: Station, key: SliceKey): Promise<string | null> {
  const v = await s.deps.repo.loadSliceFreeze(key);
  return v.writable ? null : v.reason;
}

/** A grid commit of `key` at `s` is refused with the lock's message and leaves the database as it was. */
async function refusedWhole(s: Station, key: SliceKey): Promise<string> {
  const before = await dbHash(s.db);
  const r = await s.deps.repo.commitSlice(key, rows('锁定后'), FILLER, 'typed');
  expect(await dbHash(s.db)).toBe(before);
  return r.ok ? '' : r.error.message;
}

beforeAll(async () => {
  ({ office, summary, dept } = await threeStations());
  // Before the lock, TW fills A10-3 freely.
  must(await dept.deps.repo.commitSlice(a10(dept), rows('锁定前'), FILLER, 'typed'));
  await lockWithOthersApproved(office, LEADER);
}, 120_000);

describe('the office’s lock list freezes every slice of the year at the receiving station', () => {
  it('TW’s never-submitted tables are read-only once the office’s feedback with the lock list arrives', async () => {
    expect(await frozenReason(dept, a10(dept))).toBeNull();
    expect(await dept.deps.repo.isYearLocked(dept.ws.id)).toBe(false);
    must(await importFeedback(dept, await feedbackFrom(office, 'TW')));
    // The pages read the year as locked here (数据审核, 完成情况, 我的任务: 已锁定（未报送）).
    expect(await dept.deps.repo.isYearLocked(dept.ws.id)).toBe(true);
    // Every lock decision was skipped (TW holds no review record), so nothing is "locked" by state …
    expect(await dept.deps.repo.listSubmissions(dept.ws.id)).toEqual([]);
    // … but the year is: the grid shows why and who can reopen, and the writer refuses every path.
    const v = await dept.deps.repo.loadSliceFreeze(a10(dept));
    expect(v.writable ? '' : v.reason).toMatch(/^学校已锁定本学年（郑校长，\d{4}-\d{2}-\d{2}）$/);
    expect(v.writable ? '' : v.whoCanReopen).toBe('学校督导室督导员或领导小组填写原因解除年度锁定');
    expect(await refusedWhole(dept, a10(dept))).toMatch(/^表 A10-3（团委会）学校已锁定本学年（郑校长，/);
    const held = await dept.deps.repo.loadTableRows(a10(dept));
    const before = await dbHash(dept.db);
    const edit = await dept.deps.repo.applyRowEdits(a10(dept), { deletes: [held[0]!.id] }, FILLER);
    expect(edit.ok).toBe(false);
    expect(await dbHash(dept.db)).toBe(before);
    // A table TW never filled at all (no rows, no record) too.
    expect(await refusedWhole(dept, slice(dept, 'A10-5', 'TW'))).toContain('学校已锁定本学年');
    // Nor can a never-submitted table be handed over now.
    const submit = await dept.deps.repo.reviewAction(a10(dept), { type: 'submit' }, FILLER);
    expect(submit.ok ? '' : submit.error.message).toContain('学校已锁定本学年');
    expect(await dept.deps.repo.listSubmissions(dept.ws.id)).toEqual([]);
  });

  it('the summary department’s own never-submitted tables freeze the same way', async () => {
    const own = slice(summary, 'A1-1', 'XGC');
    expect(await frozenReason(summary, own)).toBeNull();
    must(await importFeedback(summary, await feedbackFrom(office, 'XGC')));
    expect(await frozenReason(summary, own)).toMatch(/^学校已锁定本学年（郑校长/);
    expect(await refusedWhole(summary, own)).toContain('学校已锁定本学年');
  });

  it('only the office’s audited reopen lifts it; a lock taken after the reopen freezes again', async () => {
    must(await office.deps.repo.reopenYear(office.ws.id, '更正统计口径', SUPERVISOR));
    must(await importFeedback(dept, await feedbackFrom(office, 'TW')));
    expect(await frozenReason(dept, a10(dept))).toBeNull();
    expect(await dept.deps.repo.isYearLocked(dept.ws.id)).toBe(false);
    expect((await loadReceivedLockList(dept.deps.repo, dept.ws))?.reopened?.by).toBe(SUPERVISOR.name);
    must(await dept.deps.repo.commitSlice(a10(dept), rows('解锁后'), FILLER, 'typed'));
    // The 领导小组 locks again: the new list arrives and freezes the year once more.
    must(await office.deps.repo.lockYear(office.ws.id, LEADER));
    must(await importFeedback(dept, await feedbackFrom(office, 'TW')));
    expect(await frozenReason(dept, a10(dept))).toMatch(/^学校已锁定本学年（郑校长/);
    expect(await dept.deps.repo.isYearLocked(dept.ws.id)).toBe(true);
    expect(await refusedWhole(dept, a10(dept))).toContain('学校已锁定本学年');
    expect((await loadReceivedLockList(dept.deps.repo, dept.ws))?.reopened).toBeNull();
  });
});
