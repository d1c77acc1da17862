/**
 * The office's signed 锁定清单 travels in its feedback, on IndexedDB with the real export and import paths:
 * TW's A9-6-1 goes through 学生工作处 (XGC, L2) to the office (L3), the office corrects one cell and the
 * 领导小组 locks the year. The office's feedback to XGC carries the list (XGC keeps it), XGC relays the
 * office's signed bundle to TW, which keeps the extract the office signed for TW inside it (its own copy
 * gives the locked hash). A list that is altered, signed by the summary department's key or for another
 * year refuses the whole bundle.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { signBytes } from '../../../shared/bundle/ed25519-keys';
import { passing } from '../../../shared/review/review-test-fixtures';
import { ok } from '../../../shared/result';
import { signLockList, type SignedLockList } from '../../../shared/year-close/signed-lock-list';
import { loadReceivedLockList } from '../year-close/received-lock-data';
import { commitNoticeBundle, previewNoticeBundle } from './notice-import';
import { dbHash, type Station } from './testing/exchange-kit';
import {
  feedbackWithCorrections as feedbackFrom,
  importFeedback,
  lockWithOthersApproved,
  relayedToOffice,
  twA9 as key,
} from './testing/relay-kit';
import { must } from './testing/three-stations';

const SUPERVISOR = { name: '钱督导', role: 'supervisor' } as const;
const LEADER = { name: '郑校长', role: 'leader' } as const;

let office: Station;
let summary: Station;
let dept: Station;
/** The office's signed list as its last feedback to XGC carried it. */
let officeList: SignedLockList;

beforeAll(async () => {
  ({ office, summary, dept } = await relayedToOffice());
  const l3 = { type: 'approve', level: 3, checklist: passing(3), ticks: [] } as const;
  must(await office.deps.repo.reviewAction(key(office), l3, SUPERVISOR));
  const row = (await office.deps.repo.loadTableRows(key(office)))[1]!;
  must(
    await office.deps.repo.correctSlice(
      office.ws.id,
      {
        id: globalThis.crypto.randomUUID(),
        departmentCode: 'TW',
        tableCode: 'A9-6-1',
        rowId: row.id,
        field: 'projname',
        oldValue: '社会实践项目2',
        newValue: '“三下乡”社会实践项目',
        reason: '与团委立项文件核对',
        actor: { ...SUPERVISOR, station: { role: 'office', departmentCode: null } },
        at: office.deps.now().toISOString(),
      },
      SUPERVISOR,
    ),
  );
  await lockWithOthersApproved(office, LEADER);
}, 120_000);

/** A lock list signed with `station`'s key (the office's to sign another year, XGC's to forge one). */
async function signedWith(station: Station, list: SignedLockList): Promise<SignedLockList> {
  const [pair] = [...station.keys.pairs.values()];
  const { format: _f, version: _v, signer: _s, signature: _g, corrections, ...body } = list;
  return must(
    await signLockList(
      { ...body, corrections: corrections ?? [] },
      { publicKey: pair!.publicKey, sign: (m) => Promise.resolve(ok(signBytes(m, pair!.secretKey))) },
    ),
  );
}

/** XGC's feedback to TW carrying `list` as its own payload's; TW must refuse it whole. */
async function refusedAtTW(list: SignedLockList): Promise<string> {
  const before = await dbHash(dept.db);
  const r = await importFeedback(dept, await feedbackFrom(summary, 'TW', (p) => ({ ...p, lockList: list })));
  expect(await dbHash(dept.db)).toBe(before);
  return r.ok ? '' : r.error.message;
}

