import { describe, expect, it } from 'vitest';
import type { StoredRow } from '../records/record-types';
import { aggregateRows, BLANK_GROUP } from './aggregate';

const row = (i: number, values: StoredRow['values']): StoredRow => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  values,
  by: 'x',
  at: 't',
  src: 'typed',
});

const rows = [
  row(1, { zydl: '电子与信息大类', zxs: 300 }),
  row(2, { zydl: '装备制造大类', zxs: '250' }),
  row(3, { zydl: '电子与信息大类', zxs: 200 }),
  row(4, { zydl: '', zxs: 'x' }),
];

describe('aggregateRows', () => {
  it('counts rows per group, largest first, blanks as 未填', () => {
    expect(
      aggregateRows(rows, {
        type: 'aggregate',
        tableCode: 'A7-1-1',
        groupBy: 'zydl',
        measure: 'count',
        label: '',
      }),
    ).toEqual([
      { group: '电子与信息大类', value: 2 },
      { group: BLANK_GROUP, value: 1 },
      { group: '装备制造大类', value: 1 },
    ]);
  });

  it('sums a field per group, reading numeric text and skipping what is not a number', () => {
    const q = {
      type: 'aggregate' as const,
      tableCode: 'A7-1-1',
      groupBy: 'zydl',
      measure: 'sum' as const,
      field: 'zxs',
      label: '',
    };
    expect(aggregateRows(rows, q)).toEqual([
      { group: '电子与信息大类', value: 500 },
      { group: '装备制造大类', value: 250 },
      { group: BLANK_GROUP, value: 0 },
    ]);
  });
});
