// Scratch (not committed): a realistic school report for looking at the exports.
import { createAnnexResolver } from '../shared/annex/annex-resolver';
import { BUILTIN_ANNEXES } from '../shared/annex/builtin-annexes';
import type { EnteredAnnexValue } from '../shared/annex/annex-types';
import { builtInCatalog } from '../shared/catalog/builtin-catalog';
import { BUILTIN_INDICATORS } from '../shared/indicators';
import { syntheticSchool } from '../shared/indicators/testing/synthetic-school';
import { newReport } from '../shared/report/report-template';
import { newEnterpriseReport } from '../shared/enterprise/enterprise-report';
import type { PmNode } from '../shared/report/pm-json';
import type { ReportDataSource } from '../shared/report/data-source';
import { builtInStandards } from '../shared/standards';
import { buildSource } from '../renderer/features/report/live/indicator-binding';
import type { StoredRow } from '../shared/records/record-types';
import { storedRow } from '../shared/rules/testing/rule-test-helpers';

const t = (text: string, marks?: string[]): PmNode => ({ type: 'text', text, ...(marks ? { marks: marks.map((m) => ({ type: m })) } : {}) });
const p = (...c: (PmNode | string)[]): PmNode => ({ type: 'paragraph', content: c.map((x) => (typeof x === 'string' ? t(x) : x)) });
const h = (level: number, text: string): PmNode => ({ type: 'heading', attrs: { level }, content: [t(text)] });
const v = (id: string, phrase = 'value'): PmNode => ({ type: 'indicatorValue', attrs: { indicatorId: id, phrase, seen: null } });
const fn = (text: string): PmNode => ({ type: 'footnote', attrs: { text } });
const doc = (...c: PmNode[]): PmNode => ({ type: 'doc', content: c });

const LONG =
  '学校坚持立德树人根本任务，深化产教融合、校企合作，围绕区域产业发展需求优化专业布局，全面提升人才培养质量。本学年，学校以“双高计划”建设为引领，推进“三教”改革，完善“岗课赛证”综通育人机制，人才培养质量稳步提升，社会服务能力持续增强。';

function majorRows(): StoredRow[] {
  const groups: [string, number][] = [
    ['电子与信息大类', 3256], ['装备制造大类', 2874], ['财经商贸大类', 2105], ['医药卫生大类', 1530],
    ['文化艺术大类', 1046], ['旅游大类', 812], ['教育与体育大类', 655], ['交通运输大类', 498],
  ];
  let id = 900000;
  const out: StoredRow[] = [];
  for (const [g, n] of groups) for (let i = 0; i < 6; i++) out.push(storedRow(id++, { zydl: g, zxss: Math.round(n / 6) }));
  return out;
}

export function school(): { source: ReportDataSource; tables: Map<string, StoredRow[]> } {
  const catalog = builtInCatalog();
  const now = syntheticSchool(24000);
  const prev = syntheticSchool(22000);
  const tables = new Map<string, StoredRow[]>(Object.entries(now));
  tables.set('A7-1-1', [...(tables.get('A7-1-1') ?? []), ...majorRows()]);
  const base = buildSource(
    { kind: 'lock', id: 'lock:2026-10-20T08:00:00.000Z', label: '2026学年锁定（2026-10-20 16:00）' },
    catalog,
    tables,
    new Map(Object.entries(prev)),
    { defs: BUILTIN_INDICATORS, standards: builtInStandards('2026-01-01T00:00:00.000Z') },
  );
  const entered = new Map<string, [EnteredAnnexValue | null, EnteredAnnexValue | null]>();
  const e = (value: number, source = '2026届毕业生跟踪调查报告（麦可思）'): EnteredAnnexValue => ({ value, source, evidence: '', enteredBy: '王敏', enteredAt: '2026-11-02' });
  entered.set('scorecard.monthly-income', [e(4380), e(4625)]);
  entered.set('scorecard.relevance', [e(72.4), e(74.1)]);
  entered.set('scorecard.alma-mater-satisfaction', [e(95.2), e(96.03)]);
  entered.set('scorecard.self-employment', [e(1.8), e(2.1)]);
  entered.set('service.horizontal-income', [e(1286.5, '科研处技术服务台账'), e(1534.27, '科研处技术服务台账')]);
  entered.set('service.non-degree-hours', [e(125400, '继续教育学院培训台账'), e(138620, '继续教育学院培训台账')]);
  entered.set('policy.staff-quota', [null, e(986, '编制批复文件')]);
  entered.set('international.students', [e(12, '国际交流处台账'), e(18, '国际交流处台账')]);
  const annexes = createAnnexResolver(BUILTIN_ANNEXES, base, entered);
  return { source: { ...base, annexes }, tables };
}

