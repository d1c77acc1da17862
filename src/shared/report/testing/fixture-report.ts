/**
 * A small report and data source shared by the report's unit tests: three indicators (one with a
 * standard, one with last year's value, one that cannot be computed) and one grouped query.
 */
import type { DataSnapshot, IndicatorInfo } from '../data-source';
import type { PmNode } from '../pm-json';
import { newReport } from '../report-template';
import { createStaticSource, type StaticIndicator } from '../static-source';

export const DRAFT: DataSnapshot = { kind: 'draft', id: 'draft', label: '草稿数据（当前数据）' };
export const LOCK_1: DataSnapshot = {
  kind: 'lock',
  id: 'lock:2025-10-01T00:00:00.000Z',
  label: '2025-10-01 锁定',
};

export const SSB: IndicatorInfo = {
  id: 'ssb',
  name: '生师比',
  unit: '',
  precision: 1,
  definition: '折合在校生数 / 教师总数',
  sourceTables: ['A10-1', 'A6-1-1'],
  standard: { op: '<=', value: 18, source: '高等职业学校设置标准（暂行）' },
};
export const JYL: IndicatorInfo = {
  id: 'jyl',
  name: '就业率',
  unit: '%',
  precision: 2,
  definition: '已就业毕业生数 / 毕业生总数 × 100',
  sourceTables: ['A7-6-2'],
  standard: null,
};
export const SXSB: IndicatorInfo = {
  id: 'sxsb',
  name: '生均校内实践教学工位数',
  unit: '个',
  precision: 2,
  definition: '校内实践教学工位数 / 折合在校生数',
  sourceTables: ['A4-1'],
  standard: { op: '>=', value: 0.5, source: '高等职业学校设置标准（暂行）' },
};

export function fixtureIndicators(ssb = 17.24): StaticIndicator[] {
  return [
    { info: SSB, reading: { value: ssb, previous: 16.8 } },
    { info: JYL, reading: { value: 95.123, previous: 96 } },
    { info: SXSB, reading: { reason: '表 A4-1 尚无数据' } },
  ];
}

export function fixtureSource(snapshot: DataSnapshot = DRAFT, ssb = 17.24) {
  return createStaticSource(snapshot, fixtureIndicators(ssb), (q) =>
    q.tableCode === 'A7-1-1'
      ? {
          ok: true,
          snapshot,
          rows: [
            { group: '电子与信息大类', value: 1200 },
            { group: '装备制造大类', value: 860 },
          ],
        }
      : { ok: false, reason: `表 ${q.tableCode} 尚无数据` },
  );
}

export const text = (t: string): PmNode => ({ type: 'text', text: t });
export const para = (...content: PmNode[]): PmNode => ({ type: 'paragraph', content });
export const live = (indicatorId: string, phrase = 'value', seen: unknown = null): PmNode => ({
  type: 'indicatorValue',
  attrs: { indicatorId, phrase, seen },
});
export const doc = (...content: PmNode[]): PmNode => ({ type: 'doc', content });
export const h1 = (t: string): PmNode => ({ type: 'heading', attrs: { level: 1 }, content: [text(t)] });

/** A report made from the template and its chapters' contents by chapter id, for tests that set one. */
export function templateReport(year: number, school: string) {
  const { report, versions } = newReport({ id: 'r', workspaceId: 'w', year, school, at: 't', by: 'a' });
  return { report, chapters: new Map<string, PmNode>(versions.map((v) => [v.chapterId, v.content])) };
}
