/**
 * Per-table decisions the draft does not make: shape, natural key, core flag, period corrections and
 * extra cooperating departments. Keyed by final table code. Reviewed table by table; docs/catalog-mapping.md
 * lists the same decisions.
 */

/** Single-record tables: one row per school (base information, totals, the finance statements). */
export const FORM_TABLES: ReadonlySet<string> = new Set([
  'A1',
  'A3',
  'A5-1',
  'A5-2',
  'A11-2',
  'A11-3',
  'A1-X1',
  'A10-2-2',
]);

/** 核心数据: the tables the school-level benchmark analysis and the 办学条件 indicators draw on. */
export const CORE_TABLES: ReadonlySet<string> = new Set([
  'A1',
  'A3',
  'A4-1',
  'A5-1',
  'A5-2',
  'A6-1-1',
  'A7-1-1',
  'A7-6-1',
  'A7-6-2',
  'A7-6-3',
  'A10-1',
  'A1-X1',
]);

/** The finance statements run over the calendar year (docs/domain.md §1, 2012 note: 5.1/5.2 按自然年). */
export const CALENDAR_YEAR_TABLES: ReadonlySet<string> = new Set(['A5-1', 'A5-2']);

/**
 * Fields identifying a row of each defined list table (final keys). Replace-imports match rows on these
 * and a summary department's union flags collisions on them.
 */
export const NATURAL_KEYS: Readonly<Record<string, readonly string[]>> = {
  'A1-6': ['deptname'],
  A2: ['name'],
  'A4-1': ['name'],
  'A4-2': ['name'],
  'A4-3': ['name'],
  'A6-1-1': ['employeecode'],
  'A6-1-2-1': ['employeeid', 'school_year', 'term', 'major_code', 'directionid', 'courseid'],
  'A7-1-1': ['majorcode', 'directioncode'],
  'A7-1-2': ['majorid', 'employeeid'],
  'A7-1-3': ['majorid', 'employeeid'],
  'A7-2': ['coursecode', 'directionid'],
  'A7-3-1': ['directionid', 'certname'],
  'A7-3-2': ['directionid'],
  'A7-4': ['directionid', 'practice_compy'],
  'A7-5': ['directionid', 'company'],
  'A7-6-1': ['directionid'],
  'A7-6-2': ['directionid'],
  'A7-6-3': ['directionid'],
  'A8-1': ['name'],
  'A8-2': ['employeeid'],
  'A8-5': ['employeeid'],
  'A8-7': ['teachingevaluationstarttime'],
  'A8-8': ['subjectname'],
  'A8-9': ['subjectname'],
  'A9-3': ['donationdepartment', 'donationproject'],
  'A9-4': ['mainemploymentunit'],
  'A9-6-1': ['projname', 'awarddate'],
  'A9-6-2': ['projname', 'awarddate'],
  'A10-1': ['no'],
  'A10-2-1': ['no'],
  'A10-3': ['communityname'],
  // Tables whose fields come from the second research input (research-fields.ts).
  'A6-2-1': ['employeecode'],
  'A6-3-1': ['employeecode'],
  'A6-4-1': ['employeecode'],
  'A6-2-2-1': ['employeecode', 'c04', 'major_code', 'c07', 'c09', 'term'],
  'A6-3-2-1': ['employeecode', 'c04', 'major_code', 'c07', 'c09', 'term'],
  'A6-4-2-1': ['employeecode', 'c04', 'major_code', 'c07', 'c09', 'term'],
  'A8-3': ['employeecode'],
  'A8-4': ['employeecode'],
  'A8-6': ['employeecode'],
  'A9-5': ['c02'],
  'A9-6-3': ['c02', 'c03'],
  'A10-4': ['c03'],
  'A10-5': ['c03'],
};

/**
 * Defined list tables left without a natural key on purpose, with the reason: a teacher's 其他情况 rows
 * (one per training, secondment, award …) share no column that tells them apart.
 */
