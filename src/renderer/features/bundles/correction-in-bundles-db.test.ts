/**
 * 校级更正 through the real write, export and import paths on IndexedDB: TW's approved A10-3 reaches the
 * office frozen; the office's 督导员 corrects one cell (an audited write the grid's edit path still
 * refuses), the correction travels signed in the next feedback bundle and TW applies it into its
 * read-only copy, so TW's next data bundle carries the corrected value and merges at the office as
 * unchanged. Forged, replayed, modified and mismatching corrections are refused with the database unchanged.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../../shared/catalog/builtin-catalog';
import { sampleRows } from '../../../shared/national-export/testing/sample-rows';
import { buildFeedbackPayload } from '../../../shared/review/feedback-exchange';
import { withCorrections } from '../../../shared/review/correction-feedback';
import { passing } from '../../../shared/review/review-test-fixtures';
import type { SliceCorrection } from '../../../shared/review/slice-correction';
import { getAuditEvents } from '../../db/reads';
import type { ReviewUser } from '../../db/review-writes';
import { commitDataBundle } from './data-commit';
import { buildDataBundle, exportFeedbackBundle } from './data-export';
import { previewDataBundle } from './data-import';
import { commitNoticeBundle, previewNoticeBundle } from './notice-import';
import { dbHash, type Station } from './testing/exchange-kit';
import { must, threeStations } from './testing/three-stations';

const FILLER: ReviewUser = { name: '唐信息', role: 'filler' };
const HEAD: ReviewUser = { name: '田书记', role: 'head' };
const SUPERVISOR = { name: '吴督导', role: 'supervisor' } as const;
const TABLE = 'A10-3';
const table = builtInCatalog().tables.find((t) => t.code === TABLE)!;
const FIELD = table.fields.find((f) => f.type === 'text')!.key;

let office: Station;
let dept: Station;
const keyAt = (s: Station) => ({ workspaceId: s.ws.id, tableCode: TABLE, departmentCode: 'TW' });
const rowsAt = (s: Station) => s.deps.repo.loadTableRows(keyAt(s));

/** TW fills, submits and approves A10-3 and sends it to the office, which receives it (frozen there). */
async function handOver(): Promise<void> {
  must(await dept.deps.repo.commitSlice(keyAt(dept), sampleRows(table, 3, 1), FILLER, 'test'));
  must(await dept.deps.repo.reviewAction(keyAt(dept), { type: 'submit' }, FILLER));
  must(
    await dept.deps.repo.reviewAction(
      keyAt(dept),
      { type: 'approve', level: 1, checklist: passing(1), ticks: [] },
      HEAD,
    ),
  );
  await toOffice();
}

async function toOffice() {
  const out = must(await buildDataBundle(dept.deps, dept.acting, await dept.state(), 'OFFICE'));
  must(await dept.deps.repo.recordBundle(dept.ws.id, { bundle: out.record }, dept.acting.actor));
  const p = must(await previewDataBundle(office.deps, office.ws, await office.state(), out.bytes));
  return commitDataBundle(office.deps, office.acting, p);
}

async function correction(newValue: string, oldValue?: string): Promise<SliceCorrection> {
  const row = (await rowsAt(office))[1]!;
  return {
    id: globalThis.crypto.randomUUID(),
    departmentCode: 'TW',
    tableCode: TABLE,
    rowId: row.id,
    field: FIELD,
    oldValue: oldValue ?? row.values[FIELD] ?? null,
    newValue,
    reason: '与登记名册核对',
    actor: { ...SUPERVISOR, station: { role: 'office', departmentCode: null } },
    at: office.deps.now().toISOString(),
  };
}

async function feedbackToTW(): Promise<Uint8Array> {
  const submissions = await office.deps.repo.listSubmissions(office.ws.id);
  const corrections = await office.deps.repo.listCorrections(office.ws.id);
  const payload = withCorrections(
    buildFeedbackPayload(submissions, office.ws.station, 'TW'),
    corrections,
    submissions,
    office.ws.station,
    'TW',
  );
  const out = must(await exportFeedbackBundle(office.deps, office.acting, 'TW', payload));
  must(await office.deps.repo.recordBundle(office.ws.id, { bundle: out.record }, office.acting.actor));
  return out.bytes;
}

