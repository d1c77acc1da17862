/**
 * Expression fragments the built-in indicators share, written once in the rule language against the
 * built-in catalog's fields (docs/indicators.md lists each mapping), and the builder that fills an
 * indicator definition's defaults.
 */
import type { IndicatorDef } from './indicator-types';

export const SOURCE_2004 = '《普通高等学校基本办学条件指标（试行）》（教发〔2004〕2号）';
export const SOURCE_2000 = '《高等职业学校设置标准（暂行）》（2000年）';
export const SOURCE_CATALOG = '人才培养工作状态数据采集表（本工具内置目录的字段定义）';
export const SOURCE_COMMON = '高职院校人才培养工作状态数据分析常用口径（出处待督导室核实）';

/**
 * 全日制在校生数 (教发〔2004〕2号) = 普通专科(高职)生 + 留学生 + 预科生 + 进修生 + 成人脱产班.
 * A1-X1 holds 普通高职, 留学生 (境外 + 国外) and 预科生/进修生/成人脱产班 as one sum.
 */
export const FULL_TIME_STUDENTS =
  'A1-X1.全日制普通高职学历教育在校生总数 + A1-X1.留学生数—境外 + A1-X1.留学生数—国外 + A1-X1.预科生、进修生、成人脱产班学生数合计';

/**
 * 折合在校生数 = 普通专科(高职)生 + 留学生×3 + 预科生 + 进修生 + 成人脱产班 + 夜大(业余)×0.3 + 函授×0.1
 * (no 研究生 in a 高职). Computed from the parts; the entered A1-X1.折合在校生数 is compared by a rule.
 */
export const WEIGHTED_STUDENTS =
  'A1-X1.全日制普通高职学历教育在校生总数 + (A1-X1.留学生数—境外 + A1-X1.留学生数—国外) * 3 + A1-X1.预科生、进修生、成人脱产班学生数合计 + A1-X1.夜大（业余）学生数 * 0.3 + A1-X1.函授生数 * 0.1';

export const FULL_TIME_TEACHERS = 'count(A6-1-1)';
export const EXTERNAL_TEACHERS = 'count(A6-3-1)';

/** 教师总数 = 专任教师数 + 聘请校外教师数 × 0.5, the external part at most 专任教师数 / 4. */
export const TOTAL_TEACHERS = 'count(A6-1-1) + min(0.5 * count(A6-3-1), count(A6-1-1) / 4)';

type Required = Pick<IndicatorDef, 'id' | 'name' | 'numerator' | 'numeratorLabel' | 'definition' | 'source'>;

/** A definition with the common defaults: no denominator, scale 1, 2 decimals, 时点, higher is better. */
export function indicator(d: Required & Partial<IndicatorDef>): IndicatorDef {
  return {
    kind: 'other',
    denominator: null,
    denominatorLabel: null,
    scale: 1,
    unit: '',
    precision: 2,
    period: 'point',
    periodMix: [],
    direction: 'higher',
    verified: false,
    missingFields: [],
    enabled: true,
    ...d,
  };
}
