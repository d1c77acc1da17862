/**
 * A few indicators counted straight from the collected tables, used only while the shared indicator
 * layer (src/shared/indicators) is not in this build: they let the report show live numbers end to end.
 * indicator-binding.ts prefers the real layer; this file goes once that is bound.
 */
import type { StoredRow } from '../../../../shared/records/record-types';
import type { IndicatorInfo } from '../../../../shared/report/data-source';

export interface FallbackIndicator {
  readonly info: IndicatorInfo;
  readonly compute: (rows: (table: string) => readonly StoredRow[] | undefined) => number | string;
}

const count = (rows: readonly StoredRow[] | undefined, table: string): number | string =>
  rows && rows.length > 0 ? rows.length : `表 ${table} 尚无数据`;

const sum = (rows: readonly StoredRow[] | undefined, table: string, field: string): number | string =>
  rows && rows.length > 0
    ? rows.reduce((n, r) => n + (typeof r.values[field] === 'number' ? (r.values[field] as number) : 0), 0)
    : `表 ${table} 尚无数据`;

export const FALLBACK_INDICATORS: readonly FallbackIndicator[] = [
  {
    info: {
      id: 'zxss',
      name: '在校生数',
      unit: '人',
      precision: 0,
      definition: '开设专业表（A7-1-1）各专业“在校生数—总人数”之和。',
      sourceTables: ['A7-1-1'],
      standard: null,
    },
    compute: (rows) => sum(rows('A7-1-1'), 'A7-1-1', 'numofstudent'),
  },
  {
    info: {
      id: 'zrjss',
      name: '专任教师数',
      unit: '人',
      precision: 0,
      definition: '校内专任教师基本情况表（A6-1-1）的教师人数。',
      sourceTables: ['A6-1-1'],
      standard: null,
    },
    compute: (rows) => count(rows('A6-1-1'), 'A6-1-1'),
  },
  {
    info: {
      id: 'ssb',
      name: '生师比',
      unit: '',
      precision: 1,
      definition: '在校生数 ÷ 专任教师数。',
      sourceTables: ['A7-1-1', 'A6-1-1'],
      standard: { op: '<=', value: 18, source: '高等职业学校设置标准（暂行）' },
    },
    compute: (rows) => {
      const s = sum(rows('A7-1-1'), 'A7-1-1', 'numofstudent');
      const t = count(rows('A6-1-1'), 'A6-1-1');
      if (typeof s === 'string') return s;
      if (typeof t === 'string') return t;
      return s / t;
    },
  },
];