async function importFeedback(bytes: Uint8Array) {
  const p = await previewNoticeBundle(dept.deps, dept.ws, await dept.state(), bytes, 'feedback');
  if (!p.ok) return p;
  if (p.value.kind === 'already-imported') throw new Error('already imported');
  return commitNoticeBundle(dept.deps, dept.acting, p.value);
}
const message = (r: { ok: boolean; error?: { message: string } }) => (r.ok ? '' : (r.error?.message ?? ''));

beforeAll(async () => {
  ({ office, dept } = await threeStations());
  await handOver();
}, 60_000);

describe('校级更正 at the office', () => {
  it('the received slice is frozen at the office: a grid edit is refused', async () => {
    const row = (await rowsAt(office))[0]!;
    const r = await office.deps.repo.applyRowEdits(
      keyAt(office),
      { upserts: [{ ...row, values: { ...row.values, [FIELD]: 'x' } }] },
      SUPERVISOR,
    );
    expect(message(r)).toContain('数据只读');
  });

  it('refuses a correction whose old value is not what the office holds, naming the cell', async () => {
    const before = await dbHash(office.db);
    const r = await office.deps.repo.correctSlice(
      office.ws.id,
      await correction('新名称', '不是这个值'),
      SUPERVISOR,
    );
    expect(message(r)).toMatch(
      /^表 A10-3（团委会）第 2 行「.+」本站的值为「.+」，不是更正前的「不是这个值」，校级更正未应用。$/,
    );
    expect(await dbHash(office.db)).toBe(before);
  });

  it('refuses a correction by an office filler or without a reason', async () => {
    const before = await dbHash(office.db);
    const c = await correction('新名称');
    const filler = { ...c, actor: { ...c.actor, role: 'filler' as const } };
    expect(message(await office.deps.repo.correctSlice(office.ws.id, filler, SUPERVISOR))).toContain(
      '不合规',
    );
    expect(
      message(await office.deps.repo.correctSlice(office.ws.id, { ...c, reason: '' }, SUPERVISOR)),
    ).toContain('更正原因');
    expect(await dbHash(office.db)).toBe(before);
  });

  it('writes exactly the one cell, stores the correction and audits cell, values, reason and who', async () => {
    const before = await rowsAt(office);
    const c = await correction('书法协会（更正）');
    must(await office.deps.repo.correctSlice(office.ws.id, c, SUPERVISOR));
    const after = await rowsAt(office);
    expect(after[1]!.values[FIELD]).toBe('书法协会（更正）');
    expect(after.map((r, i) => (i === 1 ? null : r))).toEqual(before.map((r, i) => (i === 1 ? null : r)));
    expect((await office.deps.repo.listCorrections(office.ws.id)).map((x) => x.id)).toEqual([c.id]);
    const last = (await getAuditEvents(office.db, office.ws.id)).at(-1)!;
    expect(last.kind).toBe('slice.correct');
    expect(last.summary).toMatchObject({
      table: TABLE,
      department: 'TW',
      row: 2,
      field: FIELD,
      new: '书法协会（更正）',
      reason: '与登记名册核对',
      by: '吴督导',
    });
    // The slice stays frozen for every other write.
    expect(message(await office.deps.repo.commitSlice(keyAt(office), after, SUPERVISOR, 'grid'))).toContain(
      '数据只读',
    );
  });
});

