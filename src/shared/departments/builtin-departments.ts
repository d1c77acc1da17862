/**
 * The departments named in the school's status-data regulation, with stable built-in codes.
 * Codes never change once shipped: bundles, tasks and trust lists refer to them.
 */
import type { Department } from './department-types';

const BUILT_IN: ReadonlyArray<readonly [code: string, name: string, kind: Department['kind']]> = [
  ['DWB', '党委办公室', 'functional'],
  ['XGC', '学生工作处', 'functional'],
  ['XYB', '学院办公室', 'functional'],
  ['RSC', '人事处', 'functional'],
  ['JWC', '教务处（招生办）', 'functional'],
  ['CWC', '计划财务处', 'functional'],
  ['ZWC', '总务处', 'functional'],
  ['KYC', '科研设备处', 'functional'],
  ['DDS', '教学督导室', 'functional'],
  ['BWC', '保卫处', 'functional'],
  ['CJB', '成人教育部', 'functional'],
  ['MYY', '马克思主义学院', 'teaching'],
  ['XLB', '心理与教育教学部', 'teaching'],
  ['TSG', '图书馆', 'functional'],
  ['SXZX', '技能实训中心', 'functional'],
  ['WLZX', '网络与信息中心', 'functional'],
  ['TW', '团委会', 'functional'],
];

/** Code of the supervision office (教学督导室), which runs the school-level review. */
export const OFFICE_DEPARTMENT_CODE = 'DDS';

export function builtInDepartments(): Department[] {
  return BUILT_IN.map(([code, name, kind], i) => ({
    code,
    name,
    kind,
    builtIn: true,
    infoOfficer: '',
    head: '',
    phone: '',
    sortOrder: i + 1,
  }));
}

/** Next free code for a secondary college added by the office: C01, C02, … */
export function nextCollegeCode(existing: ReadonlyArray<Pick<Department, 'code'>>): string {
  const used = new Set(existing.map((d) => d.code));
  for (let n = 1; n < 100; n++) {
    const code = `C${String(n).padStart(2, '0')}`;
    if (!used.has(code)) return code;
  }
  throw new Error('nextCollegeCode: more than 99 colleges');
}
