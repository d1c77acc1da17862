import { describe, expect, it } from 'vitest';
import { academicYearRange } from '../workspace/collection-period';
import { normalisedPoints, updateKind, updatePointState, updatePointsProblem } from './update-points';

const day = (iso: string) => iso.slice(0, 10).replaceAll('-', '');
const POINTS = ['20260831', '20250920'];

describe('update points (实时采集)', () => {
  it('says nothing for a table without points', () => {
    expect(updatePointState(undefined, null, '20251001', day)).toEqual({
      last: null,
      next: null,
      freshness: 'none',
    });
  });

  it('is current before the first point and names it as next', () => {
    expect(updatePointState(POINTS, null, '20250915', day)).toEqual({
      last: null,
      next: '20250920',
      freshness: 'current',
    });
  });

  it('is overdue once a point passed without an update on or after it, current after one', () => {
    expect(updatePointState(POINTS, '2025-09-10T08:00:00.000Z', '20251001', day)).toEqual({
      last: '20250920',
      next: '20260831',
      freshness: 'overdue',
    });
    expect(updatePointState(POINTS, '2025-09-20T08:00:00.000Z', '20251001', day).freshness).toBe('current');
    expect(updatePointState(POINTS, null, '20251001', day).freshness).toBe('overdue');
    expect(updatePointState(POINTS, '2025-10-01T08:00:00.000Z', '20260901', day)).toMatchObject({
      last: '20260831',
      next: null,
      freshness: 'overdue',
    });
  });

  it('sorts and de-duplicates, and refuses points outside the year or too many', () => {
    expect(normalisedPoints(['20260831', '20250920', '20260831'])).toEqual(['20250920', '20260831']);
    const year = academicYearRange(2025);
    expect(updatePointsProblem(POINTS, year)).toBeNull();
    expect(updatePointsProblem(['20260901'], year)).toContain('2026-09-01 不在本学年');
    expect(
      updatePointsProblem(
        Array.from({ length: 13 }, () => '20251001'),
        year,
      ),
    ).toContain('最多 12 个');
  });

  it('tells the kinds apart: none, dates, and 发生变化时 (which takes no dates)', () => {
    expect(updateKind(undefined)).toBe('none');
    expect(updateKind({ updatePoints: [] })).toBe('none');
    expect(updateKind({ updatePoints: POINTS })).toBe('dates');
    expect(updateKind({ updateOnChange: true })).toBe('on-change');
    const year = academicYearRange(2025);
    expect(updatePointsProblem([], year, true)).toBeNull();
    expect(updatePointsProblem(POINTS, year, true)).toBe('「发生变化时」更新的表不另设日期更新点。');
  });
});
