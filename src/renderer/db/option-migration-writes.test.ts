/**
 * An option-list change saved with the office's decisions: the catalog version and the mapped stored
 * values change in one audited write; kept values stay (flagged); a slice frozen by review is left alone.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { catalogFixture } from '../../shared/catalog/catalog-fixtures';
import type { Catalog } from '../../shared/catalog/catalog-types';
import type { StoredRow } from '../../shared/records/record-types';
import { createDataWriter, type WriteResult } from './data-writer';
import { getAuditEvents, loadSlice } from './reads';
import { ACTOR, makeWorkspace, openTestDb, sliceKey } from './test-fixtures';

function must(r: WriteResult): void {
  if (!r.ok) throw new Error(r.error.message);
}

const row = (id: string, sex: string): StoredRow => ({
  id,
  values: { sex, name: '甲', no: id.slice(-4) },
  by: '林信息',
  at: '2025-10-01T00:00:00.000Z',
  src: 'typed',
});

function renamed(c: Catalog): Catalog {
  return {
    ...c,
    version: c.version + 1,
    tables: c.tables.map((t) =>
      t.code !== 'A10-1'
        ? t
        : { ...t, fields: t.fields.map((f) => (f.key === 'sex' ? { ...f, options: ['男性', '女性'] } : f)) },
    ),
  };
}

describe('saving a catalog with an option-list migration', () => {
  it('maps stored values in the same audited write and keeps the flagged ones', async () => {
    const db = await openTestDb();
    const writer = createDataWriter(db);
    const ws = makeWorkspace();
    const base = { ...catalogFixture(), version: 1 };
    const task = {
      tableCode: 'A10-1',
      responsibleDepartment: 'DDS',
      cooperatingDepartments: [],
      summaryDepartment: null,
      deadline: '20251010',
    };
    must(await writer.createWorkspace(ws, ACTOR, { catalog: base, tasks: [task] }));
    const rsc = sliceKey(ws.id, 'A10-1', 'RSC');
    const xgc = sliceKey(ws.id, 'A10-1', 'DDS');
    must(await writer.commitSlice(xgc, [row('0a5c3c1e-0000-4000-8000-000000000002', '女')], ACTOR));
    // The office's own slice is handed over for review: frozen, so it is not rewritten behind the reviewer.
    must(await writer.reviewAction(xgc, { type: 'submit' }, { name: '林信息', role: 'filler' }, ACTOR));
    const rscRows = [
      row('0a5c3c1e-0000-4000-8000-000000000001', '男'),
      row('0a5c3c1e-0000-4000-8000-000000000003', '未知'),
    ];
    must(await writer.commitSlice(rsc, rscRows, ACTOR));

    const migration = { 'A10-1.sex': { 男: '男性', 女: '女性', 未知: null } };
    must(await writer.saveCatalog(ws.id, renamed(base), { actor: '吴督导' }, migration));

    expect((await loadSlice(db, rsc)).map((r) => [r.values.sex, r.by])).toEqual([
      ['男性', '吴督导'],
      ['未知', '林信息'],
    ]);
    expect((await loadSlice(db, xgc)).map((r) => r.values.sex)).toEqual(['女']);
    const events = await getAuditEvents(db, ws.id);
    const migrate = events.find((e) => e.kind === 'catalog.migrate');
    expect(migrate?.summary).toMatchObject({
      version: 2,
      rows: 1,
      mapped: 1,
      flagged: 2,
      frozen: ['A10-1/DDS'],
    });
    expect(events.at(-2)?.kind).toBe('catalog.save');
  });

  it('writes nothing when the catalog version is refused', async () => {
    const db = await openTestDb();
    const writer = createDataWriter(db);
    const ws = makeWorkspace();
    const base = { ...catalogFixture(), version: 1 };
    must(await writer.createWorkspace(ws, ACTOR, { catalog: base }));
    const rsc = sliceKey(ws.id, 'A10-1', 'RSC');
    must(await writer.commitSlice(rsc, [row('0a5c3c1e-0000-4000-8000-000000000001', '男')], ACTOR));
    const stale = { ...renamed(base), version: 5 };
    const r = await writer.saveCatalog(ws.id, stale, ACTOR, { 'A10-1.sex': { 男: '男性' } });
    expect(r.ok).toBe(false);
    expect((await loadSlice(db, rsc))[0]?.values.sex).toBe('男');
  });
});