describe('校级更正 reaches the department signed in the feedback bundle', () => {
  let bytes: Uint8Array;

  it('a modified bundle (one byte changed) is refused, the department database unchanged', async () => {
    bytes = await feedbackToTW();
    const bad = bytes.slice();
    const at = Math.floor(bad.length / 2);
    bad[at] = (bad[at] ?? 0) ^ 0x01;
    const before = await dbHash(dept.db);
    expect((await importFeedback(bad)).ok).toBe(false);
    expect(await dbHash(dept.db)).toBe(before);
  });

  it('TW applies it into its read-only copy as an audited write; the slice stays frozen', async () => {
    must(await importFeedback(bytes));
    const rows = await rowsAt(dept);
    expect(rows[1]!.values[FIELD]).toBe('书法协会（更正）');
    expect((await dept.deps.repo.listCorrections(dept.ws.id)).map((c) => c.reason)).toEqual([
      '与登记名册核对',
    ]);
    const ev = (await getAuditEvents(dept.db, dept.ws.id)).at(-1)!;
    expect(ev.kind).toBe('bundle.feedback');
    expect(ev.summary['corrections']).toMatchObject([
      { table: TABLE, field: FIELD, new: '书法协会（更正）' },
    ]);
    expect((await dept.deps.repo.loadSliceFreeze(keyAt(dept))).writable).toBe(false);
  });

  it('replayed: the same bundle again changes nothing', async () => {
    const before = await dbHash(dept.db);
    const p = await previewNoticeBundle(dept.deps, dept.ws, await dept.state(), bytes, 'feedback');
    expect(p.ok && p.value.kind).toBe('already-imported');
    expect(await dbHash(dept.db)).toBe(before);
  });

  it('a later bundle repeating the correction applies it once; TW’s next bundle merges at the office unchanged', async () => {
    must(await importFeedback(await feedbackToTW()));
    expect((await dept.deps.repo.listCorrections(dept.ws.id)).length).toBe(1);
    const r = await toOffice();
    expect(r.ok).toBe(true);
    expect((await rowsAt(office))[1]!.values[FIELD]).toBe('书法协会（更正）');
  });

  it('a correction whose old value TW no longer holds refuses the whole bundle, naming the cell', async () => {
    must(await office.deps.repo.correctSlice(office.ws.id, await correction('书法研究会'), SUPERVISOR));
    // TW's copy drifted (written around the writer, as a corrupted or hand-edited store would be).
    const key = [dept.ws.id, TABLE, 'TW', 0] as [string, string, string, number];
    const block = (await dept.db.blocks.get(key))!;
    const drifted = block.rows.map((r, i) =>
      i === 1 ? { ...r, values: { ...r.values, [FIELD]: '别的值' } } : r,
    );
    await dept.db.blocks.put({ ...block, rows: drifted });
    const before = await dbHash(dept.db);
    const r = await importFeedback(await feedbackToTW());
    expect(message(r)).toMatch(
      /^表 A10-3（团委会）第 2 行「.+」本站的值为「别的值」，不是更正前的「书法协会（更正）」，校级更正未应用。$/,
    );
    expect(await dbHash(dept.db)).toBe(before);
  });

  it('a correction with a known id but changed content is refused, database unchanged', async () => {
    const [held] = await dept.deps.repo.listCorrections(dept.ws.id);
    const { appliedAt: _a, ...c } = held!;
    const before = await dbHash(dept.db);
    const r = await dept.deps.repo.recordBundle(
      dept.ws.id,
      {
        bundle: {
          ...(await dept.state()).bundles[0]!,
          bundleHash: 'f'.repeat(64),
          direction: 'received',
          sender: { stationRole: 'office', departmentCode: 'DDS' },
        },
        feedback: {
          format: 'review-feedback',
          version: 1,
          decisions: [],
          corrections: [{ ...c, newValue: '篡改值' }],
        },
      },
      dept.acting.actor,
    );
    expect(message(r)).toContain('与本站已应用的同一更正内容不同');
    expect(await dbHash(dept.db)).toBe(before);
  });

  it('the writer refuses corrections in a note not signed by the office (forged), database unchanged', async () => {
    const c = await correction('伪造值');
    const before = await dbHash(dept.db);
    const r = await dept.deps.repo.recordBundle(
      dept.ws.id,
      {
        bundle: {
          ...(await dept.state()).bundles[0]!,
          bundleHash: 'e'.repeat(64),
          direction: 'received',
          sender: { stationRole: 'summary', departmentCode: 'XGC' },
        },
        feedback: { format: 'review-feedback', version: 1, decisions: [], corrections: [c] },
      },
      dept.acting.actor,
    );
    expect(message(r)).toContain('校级更正只接受督导室签发的反馈包');
    expect(await dbHash(dept.db)).toBe(before);
  });
});
