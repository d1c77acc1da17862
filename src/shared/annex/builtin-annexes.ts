/**
 * The six annex tables shipped with a new year (docs/annexes.md): 计分卡, 学生反馈表, 教学资源表, 国际影响表,
 * 服务贡献表, 落实政策表. Rows whose name the national reports confirm are verified; the rest are working rows
 * marked 未核实 until the office checks them against the year's notice. Rows that the status data can compute
 * read a built-in indicator; survey figures and rows the catalog has no field for are entered with a source.
 */
import type { AnnexRowDef, AnnexTableDef } from './annex-types';

const SURVEY = '毕业生跟踪调查（第三方或学校组织）';
const STUDENT_SURVEY = '在校生满意度调查';
const SCHOOL_RECORDS = '学校统计台账（由负责部门填报）';

const indicatorRow = (
  id: string,
  name: string,
  unit: string,
  indicatorId: string,
  verified: boolean,
  note = '',
) => ({ id, name, unit, source: { kind: 'indicator', indicatorId }, verified, note }) satisfies AnnexRowDef;
const enteredRow = (id: string, name: string, unit: string, document: string, verified: boolean, note = '') =>
  ({ id, name, unit, source: { kind: 'entered', document }, verified, note }) satisfies AnnexRowDef;

export const BUILTIN_ANNEXES: readonly AnnexTableDef[] = [
  {
    id: 'scorecard',
    name: '计分卡',
    columns: 'cohort',
    rows: [
      indicatorRow(
        'scorecard.employment-rate',
        '就业率',
        '%',
        'employment.rate',
        true,
        '毕业半年后的就业人数占毕业生数的比例。',
      ),
      enteredRow('scorecard.monthly-income', '月收入', '元', SURVEY, true, '毕业半年后的平均月收入。'),
      enteredRow(
        'scorecard.relevance',
        '理工农医类专业相关度',
        '%',
        SURVEY,
        true,
        '理工农医类毕业生工作与所学专业相关的比例。',
      ),
      enteredRow(
        'scorecard.alma-mater-satisfaction',
        '母校满意度',
        '%',
        SURVEY,
        true,
        '毕业生对母校的总体满意度。',
      ),
      enteredRow(
        'scorecard.self-employment',
        '自主创业比例',
        '%',
        SURVEY,
        true,
        '毕业半年后自主创业的毕业生比例。',
      ),
      indicatorRow(
        'scorecard.employer-satisfaction',
        '雇主满意度',
        '%',
        'employment.employer-satisfaction',
        false,
      ),
      enteredRow('scorecard.promotion', '毕业三年职位晋升比例', '%', SURVEY, false),
    ],
  },
  {
    id: 'student-feedback',
    name: '学生反馈表',
    columns: 'year',
    rows: [
      enteredRow('feedback.ideology', '思政课教学满意度', '%', STUDENT_SURVEY, true),
      enteredRow('feedback.professional', '专业课教学满意度', '%', STUDENT_SURVEY, true),
      enteredRow('feedback.teaching', '教书育人满意度', '%', STUDENT_SURVEY, true),
      enteredRow('feedback.management', '管理和服务工作满意度', '%', STUDENT_SURVEY, true),
      enteredRow('feedback.extracurricular', '课外育人满意度', '%', STUDENT_SURVEY, false),
    ],
  },
  {
    id: 'resources',
    name: '教学资源表',
    columns: 'year',
    rows: [
      indicatorRow(
        'resources.student-teacher-ratio',
        '生师比',
        '',
        'basic.student-teacher-ratio',
        false,
        '折合在校生数 ÷ 教师总数。',
      ),
      indicatorRow(
        'resources.double-qualified',
        '双师素质专任教师比例',
        '%',
        'teachers.double-qualified',
        true,
      ),
      indicatorRow(
        'resources.senior-teachers',
        '高级职务专任教师比例',
        '%',
        'monitor.senior-teachers',
        false,
      ),
      indicatorRow(
        'resources.practice-stations',
        '生均校内实践教学工位数',
        '个/生',
        'practice.stations-per-student',
        false,
      ),
      indicatorRow(
        'resources.equipment',
        '生均教学科研仪器设备值',
        '元/生',
        'basic.equipment-per-student',
        false,
      ),
      enteredRow(
        'resources.enterprise-equipment',
        '企业提供的校内实践教学设备值',
        '万元',
        SCHOOL_RECORDS,
        true,
      ),
      enteredRow('resources.course-hours', '教学计划内课程总学时', '学时', SCHOOL_RECORDS, false),
      enteredRow(
        'resources.enterprise-teacher-hours',
        '企业兼职教师年课时总量',
        '学时',
        SCHOOL_RECORDS,
        false,
      ),
    ],
  },
  {
    id: 'international',
    name: '国际影响表',
    columns: 'year',
    rows: [
      enteredRow(
        'international.students',
        '全日制国（境）外留学生人数（一年以上）',
        '人',
        SCHOOL_RECORDS,
        true,
      ),
      enteredRow('international.training', '非全日制国（境）外人员培训量', '人日', SCHOOL_RECORDS, true),
      enteredRow(
        'international.internships',
        '在校生服务“走出去”企业国（境）外实习时间',
        '人日',
        SCHOOL_RECORDS,
        false,
      ),
      enteredRow(
        'international.teacher-training',
        '专任教师赴国（境）外指导和开展培训时间',
        '人日',
        SCHOOL_RECORDS,
        false,
      ),
      enteredRow(
        'international.posts',
        '在国（境）外组织担任职务的专任教师人数',
        '人',
        SCHOOL_RECORDS,
        false,
      ),
      enteredRow(
        'international.major-standards',
        '开发并被国（境）外采用的专业教学标准数',
        '个',
        SCHOOL_RECORDS,
        false,
      ),
      enteredRow(
        'international.course-standards',
        '开发并被国（境）外采用的课程标准数',
        '个',
        SCHOOL_RECORDS,
        false,
      ),
      enteredRow('international.awards', '国（境）外技能大赛获奖数量', '项', SCHOOL_RECORDS, false),
      enteredRow('international.campuses', '在国（境）外办学点数量', '个', SCHOOL_RECORDS, false),
    ],
  },
  {
    id: 'service',
    name: '服务贡献表',
    columns: 'year',
    rows: [
      indicatorRow('service.full-time-students', '全日制在校生人数', '人', 'students.full-time', false),
      enteredRow('service.graduates', '毕业生人数', '人', SCHOOL_RECORDS, false),
      enteredRow('service.employed', '其中：就业人数', '人', SCHOOL_RECORDS, false),
      enteredRow('service.horizontal-income', '横向技术服务到款额', '万元', SCHOOL_RECORDS, false),
      enteredRow('service.vertical-income', '纵向科研经费到款额', '万元', SCHOOL_RECORDS, false),
      enteredRow('service.technology-transactions', '技术交易到款额', '万元', SCHOOL_RECORDS, false),
      enteredRow('service.patents', '发明专利授权数量', '项', SCHOOL_RECORDS, false),
      enteredRow('service.non-degree-hours', '非学历培训学时', '学时', SCHOOL_RECORDS, false),
      enteredRow('service.non-degree-income', '非学历培训到账经费', '万元', SCHOOL_RECORDS, false),
      enteredRow('service.public-training', '公益性培训服务', '人日', SCHOOL_RECORDS, false),
    ],
  },
  {
    id: 'policy',
    name: '落实政策表',
    columns: 'year',
    rows: [
      indicatorRow(
        'policy.fiscal-per-student',
        '年生均财政拨款水平',
        '元',
        'finance.fiscal-per-student',
        false,
        '财政经常性补助收入（自然年）÷ 全日制在校生数。',
      ),
      enteredRow('policy.fiscal-special', '其中：年生均财政专项经费', '元', SCHOOL_RECORDS, false),
      enteredRow('policy.staff-quota', '教职员工额定编制数', '人', SCHOOL_RECORDS, false),
      enteredRow('policy.staff-total', '在岗教职员工总数', '人', SCHOOL_RECORDS, false),
      indicatorRow('policy.full-time-teachers', '其中：专任教师总数', '人', 'teachers.full-time', false),
      enteredRow('policy.enterprise-teacher-pay', '年支付企业兼职教师课酬', '万元', SCHOOL_RECORDS, false),
      enteredRow('policy.enterprise-practice-days', '生均企业实践时间', '天', SCHOOL_RECORDS, false),
    ],
  },
];
