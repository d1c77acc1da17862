import { describe, expect, it } from 'vitest';
import type { FieldDef, TableDef } from '../../../../shared/catalog/catalog-types';
import { parseTsv } from '../../../../shared/values/tsv';
import { buildCellChanges } from './cell-writes';
import { clearWrites, fillDownWrites, fillPatternWrites } from './fill';
import { gridColumns } from './grid-columns';
import { planPaste } from './paste-plan';
import type { StoredRow } from '../../../../shared/records/record-types';

const f = (key: string, type: FieldDef['type'], over: Partial<FieldDef> = {}): FieldDef => ({
  key,
  label: key,
  type,
  unit: '',
  required: false,
  note: '',
  verified: true,
  ...over,
});
const table: TableDef = {
  code: 'T1',
  name: 't',
  category: 'c',
  period: 'point',
  shape: 'list',
  status: 'defined',
  ownerDepartment: null,
  cooperatingDepartments: [],
  core: false,
  naturalKey: ['no'],
  supplementary: false,
  verified: true,
  note: '',
  fields: [f('no', 'code'), f('n', 'integer'), f('d', 'date'), f('sex', 'enum', { options: ['男', '女'] })],
};
const columns = gridColumns(table);
const sel = (c0: number, r0: number, c1 = c0, r1 = r0) => ({ c0, r0, c1, r1 });
const rows: StoredRow[] = [
  { id: 'r0', values: { no: 'A1', n: 1 }, by: 'u', at: 't', src: 'typed' },
  { id: 'r1', values: { no: 'A2', n: 2 }, by: 'u', at: 't', src: 'typed' },
];
const stamp = { by: '李信息', at: '2025-09-01T00:00:00.000Z', src: 'pasted' as const };
let n = 0;
const ctx = { rows, view: null, columns, stamp, newId: () => `new${n++}` };

describe('planPaste', () => {
  it('converts each column with its parser and keeps bad text as error cells', () => {
    const plan = planPaste(parseTsv('1,234\t2023/9/1\r\n三十\t2023年13月\r\n'), sel(1, 0), columns);
    expect(plan.writes).toEqual([
      { viewRow: 0, col: 1, value: 1234 },
      { viewRow: 1, col: 1, value: '三十' },
      { viewRow: 0, col: 2, value: '20230901' },
      { viewRow: 1, col: 2, value: '2023年13月' },
    ]);
    expect(plan.errors).toBe(2);
  });

  it('fills the whole selection from one copied cell and tiles a range that divides it', () => {
    expect(planPaste([['女']], sel(3, 0, 3, 2), columns).writes.map((w) => w.value)).toEqual([
      '女',
      '女',
      '女',
    ]);
    const tiled = planPaste([['1'], ['2']], sel(1, 0, 1, 3), columns);
    expect(tiled.writes.map((w) => w.value)).toEqual([1, 2, 1, 2]);
  });

  it('counts columns beyond the table or on read-only columns as skipped', () => {
    const plan = planPaste([['男', 'x', 'y', 'z']], sel(3, 0), columns);
    expect(plan.skippedColumns).toBe(3);
    expect(plan.writes).toHaveLength(1);
  });

  it('adds rows for pasted rows past the end, in order, with who/when', () => {
    const plan = planPaste(parseTsv('A3\t3\r\nA4\t4\r\n'), sel(0, 2), columns);
    const changes = buildCellChanges(ctx, plan.writes);
    expect(changes.map((c) => [c.index, c.before, c.after?.values])).toEqual([
      [2, null, { no: 'A3', n: 3 }],
      [3, null, { no: 'A4', n: 4 }],
    ]);
    expect(changes[0]?.after?.by).toBe('李信息');
  });

  it('drops writes that change nothing', () => {
    expect(buildCellChanges(ctx, [{ viewRow: 0, col: 1, value: 1 }])).toEqual([]);
  });
});

describe('fill and clear', () => {
  const valueAt = (r: number, c: number) => {
    const col = columns[c];
    return col?.kind === 'field' ? (rows[r]?.values[col.field.key] ?? null) : null;
  };
  it('Ctrl+D copies the top row down, or the row above for one row', () => {
    expect(fillDownWrites(sel(1, 0, 1, 2), valueAt)).toEqual([
      { viewRow: 1, col: 1, value: 1 },
      { viewRow: 2, col: 1, value: 1 },
    ]);
    expect(fillDownWrites(sel(0, 1), valueAt)).toEqual([{ viewRow: 1, col: 0, value: 'A1' }]);
    expect(fillDownWrites(sel(0, 0), valueAt)).toEqual([]);
  });

  it('the fill handle repeats the source pattern over the destination', () => {
    expect(fillPatternWrites(sel(1, 0, 1, 1), sel(1, 0, 1, 4), valueAt).map((w) => w.value)).toEqual([
      1, 2, 1,
    ]);
  });

  it('Delete clears the range', () => {
    expect(clearWrites(sel(0, 0, 1, 0))).toEqual([
      { viewRow: 0, col: 0, value: null },
      { viewRow: 0, col: 1, value: null },
    ]);
  });
});
