import { describe, expect, it } from 'vitest';
import type { StoredRow } from '../records/record-types';
import { mergeImport } from './import-merge';
import { studentTable } from './test-tables';

const stored = (id: string, values: StoredRow['values']): StoredRow => ({
  id,
  values,
  by: 'a',
  at: '2025-01-01T00:00:00Z',
  src: 'typed',
});
let n = 0;
const base = {
  table: studentTable(),
  mappedKeys: ['no', 'name'],
  by: '李信息',
  at: '2025-10-01T00:00:00Z',
  newId: () => `new-${++n}`,
};

describe('mergeImport', () => {
  const existing = [
    stored('id-1', { no: '001', name: '张三', sex: '男' }),
    stored('id-2', { no: '002', name: '李四', sex: '女' }),
  ];

  it('replace keeps the UUID of rows matched on the natural key, keeps unmapped values, and drops rows not in the file', () => {
    n = 0;
    const r = mergeImport({
      ...base,
      existing,
      imported: [
        { no: '002', name: '李四四' },
        { no: '003', name: '王五' },
      ],
      mode: 'replace',
    });
    expect(r.rows.map((x) => x.id)).toEqual(['id-2', 'new-1']);
    expect(r.rows[0]?.values).toEqual({ no: '002', name: '李四四', sex: '女' });
    expect(r.rows[0]?.src).toBe('imported');
    expect(r).toMatchObject({ matched: 1, added: 1, removed: 1 });
  });

  it('append adds new rows and reports rows whose natural key is already stored', () => {
    n = 0;
    const r = mergeImport({
      ...base,
      existing,
      imported: [
        { no: '001', name: 'x' },
        { no: '009', name: 'y' },
      ],
      mode: 'append',
    });
    expect(r.collisions).toEqual([0]);
    expect(r.rows.map((x) => x.id)).toEqual(['id-1', 'id-2', 'new-1']);
  });

  it('a single-record form keeps its one row id on replace', () => {
    const form = { ...studentTable(), shape: 'form' as const, naturalKey: [] };
    const r = mergeImport({
      ...base,
      table: form,
      existing: [stored('only', { name: 'a' })],
      imported: [{ name: 'b' }],
      mode: 'replace',
    });
    expect(r.rows.map((x) => x.id)).toEqual(['only']);
  });
});
