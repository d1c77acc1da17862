import { describe, expect, it } from 'vitest';
import { columnStats, findColumnOutliers, findTableOutliers, modifiedZScore } from './outliers';
import { checkYearOverYear, findYearOverYearJumps } from './year-over-year';
import { draftCatalogTables } from './testing/draft-catalog-fixture';
import { rowId, rowsOf } from './testing/rule-test-helpers';

const cells = (values: number[]) => values.map((value, i) => ({ rowId: `r${i + 1}`, value }));
const tables = draftCatalogTables();
const enrolTable = tables.find((t) => t.code === 'A7-6-1')!;
const a3 = tables.find((t) => t.code === 'A3')!;

describe('modified z-score outliers', () => {
  it('computes 0.6745·(x − median)/MAD', () => {
    const stats = columnStats([1, 2, 3, 4, 100]);
    expect(stats).toEqual({ count: 5, median: 3, mad: 1 });
    expect(modifiedZScore(100, stats)).toBeCloseTo(65.4265);
  });

  it('flags values beyond 3.5 and respects a per-field threshold', () => {
    const data = cells([10, 11, 12, 13, 14, 15, 30]);
    expect(findColumnOutliers('f', data).map((f) => [f.rowId, f.method])).toEqual([['r7', 'modified-z']]);
    expect(findColumnOutliers('f', data, { threshold: 20 })).toEqual([]);
    expect(findColumnOutliers('f', data, { enabled: false })).toEqual([]);
  });

  it('falls back to flagging any value different from a constant column when MAD is 0', () => {
    const flags = findColumnOutliers('f', cells([5, 5, 5, 5, 6, 5]));
    expect(flags).toEqual([
      { rowId: 'r5', fieldKey: 'f', value: 6, median: 5, score: Infinity, method: 'constant' },
    ]);
    expect(findColumnOutliers('f', cells([5, 5, 5, 5, 5]))).toEqual([]);
  });

  it('does not score columns with too few values', () => {
    expect(findColumnOutliers('f', cells([1, 1000]))).toEqual([]);
  });

  it('checks every numeric field of a table and ignores empty and text cells', () => {
    const rows = rowsOf([
      { directionid: 'a', regnum: 100, enrolednum: 101 },
      { directionid: 'b', regnum: 102, enrolednum: 99 },
      { directionid: 'c', regnum: 98, enrolednum: 100 },
      { directionid: 'd', regnum: 101, enrolednum: null },
      { directionid: 'e', regnum: 2000, enrolednum: 100 },
      { directionid: 'f', regnum: 99, enrolednum: 98 },
    ]);
    const flags = findTableOutliers(enrolTable, rows);
    expect(flags.map((f) => [f.rowId, f.fieldKey])).toEqual([[rowId(5), 'regnum']]);
  });
});

describe('year-over-year', () => {
  it('flags relative changes over 30 % (configurable)', () => {
    expect(checkYearOverYear(130, 100)?.flagged).toBe(false);
    expect(checkYearOverYear(131, 100)).toMatchObject({ flagged: true, method: 'relative', change: 31 });
    expect(checkYearOverYear(60, 100)?.flagged).toBe(true);
    expect(checkYearOverYear(140, 100, { maxRelativeChange: 0.5 })?.flagged).toBe(false);
  });

  it('falls back to an absolute threshold when last year was 0', () => {
    expect(checkYearOverYear(8, 0)).toMatchObject({
      flagged: false,
      method: 'absolute',
      relativeChange: null,
    });
    expect(checkYearOverYear(11, 0)?.flagged).toBe(true);
    expect(checkYearOverYear(3, 0, { absoluteThresholdWhenZero: 2 })?.flagged).toBe(true);
    expect(checkYearOverYear(0, 0)?.flagged).toBe(false);
  });

  it('does not compare missing values', () => {
    expect(checkYearOverYear(null, 5)).toBeNull();
    expect(checkYearOverYear(5, '')).toBeNull();
  });

  it('matches rows by natural key, and form tables record to record', () => {
    const now = rowsOf([
      { directionid: 'a', regnum: 200 },
      { directionid: 'b', regnum: 100 },
      { directionid: 'new', regnum: 1 },
    ]);
    const before = rowsOf(
      [
        { directionid: 'b', regnum: 100 },
        { directionid: 'a', regnum: 100 },
      ],
      10,
    );
    expect(
      findYearOverYearJumps(enrolTable, now, before).map((f) => [f.rowId, f.previousRowId, f.fieldKey]),
    ).toEqual([[rowId(1), rowId(11), 'regnum']]);
    const form = findYearOverYearJumps(a3, rowsOf([{ areacovered: 500 }]), rowsOf([{ areacovered: 0 }], 5), {
      areacovered: { absoluteThresholdWhenZero: 1000 },
    });
    expect(form).toEqual([]);
  });
});
