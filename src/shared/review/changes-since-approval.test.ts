import { describe, expect, it } from 'vitest';
import type { CellValue, StoredRow } from '../records/record-types';
import { changedCells, changesSinceApproval, hasChanges } from './changes-since-approval';

const row = (id: string, values: Record<string, CellValue>, by = '张三'): StoredRow => ({
  id,
  values,
  by,
  at: '2026-09-01T00:00:00Z',
  src: 'typed',
});

describe('changesSinceApproval', () => {
  const approved = [
    row('a', { name: '王芳', age: 41 }),
    row('b', { name: '李雷', age: 35 }),
    row('c', { name: '韩梅', age: 29 }),
  ];

  it('finds added, removed and changed rows with their changed cells', () => {
    const current = [
      row('a', { name: '王芳', age: 42 }, '李四'),
      row('c', { name: '韩梅', age: 29 }),
      row('d', { name: '赵六', age: 50 }),
    ];
    const c = changesSinceApproval(approved, current);
    expect(c.added.map((r) => r.id)).toEqual(['d']);
    expect(c.removed.map((r) => r.id)).toEqual(['b']);
    expect(c.changed.map((r) => [r.id, r.cells])).toEqual([
      ['a', [{ fieldKey: 'age', before: 41, after: 42 }]],
    ]);
    expect(c.unchanged).toBe(1);
    expect(hasChanges(c)).toBe(true);
  });

  it('ignores who/when/source metadata and treats a missing key as an empty cell', () => {
    const current = [
      row('a', { name: '王芳', age: 41, note: null }, '别人'),
      row('b', { name: '李雷', age: 35 }),
      row('c', { name: '韩梅', age: 29 }),
    ];
    const c = changesSinceApproval(approved, current);
    expect(hasChanges(c)).toBe(false);
    expect(c.unchanged).toBe(3);
  });

  it('reports cells added, cleared and retyped', () => {
    expect(changedCells(row('x', { a: 1, b: 'x', c: 5 }), row('x', { a: '1', b: null, d: true }))).toEqual([
      { fieldKey: 'a', before: 1, after: '1' },
      { fieldKey: 'b', before: 'x', after: null },
      { fieldKey: 'c', before: 5, after: null },
      { fieldKey: 'd', before: null, after: true },
    ]);
  });

  it('treats everything as added when there was no approval yet', () => {
    const c = changesSinceApproval([], approved);
    expect(c.added).toHaveLength(3);
    expect(c.removed).toEqual([]);
  });
});
