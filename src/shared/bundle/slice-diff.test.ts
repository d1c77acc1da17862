import { describe, expect, it } from 'vitest';
import type { StoredRow } from '../records/record-types';
import { diffSlice } from './slice-diff';

const r = (id: number, values: StoredRow['values']): StoredRow => ({
  id: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
  values,
  by: '张三',
  at: '2025-10-08T09:00:00.000Z',
  src: 'typed',
});

describe('diffSlice', () => {
  it('counts added, changed, removed rows and changed cells, matching by id', () => {
    const before = [
      r(1, { xh: '1', name: '甲', age: 20 }),
      r(2, { xh: '2', name: '乙' }),
      r(3, { xh: '3', name: '丙' }),
    ];
    const after = [
      r(1, { xh: '1', name: '甲', age: 21 }),
      r(2, { xh: '2', name: '乙', note: null }),
      r(4, { xh: '4', name: '丁' }),
    ];
    const d = diffSlice(before, after);
    expect({
      added: d.added,
      changed: d.changed,
      removed: d.removed,
      unchanged: d.unchanged,
      cellsChanged: d.cellsChanged,
    }).toEqual({
      added: 1,
      changed: 1,
      removed: 1,
      unchanged: 1,
      cellsChanged: 1,
    });
    expect(d.rows[0]).toMatchObject({ kind: 'changed', cells: [{ field: 'age', before: 20, after: 21 }] });
    expect(d.rows.map((x) => x.kind)).toEqual(['changed', 'added', 'removed']);
  });

  it('matches re-created rows by natural key when ids differ', () => {
    const before = [r(1, { xh: '1', name: '甲' }), r(2, { xh: '', name: '无号' })];
    const after = [r(9, { xh: '1', name: '甲乙' }), r(8, { xh: '', name: '无号' })];
    const byId = diffSlice(before, after);
    expect([byId.added, byId.removed]).toEqual([2, 2]);
    const byKey = diffSlice(before, after, ['xh']);
    expect([byKey.added, byKey.changed, byKey.removed, byKey.cellsChanged]).toEqual([1, 1, 1, 1]);
  });

  it('reports no change for identical slices, and handles empty sides', () => {
    const rows = [r(1, { a: 1 }), r(2, { a: 2 })];
    expect(diffSlice(rows, rows)).toMatchObject({
      added: 0,
      changed: 0,
      removed: 0,
      unchanged: 2,
      cellsChanged: 0,
    });
    expect(diffSlice([], rows).added).toBe(2);
    expect(diffSlice(rows, []).removed).toBe(2);
  });
});