describe('the signed 锁定清单 in feedback bundles', () => {
  it('the office’s feedback carries its latest lock’s list; XGC keeps it and checks its copies', async () => {
    const bytes = await feedbackFrom(office, 'XGC');
    const p = must(
      await previewNoticeBundle(summary.deps, summary.ws, await summary.state(), bytes, 'feedback'),
    );
    if (p.kind !== 'feedback') throw new Error(p.kind);
    officeList = p.note.lockList!;
    must(await commitNoticeBundle(summary.deps, summary.acting, p));
    const events = await office.deps.repo.loadAuditEvents(office.ws.id);
    const lock = events.filter((e) => e.kind === 'review.lock-year').at(-1)!;
    // XGC's own extract of the whole list the office locked (whose hash it names).
    expect(officeList.extract).toEqual({
      for: 'XGC',
      of: (lock.summary['manifest'] as { hash: string }).hash,
    });
    expect(officeList.corrections?.map((c) => c.newValue)).toEqual(['“三下乡”社会实践项目']);
    const view = (await loadReceivedLockList(summary.deps.repo, summary.ws))!;
    expect(view.verified.ok).toBe(true);
    // XGC's slices and the slice it relays (TW's A9-6-1), nobody else's.
    const owners = new Set(officeList.manifest.entries.map((e) => `${e.departmentCode}`));
    expect([...owners].sort()).toEqual(['TW', 'XGC']);
    expect(officeList.manifest.entries.filter((e) => e.departmentCode === 'TW')).toEqual([
      expect.objectContaining({ tableCode: 'A9-6-1' }),
    ]);
    expect(view.list.manifest.by).toBe('郑校长');
    const tw = view.slices.find((e) => e.departmentCode === 'TW' && e.tableCode === 'A9-6-1')!;
    expect([tw.rows, tw.copy]).toEqual([2, 'same']);
    expect(view.unlocked).toBe(0);
  });

  it('a list signed by the summary department’s own key is refused whole', async () => {
    expect(await refusedAtTW(await signedWith(summary, officeList))).toContain(
      '锁定清单未通过督导室密钥的核对（锁定清单不是由本校督导室的密钥签名',
    );
  });

  it('a list whose row count was changed after signing is refused whole', async () => {
    const [first, ...rest] = officeList.manifest.entries;
    const altered = { ...officeList.manifest, entries: [{ ...first!, rows: first!.rows + 1 }, ...rest] };
    expect(await refusedAtTW({ ...officeList, manifest: altered })).toContain('与其哈希不符');
  });

  it('the office’s list of another year is refused whole', async () => {
    const other = await signedWith(office, { ...officeList, academicYearStart: 2024 });
    expect(await refusedAtTW(other)).toBe(
      '反馈包中的锁定清单属于 2024-2025学年，不是本站的 2025-2026学年，整个反馈包已拒绝。',
    );
  });

  it('the writer checks the list again: a note whose list was swapped after the preview is refused', async () => {
    const bytes = await feedbackFrom(summary, 'TW');
    const p = must(await previewNoticeBundle(dept.deps, dept.ws, await dept.state(), bytes, 'feedback'));
    if (p.kind !== 'feedback') throw new Error(p.kind);
    const before = await dbHash(dept.db);
    const forged = await signedWith(summary, officeList);
    const r = await commitNoticeBundle(dept.deps, dept.acting, {
      ...p,
      note: { ...p.note, lockList: forged },
    });
    expect(r.ok ? '' : r.error.message).toContain('锁定清单未通过督导室密钥的核对');
    expect(await dbHash(dept.db)).toBe(before);
  });

  it('relayed inside XGC’s feedback, TW keeps its own extract; its own copy gives the locked hash', async () => {
    must(await importFeedback(dept, await feedbackFrom(summary, 'TW')));
    const view = (await loadReceivedLockList(dept.deps.repo, dept.ws))!;
    expect(view.verified.ok).toBe(true);
    // The extract the office signed for TW (carried beside XGC's own in the relayed bundle): every TW
    // slice, none of XGC's, naming the same whole list.
    expect(view.list.extract).toEqual({ for: 'TW', of: officeList.extract!.of });
    expect(view.list.manifest.hash).not.toBe(officeList.manifest.hash);
    expect(view.list.manifest.entries.every((e) => e.departmentCode === 'TW')).toBe(true);
    expect(view.list.manifest.entries.length).toBeGreaterThan(1);
    expect(view.slices.map((e) => e.tableCode)).toContain('A9-6-1');
    expect(view.slices.every((e) => e.departmentCode === 'TW' && e.copy === 'same')).toBe(true);
    const a9 = view.slices.find((e) => e.tableCode === 'A9-6-1')!;
    expect([a9.rows, a9.held.hash]).toEqual([2, a9.hash]);
    expect(view.list.corrections?.map((c) => c.departmentCode)).toEqual(['TW']);
  });

  it('direct or relayed, in either order, TW keeps its own extract of the lock', async () => {
    const held = async () => (await loadReceivedLockList(dept.deps.repo, dept.ws))!.list.manifest.hash;
    const own = await held();
    // The office's direct feedback carries the same extract: kept, nothing replaced.
    must(await importFeedback(dept, await feedbackFrom(office, 'TW')));
    expect(await held()).toBe(own);
    // XGC's extract of the same lock (as an older office's relay carried it) arriving after: TW keeps its own.
    must(
      await importFeedback(dept, await feedbackFrom(summary, 'TW', (p) => ({ ...p, lockList: officeList }))),
    );
    expect(await held()).toBe(own);
    // Held the other way round (XGC's extract first, written past the import), its own replaces it.
    const record = (await dept.db.trust.get([dept.ws.id, 'lock-list']))!;
    if (record.kind !== 'lock-list') throw new Error(record.kind);
    await dept.db.trust.put({ ...record, list: officeList });
    must(await importFeedback(dept, await feedbackFrom(office, 'TW')));
    expect(await held()).toBe(own);
    const events = await dept.deps.repo.loadAuditEvents(dept.ws.id);
    expect(events.at(-1)?.summary['lockListReplaced']).toBe(officeList.manifest.hash);
  });

  it('a copy that differs from the locked hash is shown as changed', async () => {
    // Written past the writer (as a restored or tampered database would hold it).
    const rows = await dept.deps.repo.loadTableRows(key(dept));
    const block = (await dept.db.blocks.toArray()).find((b) => b.tableCode === 'A9-6-1')!;
    await dept.db.blocks.put({
      ...block,
      rows: [{ ...rows[0]!, values: { projname: '改过的值' } }, rows[1]!],
    });
    const view = (await loadReceivedLockList(dept.deps.repo, dept.ws))!;
    const a9 = view.slices.find((e) => e.tableCode === 'A9-6-1')!;
    expect([a9.copy, a9.held.rows]).toEqual(['changed', 2]);
    expect(view.slices.filter((e) => e.copy === 'changed')).toHaveLength(1);
  });

  it('the office sends TW its own extract: TW’s slices and corrections only, signed on its own', async () => {
    const p = must(
      await previewNoticeBundle(
        dept.deps,
        dept.ws,
        await dept.state(),
        await feedbackFrom(office, 'TW'),
        'feedback',
      ),
    );
    if (p.kind !== 'feedback') throw new Error(p.kind);
    const list = p.note.lockList!;
    expect(list.extract).toEqual({ for: 'TW', of: officeList.extract!.of });
    expect(list.manifest.entries.length).toBeGreaterThan(1);
    expect(list.manifest.entries.every((e) => e.departmentCode === 'TW')).toBe(true);
    expect(list.corrections?.map((c) => c.departmentCode)).toEqual(['TW']);
    // The whole list stays at the office: it holds every department's slices.
    const events = await office.deps.repo.loadAuditEvents(office.ws.id);
    const whole = events.filter((e) => e.kind === 'review.lock-year').at(-1)!.summary['manifest'] as {
      entries: unknown[];
    };
    expect(whole.entries.length).toBeGreaterThan(list.manifest.entries.length + 10);
  });

  it('a tampered extract is refused whole: a slice added, or cut for another department', async () => {
    const other = {
      tableCode: 'A1-1',
      departmentCode: 'XGC',
      rows: 0,
      hash: officeList.manifest.entries[0]!.hash,
    };
    const added = { ...officeList.manifest, entries: [...officeList.manifest.entries, other] };
    expect(await refusedAtTW({ ...officeList, manifest: added })).toContain('与其哈希不符');
    expect(await refusedAtTW({ ...officeList, extract: { ...officeList.extract!, for: 'TW' } })).toContain(
      '签名无效',
    );
  });
});
