import { describe, expect, it } from 'vitest';
import {
  DELETED_TEXT,
  formatValue,
  resolveIndicatorValue,
  resolveLiveRows,
  UNAVAILABLE_TEXT,
} from './live-values';
import { DRAFT, fixtureSource } from './testing/fixture-report';

const src = fixtureSource();

describe('resolveIndicatorValue', () => {
  it('shows the value at the indicator precision with its unit, and the snapshot it came from', () => {
    expect(resolveIndicatorValue({ indicatorId: 'ssb', phrase: 'value' }, src)).toMatchObject({
      state: 'ok',
      text: '17.2',
      value: 17.24,
      snapshot: DRAFT,
    });
    expect(resolveIndicatorValue({ indicatorId: 'jyl', phrase: 'value' }, src)).toMatchObject({
      text: '95.12%',
    });
  });

  it('builds the 较上年 phrase from last year', () => {
    expect(resolveIndicatorValue({ indicatorId: 'ssb', phrase: 'growth' }, src)).toMatchObject({
      text: '较上年增长2.6%',
    });
    expect(resolveIndicatorValue({ indicatorId: 'jyl', phrase: 'growth' }, src)).toMatchObject({
      text: '较上年下降0.9%',
    });
  });

  it('says 达到 or 未达到 the standard as shown at the indicator precision', () => {
    expect(resolveIndicatorValue({ indicatorId: 'ssb', phrase: 'standard' }, src).text).toBe(
      '达到标准（≤ 18）',
    );
    const high = fixtureSource(DRAFT, 18.04);
    expect(resolveIndicatorValue({ indicatorId: 'ssb', phrase: 'standard' }, high).text).toBe(
      '达到标准（≤ 18）',
    );
    const over = fixtureSource(DRAFT, 18.06);
    expect(resolveIndicatorValue({ indicatorId: 'ssb', phrase: 'standard' }, over).text).toBe(
      '未达到标准（≤ 18）',
    );
  });

  it('shows 指标已删除 for a deleted indicator and 无法计算 with the reason otherwise', () => {
    expect(resolveIndicatorValue({ indicatorId: 'gone', phrase: 'value' }, src)).toEqual({
      state: 'deleted',
      text: DELETED_TEXT,
    });
    expect(resolveIndicatorValue({ indicatorId: 'sxsb', phrase: 'value' }, src)).toMatchObject({
      state: 'unavailable',
      text: UNAVAILABLE_TEXT,
      reason: '表 A4-1 尚无数据',
    });
    expect(resolveIndicatorValue({ indicatorId: 'jyl', phrase: 'standard' }, src)).toMatchObject({
      state: 'unavailable',
      reason: '该指标没有设定标准',
    });
  });
});

describe('formatValue', () => {
  it('rounds half away from zero', () => {
    expect(formatValue(2.345, 2)).toBe('2.35');
    expect(formatValue(-2.345, 2)).toBe('-2.35');
    expect(formatValue(1200, 0)).toBe('1200');
  });
});

describe('resolveLiveRows', () => {
  it('lists indicators by name and names the ones missing', () => {
    const r = resolveLiveRows({ type: 'indicators', indicatorIds: ['ssb', 'gone', 'sxsb', 'jyl'] }, src);
    expect(r).toMatchObject({
      state: 'ok',
      missing: ['gone（指标已删除）', '生均校内实践教学工位数（表 A4-1 尚无数据）'],
    });
    if (r.state === 'ok') expect(r.rows.map((x) => x.group)).toEqual(['生师比', '就业率']);
  });

  it('returns the groups of an aggregate query, or why not', () => {
    const q = {
      type: 'aggregate' as const,
      tableCode: 'A7-1-1',
      groupBy: 'zydl',
      measure: 'count' as const,
      label: '',
    };
    expect(resolveLiveRows(q, src)).toMatchObject({
      state: 'ok',
      rows: [
        { group: '电子与信息大类', value: 1200 },
        { group: '装备制造大类', value: 860 },
      ],
    });
    expect(resolveLiveRows({ ...q, tableCode: 'X' }, src)).toEqual({
      state: 'unavailable',
      reason: '表 X 尚无数据',
    });
  });
});
