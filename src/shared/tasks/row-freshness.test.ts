import { describe, expect, it } from 'vitest';
import type { StoredRow } from '../records/record-types';
import { tallyRows } from './confirmation-tally';
import {
  freshnessKey,
  needsConfirmation,
  planFreshness,
  rowConfirmation,
  sliceFreshness,
  updateIntervalDays,
} from './row-freshness';

const row = (at: string, src: StoredRow['src'] = 'typed', by = '李信息'): StoredRow => ({
  id: '0b8f6a8e-8a0c-4d5e-9b1a-3f2e1d0c9b8a',
  values: {},
  by,
  at,
  src,
});

describe('rowConfirmation', () => {
  it('is the row’s last write, and none while it is carried and unconfirmed', () => {
    expect(rowConfirmation(row('2026-10-01T00:00:00Z'))).toEqual({
      at: '2026-10-01T00:00:00Z',
      by: '李信息',
    });
    expect(rowConfirmation(row('2025-10-01T00:00:00Z', 'carried', '上一学年'))).toEqual({
      at: null,
      by: null,
    });
  });
});

describe('updateIntervalDays', () => {
  it('is the longest gap between points, round the year; a year for one point; null without', () => {
    expect(updateIntervalDays(undefined)).toBeNull();
    expect(updateIntervalDays(['20261101'])).toBe(365);
    // 1 Sep → 1 Mar is 181 days, 1 Mar → next 1 Sep 184.
    expect(updateIntervalDays(['20270301', '20260901'])).toBe(184);
    expect(updateIntervalDays(['20260901', '20260915', '20261001'])).toBe(335);
  });
});

describe('sliceFreshness', () => {
  const now = '2026-12-01T00:00:00Z';
  const rows = [
    row('2026-11-20T00:00:00Z'),
    row('2026-05-01T00:00:00Z'),
    row('2025-09-01T00:00:00Z', 'carried'),
    row('2026-09-01T00:00:00Z', 'imported'),
  ];

  it('counts 待核实 rows and confirmed rows older than the interval, and the oldest confirmation', () => {
    const f = sliceFreshness(rows, 100, now);
    expect(f).toEqual({ rows: 4, unconfirmed: 1, stale: 1, oldest: '2026-05-01' });
    expect(needsConfirmation(f)).toBe(2);
  });

  it('never calls a row stale without an interval, and a confirmation at the limit is still current', () => {
    expect(sliceFreshness(rows, null, now).stale).toBe(0);
    expect(sliceFreshness([row('2026-11-21T00:00:00Z')], 10, now).stale).toBe(0);
    expect(sliceFreshness([], 10, now)).toEqual({ rows: 0, unconfirmed: 0, stale: 0, oldest: null });
  });
});

describe('planFreshness', () => {
  const now = '2026-12-01T00:00:00Z';
  const rows = [
    row('2026-11-20T00:00:00Z'),
    row('2025-11-01T00:00:00Z'),
    row('2025-09-01T00:00:00Z', 'carried'),
  ];
  const tasks = [
    { tableCode: 'A10-1', updatePoints: ['20260901'] },
    { tableCode: 'A6-1-1' },
    { tableCode: 'A3', updatePoints: ['20260301', '20260901'] },
  ];
  const slice = (tableCode: string, departmentCode: string, tallied: boolean) => ({
    tableCode,
    departmentCode,
    rowCount: rows.length,
    ...(tallied ? { confirmations: tallyRows(rows) } : {}),
  });

  it('reads a tallied slice from its summary as its rows would say, and lists the others to read', () => {
    const slices = [slice('A10-1', 'XGC', true), slice('A6-1-1', 'RSC', true), slice('A3', 'DDS', false)];
    const p = planFreshness(tasks, slices, now);
    expect([...p.known.keys()]).toEqual([freshnessKey('A10-1', 'XGC')]);
    expect(p.known.get(freshnessKey('A10-1', 'XGC'))).toEqual({
      ...sliceFreshness(rows, 365, now),
      intervalDays: 365,
    });
    expect(p.known.get(freshnessKey('A10-1', 'XGC'))).toMatchObject({ stale: 1, unconfirmed: 1 });
    expect(p.untallied).toEqual([[slices[2], 184]]);
  });
});
