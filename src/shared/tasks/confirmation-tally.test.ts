import { describe, expect, it } from 'vitest';
import type { StoredRow } from '../records/record-types';
import { adjustTally, confirmationDay, EMPTY_TALLY, tallyFreshness, tallyRows } from './confirmation-tally';

let n = 0;
const row = (at: string, src: StoredRow['src'] = 'typed'): StoredRow => ({
  id: `00000000-0000-4000-8000-${String(n++).padStart(12, '0')}`,
  values: {},
  by: '李信息',
  at,
  src,
});

describe('confirmation tally', () => {
  const rows = [
    row('2026-11-20T08:00:00.000Z'),
    row('2026-11-20T09:00:00.000Z', 'imported'),
    row('2026-05-01T00:00:00Z'),
    row('2025-09-01T00:00:00Z', 'carried'),
    row('2026-05-01T23:30:00+08:00'),
  ];

  it('counts 待核实 rows and confirmed rows per UTC day', () => {
    expect(tallyRows(rows)).toEqual({
      unconfirmed: 1,
      days: [
        ['2026-05-01', 2],
        ['2026-11-20', 2],
      ],
    });
    expect(tallyRows([])).toEqual(EMPTY_TALLY);
    expect(confirmationDay('2026-05-02T07:30:00+08:00')).toBe('2026-05-01');
    expect(confirmationDay('昨天')).toBe('');
  });

  it('after an edit equals the tally of the rows as they now are', () => {
    const before = tallyRows(rows);
    const confirmed = { ...rows[3]!, src: 'typed' as const, at: '2026-12-01T02:00:00.000Z' };
    const added = [confirmed, row('2026-12-01T02:00:00.000Z')];
    const after = [rows[0]!, rows[1]!, rows[2]!, ...added];
    // rows[3] confirmed (replaced), rows[4] deleted, one row appended.
    expect(adjustTally(before, [rows[3]!, rows[4]!], added)).toEqual(tallyRows(after));
    expect(adjustTally(before, rows, [])).toEqual(EMPTY_TALLY);
  });

  it('calls a day stale when it lies more than the interval before now’s day; an unreadable time too', () => {
    const t = tallyRows([...rows, row('bad')]);
    expect(tallyFreshness(t, 100, '2026-12-01T10:00:00Z')).toEqual({
      unconfirmed: 1,
      stale: 3,
      oldest: '2026-05-01',
    });
    // 2026-11-20 is eleven days before 2026-12-01: current for 11 days, stale for 10.
    expect(tallyFreshness(t, 11, '2026-12-01T10:00:00Z').stale).toBe(3);
    expect(tallyFreshness(t, 10, '2026-12-01T10:00:00Z').stale).toBe(5);
    expect(tallyFreshness(t, null, '2026-12-01T10:00:00Z')).toMatchObject({ stale: 0, oldest: '2026-05-01' });
  });
});
