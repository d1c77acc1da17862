/**
 * A small school whose indicator values are computed by hand in the comments below, for the unit
 * tests of the built-in indicators (and a starting point for tests of views that show them).
 */
import { builtInCatalog } from '../../catalog/builtin-catalog';
import type { CellValue, StoredRow } from '../../records/record-types';
import { memoryDataSource, type RuleDataSource } from '../../rules/rule-data-source';
import { rowsOf } from '../../rules/testing/rule-test-helpers';

type Rows = Record<string, StoredRow[]>;

function teachers(): Record<string, CellValue>[] {
  // 10 专任教师: 学位 博士1 硕士4 学士4 无1; 职务 正高1 副高2 中级5 初级2; 双师 6; 专业教师 8 (双师 5).
  const degree = ['博士', '硕士', '硕士', '硕士', '硕士', '学士', '学士', '学士', '学士', '无'];
  const rank = ['正高级', '副高级', '副高级', '中级', '中级', '中级', '中级', '中级', '初级', '初级'];
  const dual = [true, true, true, true, true, false, '是', false, false, false];
  const prof = [true, true, true, true, false, true, true, true, true, false];
  return degree.map((d, i) => ({
    employeecode: `T${i}`,
    name: `教师${i}`,
    academicdegree: d,
    majordeep: rank[i] ?? null,
    doublequalifiedteacher: dual[i] ?? null,
    isprofessionalteacher: prof[i] ?? null,
  }));
}

/** Rows of the fixture school by table code. */
export function fixtureRows(): Rows {
  return {
    // 全日制 = 150 + 1 + 1 + 4 = 156; 折合 = 150 + (1 + 1)×3 + 4 + 20×0.3 + 30×0.1 = 169.
    'A1-X1': rowsOf(
      [
        {
          offnum: 169,
          senioredustunum: 150,
          oversea: 1,
          abroad: 1,
          adultstudent: 4,
          eveninguniversitystudent: 20,
          correspondencestudent: 30,
        },
      ],
      100,
    ),
    'A6-1-1': rowsOf(teachers(), 200),
    // 6 校外兼职: 6 × 0.5 = 3 > 10 / 4 = 2.5 → 教师总数 = 10 + 2.5 = 12.5; 生师比 = 169 / 12.5 = 13.52.
    'A6-3-1': rowsOf(
      Array.from({ length: 6 }, (_, i) => ({ backgroundunit: `企业${i}` })),
      300,
    ),
    A3: rowsOf(
      [
        {
          researchandauxiliary: 2000, // (2000 + 340) / 156 = 15
          office: 340,
          valueofresearchequipment: 84.5, // 845000 / 169 = 5000 元
          valueofnewresearchequipment: 8.45, // 8.45 / (84.5 − 8.45) = 11.11 %
          numofbook: 1.352, // 13520 / 169 = 80 册
          numofnewbook: 0.0507, // 507 / 169 = 3 册
          areacovered: 9360, // 9360 / 156 = 60
          studentdormitory: 1014, // 1014 / 156 = 6.5
          numofteachingcomputer: 13, // 1300 / 156 = 8.33
          numofmediaroom: 4,
          schoolbuildingarea: 4680, // 4680 / 156 = 30
        },
      ],
      400,
    ),
    // 工位 100 + 56 = 156 → 1 per student.
    'A4-1': rowsOf(
      [
        { name: '实训中心', numofworker: 100 },
        { name: '实训楼', numofworker: 56 },
      ],
      500,
    ),
    // 财政经常性补助 187.2 万元 → 1,872,000 / 156 = 12000 元.
    'A5-1': rowsOf([{ financialaidtotal: 187.2 }], 600),
    // Two directions of 510201 and one of 530302 → 2 专业.
    'A7-1-1': rowsOf(
      [
        { majorcode: '510201', directioncode: '01' },
        { majorcode: '510201', directioncode: '02' },
        { majorcode: '530302', directioncode: '' },
      ],
      700,
    ),
    // 录取 130 / 计划 150 = 86.67 %; 报到 124 / 录取 130 = 95.38 %.
    'A7-6-1': rowsOf(
      [
        { directionid: 'd1', planenrolnum: 100, enrolednum: 90, regnum: 85 },
        { directionid: 'd2', planenrolnum: 50, enrolednum: 40, regnum: 39 },
      ],
      800,
    ),
    // 对口 45 / 就业 60 = 75 %.
    'A7-6-2': rowsOf(
      [
        { directionid: 'd1', empnum: 40, samepfsnum: 30 },
        { directionid: 'd2', empnum: 20, samepfsnum: 15 },
      ],
      900,
    ),
    // 就业 72 / 毕业 80 = 90 %; 满意 60 / (60 + 15 + 5) = 75 %.
    'A7-6-3': rowsOf(
      [
        { directionid: 'd1', gradnum: 50, empnum: 45, satisfied: 40, nomal: 8, dissatisfied: 2 },
        { directionid: 'd2', gradnum: 30, empnum: 27, satisfied: 20, nomal: 7, dissatisfied: 3 },
      ],
      1000,
    ),
    'A10-1': rowsOf(
      Array.from({ length: 5 }, (_, i) => ({ no: `S${i}`, name: `学生${i}` })),
      1100,
    ),
  };
}

/** The hand-computed value of every built-in indicator on the fixture school, or its reason. */
export const FIXTURE_EXPECTED: Readonly<Record<string, number | string>> = {
  'students.full-time': 156,
  'students.weighted': 169,
  'teachers.full-time': 10,
  'teachers.external': 6,
  'teachers.total': 12.5,
  'basic.student-teacher-ratio': 13.52,
  'basic.postgraduate-teachers': 50,
  'basic.teaching-admin-space': 15,
  'basic.equipment-per-student': 5000,
  'basic.books-per-student': 80,
  'monitor.senior-teachers': 30,
  'monitor.land-per-student': 60,
  'monitor.dormitory-per-student': 6.5,
  'monitor.computers-per-100': 1300 / 156,
  'monitor.multimedia-seats-per-100':
    '无法计算（目录缺少字段：A3 基本办学条件表的“多媒体教室和语音实验室座位数”）',
  'monitor.new-equipment-share': (8.45 / 76.05) * 100,
  'monitor.new-books-per-student': 3,
  'teachers.double-qualified': 60,
  'teachers.double-qualified-professional': 62.5,
  'practice.stations-per-student': 1,
  'finance.fiscal-per-student': 12000,
  'majors.count': 2,
  'enrolment.plan-completion': (130 / 150) * 100,
  'enrolment.registration-rate': (124 / 130) * 100,
  'employment.rate': '无法计算（目录缺少字段：A7-6-2 应届毕业生就业情况表的“毕业生数”）',
  'employment.relevant-rate': 75,
  'employment.previous-cohort-rate': 90,
  'employment.employer-satisfaction': 75,
  'students.roster': 5,
  'space.building-per-student': 30,
  'resources.equipment-total': 84.5,
  'resources.books-total': 1.352,
};

export function fixtureSource(rows: Rows = fixtureRows(), prev?: RuleDataSource): RuleDataSource {
  const tables = builtInCatalog().tables;
  return memoryDataSource(prev === undefined ? { tables, rows } : { tables, rows, prev });
}
