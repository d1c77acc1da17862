/**
 * The standards shipped with the app. Verified values are those of 教发〔2004〕2号 for the first two
 * categories and the 2000 设置标准; the other categories' 合格 values and the monitoring values are
 * recollection or secondary sources and ship as 未核实 until the office checks them. No 限制招生 value
 * ships: none could be read from the document, so the office enters them (docs/indicators.md).
 */
import type { SchoolCategory, StandardSet, StandardValue } from './standard-types';

const SOURCE_2004 = '《普通高等学校基本办学条件指标（试行）》（教发〔2004〕2号）表一 专科（高职）院校合格值';
const SOURCE_2004_RECALLED = `${SOURCE_2004}（凭记忆，待核对原文）`;
const SOURCE_MONITORING =
  '教发〔2004〕2号监测指标合格值，转引自辽宁农业职业技术学院 2017 年质量年报（农林类）';
const SOURCE_2000 = '《高等职业学校设置标准（暂行）》（2000年）';

/** 合格 values of the five basic indicators: 生师比, 研究生学位比例 %, 生均教学行政用房, 生均仪器设备值, 生均图书. */
const BASIC: ReadonlyArray<[SchoolCategory, readonly [number, number, number, number, number], boolean]> = [
  ['comprehensive', [18, 15, 14, 4000, 80], true],
  ['engineering', [18, 15, 16, 4000, 60], true],
  ['medical', [16, 15, 16, 4000, 60], false],
  ['language-finance', [18, 15, 9, 3000, 80], false],
  ['sports', [13, 15, 22, 3000, 70], false],
  ['arts', [13, 15, 18, 3000, 70], false],
];

const BASIC_IDS = [
  'basic.student-teacher-ratio',
  'basic.postgraduate-teachers',
  'basic.teaching-admin-space',
  'basic.equipment-per-student',
  'basic.books-per-student',
] as const;

function basicValues(): StandardValue[] {
  return BASIC.flatMap(([category, values, verified]) =>
    BASIC_IDS.map((indicatorId, i) => ({
      indicatorId,
      category,
      level: 'qualified' as const,
      value: values[i] ?? 0,
      source: verified ? SOURCE_2004 : SOURCE_2004_RECALLED,
      verified,
      note: '',
    })),
  );
}

/** Monitoring 合格 values read for 农林类 (工科、农、林): 生均占地, 生均宿舍, 高级职务 %, 新增设备 %, 百名计算机. */
const MONITORING: ReadonlyArray<[string, number]> = [
  ['monitor.land-per-student', 59],
  ['monitor.dormitory-per-student', 6.5],
  ['monitor.senior-teachers', 20],
  ['monitor.new-equipment-share', 10],
  ['monitor.computers-per-100', 8],
];

function monitoringValues(): StandardValue[] {
  return MONITORING.map(([indicatorId, value]) => ({
    indicatorId,
    category: 'engineering',
    level: 'qualified',
    value,
    source: SOURCE_MONITORING,
    verified: true,
    note: '其他类别的监测指标合格值未取得，请督导室录入',
  }));
}

const SETTING: ReadonlyArray<[string, number, string]> = [
  ['basic.teaching-admin-space', 20, '生均教学、实验、行政用房不少于 20 平方米'],
  ['monitor.senior-teachers', 20, '专任教师中副高级以上专业技术职务者不少于 20%（建校时）'],
  ['resources.equipment-total', 600, '教学仪器设备总值不少于 600 万元'],
  ['resources.books-total', 8, '适用图书不少于 8 万册'],
];

function settingValues(): StandardValue[] {
  return SETTING.map(([indicatorId, value, note]) => ({
    indicatorId,
    category: 'all',
    level: 'setting',
    value,
    source: SOURCE_2000,
    verified: true,
    note,
  }));
}

/** Version 1 of a workspace's standards: the shipped values, no category chosen, no targets. */
export function builtInStandards(at: string): StandardSet {
  return {
    version: 1,
    updatedAt: at,
    category: null,
    values: [...basicValues(), ...monitoringValues(), ...settingValues()],
    targets: [],
  };
}
