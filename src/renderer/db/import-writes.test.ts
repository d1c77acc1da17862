import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../shared/records/record-types';
import { studentTable } from '../../shared/sheets/test-tables';
import { createDataWriter } from './data-writer';
import { getAuditEvents, loadSlice } from './reads';
import { ACTOR, makeWorkspace, openTestDb, sliceKey } from './test-fixtures';

const table = studentTable();
const json = (rows: Record<string, CellValue>[]) => JSON.stringify(rows);

async function setup() {
  const db = await openTestDb();
  const writer = createDataWriter(db);
  const ws = makeWorkspace();
  expect((await writer.createWorkspace(ws, ACTOR)).ok).toBe(true);
  return { db, writer, ws, key: sliceKey(ws.id, table.code) };
}

describe('importSlice (spreadsheet import write)', () => {
  it('replace keeps the UUIDs of rows matched on the natural key and keeps their unmapped fields', async () => {
    const { db, writer, key } = await setup();
    expect(
      (
        await writer.importSlice(
          key,
          {
            table,
            values: json([
              { no: 'T1', name: '王一', nation: '汉族' },
              { no: 'T2', name: '李二' },
            ]),
            mappedKeys: ['no', 'name', 'nation'],
            mode: 'replace',
          },
          ACTOR,
        )
      ).ok,
    ).toBe(true);
    const before = await loadSlice(db, key);
    const r = await writer.importSlice(
      key,
      {
        table,
        values: json([
          { no: 'T2', name: '李二改' },
          { no: 'T3', name: '张三' },
        ]),
        mappedKeys: ['no', 'name'],
        mode: 'replace',
      },
      ACTOR,
    );
    expect(r.ok).toBe(true);
    const after = await loadSlice(db, key);
    expect(after.map((x) => x.values.name)).toEqual(['李二改', '张三']);
    expect(after[0]?.id).toBe(before.find((x) => x.values.no === 'T2')?.id);
    expect(after.every((x) => x.src === 'imported' && x.by === ACTOR.actor)).toBe(true);
    const event = (await getAuditEvents(db, key.workspaceId)).at(-1);
    expect(event?.summary).toMatchObject({
      via: 'spreadsheet-import',
      rows: 2,
      updated: 1,
      inserted: 1,
      deleted: 1,
    });
  });

  it('append adds rows, and refuses the whole file when a natural key is already stored, writing nothing', async () => {
    const { db, writer, key } = await setup();
    await writer.importSlice(
      key,
      { table, values: json([{ no: 'T1', name: '王一' }]), mappedKeys: ['no', 'name'], mode: 'replace' },
      ACTOR,
    );
    expect(
      (
        await writer.importSlice(
          key,
          { table, values: json([{ no: 'T2', name: '李二' }]), mappedKeys: ['no', 'name'], mode: 'append' },
          ACTOR,
        )
      ).ok,
    ).toBe(true);
    const events = (await getAuditEvents(db, key.workspaceId)).length;
    const r = await writer.importSlice(
      key,
      {
        table,
        values: json([
          { no: 'T3', name: '张三' },
          { no: 'T1', name: '重复' },
        ]),
        mappedKeys: ['no', 'name'],
        mode: 'append',
      },
      ACTOR,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('替换');
    expect((await loadSlice(db, key)).map((x) => x.values.no)).toEqual(['T1', 'T2']);
    expect((await getAuditEvents(db, key.workspaceId)).length).toBe(events);
  });

  it('refuses text that is not a JSON array of rows', async () => {
    const { db, writer, key } = await setup();
    for (const bad of ['{"no":1}', '[1,2]', '[{"no":1}', '\u0000']) {
      const r = await writer.importSlice(
        key,
        { table, values: bad, mappedKeys: ['no'], mode: 'replace' },
        ACTOR,
      );
      expect(r.ok ? 'ok' : r.error.code).toBe('import-refused');
    }
    expect(await loadSlice(db, key)).toEqual([]);
  });
});
