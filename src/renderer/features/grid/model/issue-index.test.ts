import { describe, expect, it } from 'vitest';
import type { FieldDef, TableDef } from '../../../../shared/catalog/catalog-types';
import type { StoredRow } from '../../../../shared/records/record-types';
import {
  buildIssues,
  issuesOf,
  startIssues,
  stepIssues,
  SYNC_UPDATE_ROWS,
  updateIssues,
} from './issue-index';

const f = (key: string, type: FieldDef['type'], required = false): FieldDef => ({
  key,
  label: key,
  type,
  unit: '',
  required,
  note: '',
  verified: true,
});
const table = {
  code: 'T1',
  fields: [f('name', 'text', true), f('n', 'integer')],
  naturalKey: [],
} as unknown as TableDef;
const row = (id: string, name: string | null, n: number | string | null): StoredRow => ({
  id,
  values: { name, n },
  by: 'u',
  at: '2025-09-01T00:00:00.000Z',
  src: 'typed',
});
const rows = [
  row('a', '张三', 3),
  row('b', null, 1),
  row('c', '王五', '三十'),
  row('d', null, 'x'),
  row('e', '李四', 2),
];

const codes = (index: ReturnType<typeof buildIssues>) =>
  [...index.byRow].map(([id, m]) => [id, [...m].map(([k, i]) => `${k}:${i.code}`).join(',')]).sort();

describe('issue index built in steps', () => {
  it('is not ready until the last step, then equals the index built at once', () => {
    const index = startIssues(table, rows);
    expect(index.ready).toBe(false);
    expect(stepIssues(index, 2)).toBe(false);
    expect(stepIssues(index, 2)).toBe(false);
    expect(stepIssues(index, 2)).toBe(true);
    expect(index.ready).toBe(true);
    const whole = buildIssues(table, rows);
    expect(codes(index)).toEqual(codes(whole));
    expect(index.counts).toEqual(whole.counts);
    expect(whole.counts).toEqual({ errors: 2, requiredEmpty: 2, warnings: 0 });
  });

  it('validates rows on demand while the pass runs', () => {
    const index = startIssues(table, rows);
    expect(issuesOf(index, rows[2] as StoredRow)?.get('n')?.severity).toBe('error');
    expect(issuesOf(index, rows[0] as StoredRow)).toBeUndefined();
    expect(index.byRow.size).toBe(0);
  });

  it('re-validates rows edited, added or deleted during the pass as they are at its end', () => {
    const index = startIssues(table, rows);
    stepIssues(index, 3);
    // Fix row b (already passed), break row e (not reached yet), delete d (not reached), add f.
    updateIssues(index, [{ index: 1, before: rows[1] as StoredRow, after: row('b', '赵六', 1) }]);
    updateIssues(index, [{ index: 4, before: rows[4] as StoredRow, after: row('e', '李四', '很多') }]);
    updateIssues(index, [{ index: 3, before: rows[3] as StoredRow, after: null }]);
    updateIssues(index, [{ index: 4, before: null, after: row('f', null, null) }]);
    expect(index.ready).toBe(false);
    expect(stepIssues(index, 10)).toBe(true);
    const now = [
      rows[0],
      row('b', '赵六', 1),
      rows[2],
      row('e', '李四', '很多'),
      row('f', null, null),
    ] as StoredRow[];
    const whole = buildIssues(table, now);
    expect(codes(index)).toEqual(codes(whole));
    expect(index.counts).toEqual(whole.counts);
    expect(issuesOf(index, now[3] as StoredRow)?.get('n')?.code).toBe(whole.byRow.get('e')?.get('n')?.code);
  });

  it('updates a ready index edit by edit', () => {
    const index = buildIssues(table, rows);
    updateIssues(index, [{ index: 2, before: rows[2] as StoredRow, after: row('c', '王五', 30) }]);
    expect(index.byRow.has('c')).toBe(false);
    expect(index.counts).toEqual({ errors: 1, requiredEmpty: 2, warnings: 0 });
  });

  it('re-validates a change of many rows (a large paste) in steps, then equals the index built at once', () => {
    const index = buildIssues(table, rows);
    const n = SYNC_UPDATE_ROWS + 10;
    const added = Array.from({ length: n }, (_, i) =>
      row(`p${i}`, i % 2 === 0 ? null : '粘贴', i % 3 === 0 ? '坏' : i),
    );
    const fixed = row('c', '王五', 30);
    updateIssues(index, [
      { index: 2, before: rows[2] as StoredRow, after: fixed },
      { index: 3, before: rows[3] as StoredRow, after: null },
      ...added.map((after, i) => ({ index: 4 + i, before: null, after })),
    ]);
    expect(index.ready).toBe(false);
    // Cells on screen are still checked at once.
    expect(issuesOf(index, added[0] as StoredRow)?.get('n')?.code).toBeDefined();
    // An ordinary edit during the pass is noted and applied at its end.
    const edited = row('p1', '粘贴', '又坏');
    updateIssues(index, [{ index: 5, before: added[1] as StoredRow, after: edited }]);
    while (!stepIssues(index, 500));
    const now = [rows[0], rows[1], fixed, rows[4], edited, added[0], ...added.slice(2)] as StoredRow[];
    const whole = buildIssues(table, now);
    expect(codes(index)).toEqual(codes(whole));
    expect(index.counts).toEqual(whole.counts);
  });
});