export function schoolChapters(): { report: ReturnType<typeof newReport>['report']; chapters: Map<string, PmNode> } {
  const { report, versions } = newReport({ id: 'r', workspaceId: 'w', year: 2026, school: '汕头职业技术学院', at: '2026-11-01', by: 'a' });
  const chapters = new Map<string, PmNode>(versions.map((x) => [x.chapterId, x.content]));
  chapters.set('students', doc(
    h(1, '学生发展'),
    p(LONG),
    h(2, '招生与在校生规模'),
    p('2026学年，学校全日制在校生', v('students.full-time'), '，生师比为', v('basic.student-teacher-ratio'), '（', v('basic.student-teacher-ratio', 'standard'), '），', v('basic.student-teacher-ratio', 'growth'), '。就业率', v('employment.rate'), fn('就业率按教育部统计口径，截至2026年8月31日。'), '。'),
    { type: 'chart', attrs: { chartId: 'c1', kind: 'bar', title: '各专业大类在校生人数', caption: '各专业大类在校生人数（人）', source: { type: 'aggregate', tableCode: 'A7-1-1', groupBy: 'zydl', measure: 'sum', field: 'zxss', label: '在校生数' } } },
    p(LONG),
    { type: 'dataTable', attrs: { tableId: 't1', title: '专业大类在校生', caption: '各专业大类在校生人数', source: { type: 'aggregate', tableCode: 'A7-1-1', groupBy: 'zydl', measure: 'sum', field: 'zxss', label: '在校生数（人）' } } },
    h(3, '1．学生技能大赛'),
    p('学生在全国职业院校技能大赛中获一等奖 3 项、二等奖 5 项，省级竞赛获奖 46 项。'),
    { type: 'chart', attrs: { chartId: 'c2', kind: 'pie', title: '专业大类分布', caption: '各专业大类在校生占比', source: { type: 'aggregate', tableCode: 'A7-1-1', groupBy: 'zydl', measure: 'sum', field: 'zxss', label: '' } } },
    { type: 'dataTable', attrs: { tableId: 't2', title: '办学条件指标', caption: '主要办学条件指标', source: { type: 'indicators', indicatorIds: ['basic.student-teacher-ratio', 'teachers.double-qualified', 'basic.equipment-per-student', 'finance.fiscal-per-student', 'students.full-time', 'employment.rate'] } } },
  ));
  chapters.set('teaching', doc(h(1, '教学改革'), h(2, '（一）专业建设'), p(LONG), p(LONG), { type: 'table', content: [
    { type: 'tableRow', content: ['专业群', '牵头专业', '建设层级'].map((x) => ({ type: 'tableHeader', content: [p(x)] })) },
    { type: 'tableRow', content: ['智能制造专业群', '机电一体化技术', '国家级'].map((x) => ({ type: 'tableCell', content: [p(x)] })) },
    { type: 'tableRow', content: ['数字商贸专业群', '电子商务', '省级'].map((x) => ({ type: 'tableCell', content: [p(x)] })) },
  ] }, h(2, '（二）课程与教材'), p(LONG), { type: 'bulletList', content: [{ type: 'listItem', content: [p('新增国家级精品在线开放课程 2 门；')] }, { type: 'listItem', content: [p('出版校企合作教材 11 部。')] }] }));
  chapters.set('service', doc(h(1, '服务贡献'), p(LONG), p(LONG)));
  chapters.set('annex', doc(h(1, '附表'), ...BUILTIN_ANNEXES.map((a) => ({ type: 'annexTable', attrs: { annexId: a.id, title: a.name } }))));
  chapters.set('cases', doc(h(1, '典型案例'), { type: 'caseBlock', attrs: { caseId: 'k1', title: '“校中厂”育匠心——智能制造学院产教融合实践', department: '智能制造学院', text: `${LONG}\n${LONG}`, tags: [], photos: [] } }));
  return { report, chapters };
}

export function enterpriseChapters() {
  const { report, versions } = newEnterpriseReport({ id: 'e', workspaceId: 'w', year: 2026, enterpriseName: '广东粤海智能装备有限公司', school: '汕头职业技术学院', at: '2026-11-01', by: 'a' });
  const chapters = new Map<string, PmNode>(versions.map((x) => [x.chapterId, x.content]));
  chapters.set('overview', doc(h(1, '企业概况'), p('广东粤海智能装备有限公司成立于2008年，是国家高新技术企业，主要从事工业机器人系统集成与智能产线研发制造。'), p(LONG)));
  chapters.set('resources', doc(h(1, '资源投入'), p(LONG), { type: 'enterpriseTable', attrs: { tableCode: 'A6-3-1', names: ['企业1', '企业2'], title: '企业兼职教师' } }));
  return { report, chapters };
}
