/**
 * 校级更正 relayed through a summary department, on IndexedDB with the real write, export and import
 * paths: TW's A9-6-1 goes through 学生工作处 (XGC, L2) to the office, whose 督导员 corrects one cell;
 * the correction travels in the office's feedback to XGC (applied to XGC's copy), XGC relays the office's
 * signed bundle down inside its own feedback, and TW applies it into its read-only copy — so TW's next
 * bundle carries the corrected value and XGC keeps its copy unchanged. A correction XGC signs itself is
 * refused, TW's database unchanged.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SliceCorrection } from '../../../shared/review/slice-correction';
import { buildDataBundle } from './data-export';
import { dbHash, type Station } from './testing/exchange-kit';
import {
  feedbackWithCorrections as feedbackFrom,
  importData,
  importFeedback,
  relayedToOffice,
  twA9 as key,
} from './testing/relay-kit';
import { must } from './testing/three-stations';

const SUPERVISOR = { name: '钱督导', role: 'supervisor' } as const;
const FIELD = 'projname';

let office: Station;
let summary: Station;
let dept: Station;
let correction: SliceCorrection;
const rowsAt = (s: Station) => s.deps.repo.loadTableRows(key(s));

beforeAll(async () => {
  ({ office, summary, dept } = await relayedToOffice());
  const row = (await rowsAt(office))[1]!;
  correction = {
    id: globalThis.crypto.randomUUID(),
    departmentCode: 'TW',
    tableCode: 'A9-6-1',
    rowId: row.id,
    field: FIELD,
    oldValue: '社会实践项目2',
    newValue: '“三下乡”社会实践项目',
    reason: '与团委立项文件核对',
    actor: { ...SUPERVISOR, station: { role: 'office', departmentCode: null } },
    at: office.deps.now().toISOString(),
  };
  must(await office.deps.repo.correctSlice(office.ws.id, correction, SUPERVISOR));
}, 120_000);

describe('校级更正 relayed through a summary department', () => {
  it('the office addresses the correction to the summary department the slice came through', async () => {
    const bytes = await feedbackFrom(office, 'XGC');
    must(await importFeedback(summary, bytes));
    expect((await rowsAt(summary))[1]!.values[FIELD]).toBe('“三下乡”社会实践项目');
    expect((await summary.deps.repo.listCorrections(summary.ws.id)).map((c) => c.id)).toEqual([
      correction.id,
    ]);
  });

  it('a correction signed by the summary department’s own key is refused; TW unchanged', async () => {
    const forged = { ...correction, id: globalThis.crypto.randomUUID(), newValue: '汇总部门改的值' };
    const bytes = await feedbackFrom(summary, 'TW', (p) => ({ ...p, corrections: [forged] }));
    const before = await dbHash(dept.db);
    const r = await importFeedback(dept, bytes);
    expect(r.ok ? '' : r.error.message).toBe(
      '反馈包中对 TW 的 A9-6-1 表的校级更正不是督导室签发的，整个反馈包已拒绝。',
    );
    expect(await dbHash(dept.db)).toBe(before);
  });

  it('relayed inside XGC’s feedback, TW applies the office’s correction into its read-only copy', async () => {
    must(await importFeedback(dept, await feedbackFrom(summary, 'TW')));
    const rows = await rowsAt(dept);
    expect(rows.map((r) => r.values[FIELD])).toEqual(['社会实践项目1', '“三下乡”社会实践项目']);
    const held = await dept.deps.repo.listCorrections(dept.ws.id);
    expect(held.map((c) => [c.id, c.actor.name, c.reason])).toEqual([
      [correction.id, '钱督导', '与团委立项文件核对'],
    ]);
    expect((await dept.deps.repo.loadSliceFreeze(key(dept))).writable).toBe(false);
  });

  it('TW’s next bundle carries the corrected value; XGC keeps its frozen copy as it is', async () => {
    const before = await rowsAt(summary);
    await importData(
      summary,
      must(await buildDataBundle(dept.deps, dept.acting, await dept.state(), 'XGC')).bytes,
    );
    expect(await rowsAt(summary)).toEqual(before);
  });
});