export const NATURAL_KEY_OPEN: Readonly<Record<string, string>> = {
  'A6-1-3': '一名教师可有多行（培训、挂职、兼职、获奖、专利、课题、论文各一行），没有能识别一行的列',
  'A6-2-3': '一名教师可有多行（培训、挂职、兼职、获奖、专利、课题、论文各一行），没有能识别一行的列',
};

/**
 * What a user reads about a table (指标内涵): only statements about how to fill it. The draft's remarks on
 * where a table was found stay in docs/catalog-mapping.md §10.
 */
export const TABLE_MEANINGS: Readonly<Record<string, string>> = {
  'A4-1': '基地属性按时点填报，使用情况按学年统计。',
  'A5-1': '按自然年（1月1日–12月31日）统计。',
  'A5-2': '按自然年（1月1日–12月31日）统计。',
  'A6-3-1': '由聘任的系部采集。',
  'A6-4-1': '由聘任的系部采集。',
  'A10-1': '学号识别每名学生。',
};

/** Departments that cooperate beyond what the draft names, with the reason in a comment. */
export const EXTRA_COOPERATING: Readonly<Record<string, readonly string[]>> = {
  // A3 reports 教学、科研仪器设备 asset values, which 科研设备处 keeps.
  A3: ['KYC'],
};

/**
 * Suggested owners for tables whose draft entry names no department of the regulation (the 待定义 tables,
 * and tables the draft gives only to 各系部), by analogy with their defined sibling. Only a default for the task matrix; these tables stay unverified.
 */
export const OWNER_BY_ANALOGY: Readonly<Record<string, string>> = {
  'A6-1-2-2': 'JWC', // like A6-1-2-1 授课情况
  'A6-2-1': 'RSC', // like A6-1-1 基本情况
  'A6-2-2-1': 'JWC',
  'A6-2-2-2': 'JWC',
  'A6-2-3': 'RSC', // like A6-1-3 其他情况
  'A6-3-2-1': 'JWC',
  'A6-3-2-2': 'JWC',
  'A6-4-2-1': 'JWC',
  'A6-4-2-2': 'JWC',
  // 校外兼职/兼课教师 are filled by the hiring colleges; 人事处 keeps staff records and gathers them.
  'A6-3-1': 'RSC',
  'A6-4-1': 'RSC',
  'A8-3': 'XGC', // 学生管理人员
  'A8-4': 'JWC', // 招生就业指导人员, like 招生就业处 tables
  'A8-6': 'JWC', // like A8-2 教学管理人员
  'A9-1': 'JWC', // like A7-6-1 招生表
  'A9-2': 'JWC', // like A7-6-2 就业情况
  'A9-5': 'JWC',
  'A9-6-3': 'TW', // like A10-3 学生社团
  'A10-2-2': 'XGC', // like A10-2-1 辍学明细
  'A10-4': 'TW',
  'A10-5': 'TW',
  'A11-1': 'JWC', // like A7-1-1 开设专业
  'A11-4': 'RSC',
  'A12-3': 'JWC', // 新生 = 招生办
  A12: 'DDS', // 补充说明 is written by the office that runs the collection
};

/**
 * Tables the draft gives (also) to the secondary colleges (各二级学院 / 各系部): the task matrix lets the
 * year's colleges fill them, gathered by the owner as summary department.
 */
export const COLLEGE_FILLED_TABLES: ReadonlySet<string> = new Set([
  'A4-2',
  'A6-3-1',
  'A6-4-1',
  'A7-1-2',
  'A7-1-3',
  'A7-4',
  'A7-5',
  'A10-1',
]);

/**
 * Tables the draft keeps current when their facts change (实时采集 发生变化时) rather than on dates: the
 * teachers' basic-information tables change with each hire or departure; the office may change the kind.
 */
export const ON_CHANGE_TABLES: ReadonlySet<string> = new Set(['A6-1-1', 'A6-2-1', 'A6-3-1', 'A6-4-1']);
