/**
 * The starter rule set shipped with the built-in catalog. Names are the official field labels of the
 * draft catalog (shared/reference/status-data-catalog.json), so the office can read and edit them.
 * Thresholds marked as benchmarks come from 教发〔2004〕2号 (DOMAIN.md §3.1) and must be adjusted by the
 * office for its school category (医学/体育/艺术 have stricter 生师比 values); they are soft rules.
 */
import type { MissingValueStrategy, Rule, RuleImportance, RuleOperator } from './rule-types';

interface Opts {
  readonly importance?: RuleImportance;
  readonly strategy?: MissingValueStrategy;
  readonly description?: string;
}

function rowRule(id: string, table: string, name: string, left: string, operator: RuleOperator, right: string, message: string, o: Opts = {}): Rule {
  return {
    id,
    name,
    scope: { kind: 'table', table },
    context: 'row',
    left,
    operator,
    right,
    importance: o.importance ?? 'high',
    missingValueStrategy: o.strategy ?? 'SKIP_IF_ANY_VALUE_MISSING',
    message,
    ...(o.description === undefined ? {} : { description: o.description }),
    enabled: true,
  };
}

function tableRule(id: string, tables: readonly string[], name: string, left: string, operator: RuleOperator, right: string, message: string, o: Opts = {}): Rule {
  const [first] = tables;
  return {
    ...rowRule(id, first ?? '', name, left, operator, right, message, o),
    scope: tables.length === 1 ? { kind: 'table', table: first ?? '' } : { kind: 'cross-table', tables: [...tables] },
    context: 'table',
  };
}

const SUM_IF_ANY: Opts = { strategy: 'SKIP_IF_ALL_VALUES_MISSING' };

export const STARTER_RULES: readonly Rule[] = [
  // A7-6 招生与就业
  rowRule('A7-6-1.reg-le-enrol', 'A7-6-1', '实际报到数不超过实际录取数', '实际报到数', '<=', '实际录取数', '实际报到数 {left} 超过实际录取数 {right}'),
  rowRule('A7-6-1.prov-le-reg', 'A7-6-1', '本省市生源报到数不超过实际报到数', '区域生源报到—本省市', '<=', '实际报到数', '本省市生源报到 {left} 超过实际报到数 {right}', { importance: 'medium' }),
  rowRule('A7-6-1.enrol-vs-plan', 'A7-6-1', '实际录取数不明显超出计划', '实际录取数', '<=', '计划招生数 * 1.2', '实际录取数 {left} 超出计划招生数的 120%（{right}）', { importance: 'low', description: '超计划录取需说明原因' }),
  rowRule('A7-6-2.match-le-emp', 'A7-6-2', '对口就业数不超过就业数', '对口就业数', '<=', '就业数', '对口就业数 {left} 超过就业数 {right}'),
  tableRule('A7-6-2.total-match-le-emp', ['A7-6-2'], '全校对口就业数不超过就业数', 'sum(A7-6-2.对口就业数)', '<=', 'sum(A7-6-2.就业数)', '全校对口就业数 {left} 超过就业数 {right}'),
  rowRule('A7-6-2.high-school', 'A7-6-2', '普通高中生源就业数不超过毕业生数', '普通高中生源—就业数', '<=', '普通高中生源—毕业生数', '普通高中生源就业数 {left} 超过毕业生数 {right}'),
  rowRule('A7-6-2.three-schools', 'A7-6-2', '“三校生”就业数不超过毕业生数', '“三校生”—就业数', '<=', '“三校生”—毕业生数', '“三校生”就业数 {left} 超过毕业生数 {right}'),
  rowRule('A7-6-2.five-year', 'A7-6-2', '五年制高职就业数不超过毕业生数', '五年制高职—就业数', '<=', '五年制高职—毕业生数', '五年制高职就业数 {left} 超过毕业生数 {right}'),
  rowRule('A7-6-3.emp-le-grad', 'A7-6-3', '上届就业数不超过毕业生数', '就业数', '<=', '毕业生数', '就业数 {left} 超过毕业生数 {right}'),
  rowRule('A7-6-3.satisfaction', 'A7-6-3', '用人单位评价人数不超过就业数', '用人单位满意或基本满意人数 + 用人单位一般满意人数 + 用人单位不满意人数', '<=', '就业数', '用人单位评价人数合计 {left} 超过就业数 {right}', { importance: 'medium', ...SUM_IF_ANY }),
  rowRule('A7-4.recruited', 'A7-4', '企业录用数不超过顶岗实习毕业生总数', '企业录用顶岗实习毕业生数', '<=', '顶岗实习毕业生总数', '企业录用 {left} 超过顶岗实习毕业生总数 {right}'),
  rowRule('A7-4.matching', 'A7-4', '对口毕业生数不超过顶岗实习毕业生总数', '顶岗实习对口毕业生数', '<=', '顶岗实习毕业生总数', '对口 {left} 超过顶岗实习毕业生总数 {right}'),
  rowRule('A7-1-1.grades', 'A7-1-1', '在校生总人数等于各年级之和', '在校生数—总人数', '==', '在校生数—一年级 + 在校生数—二年级 + 在校生数—三年级', '在校生总人数 {left} 与各年级之和 {right} 不一致', { importance: 'medium', ...SUM_IF_ANY }),
  // A3 基本办学条件：合计不小于分项
  rowRule('A3.buildings', 'A3', '校舍建筑面积合计不小于分项之和', '学校产权校舍建筑面积—合计', '>=', '教学科研及辅助用房 + 行政办公用房 + 生活用房 + 教工住宅 + 其他用房', '校舍面积合计 {left} 小于分项之和 {right}', { importance: 'medium', ...SUM_IF_ANY }),
  rowRule('A3.teaching-rooms', 'A3', '教学科研及辅助用房不小于其中各项之和', '教学科研及辅助用房', '>=', '其中：教室 + 其中：图书馆 + 其中：实验室、实习场所 + 其中：专用科研用房 + 其中：体育馆 + 其中：会堂', '教学科研及辅助用房 {left} 小于其中各项之和 {right}', SUM_IF_ANY),
  rowRule('A3.living-rooms', 'A3', '生活用房不小于其中各项之和', '生活用房', '>=', '其中：学生宿舍（公寓） + 其中：学生食堂 + 其中：教工宿舍（公寓） + 其中：教工食堂 + 其中：生活福利及附属用房', '生活用房 {left} 小于其中各项之和 {right}', SUM_IF_ANY),
  rowRule('A3.green', 'A3', '绿化用地不超过占地面积', '占地面积', '>=', '占地面积—绿化用地', '占地面积 {left} 小于绿化用地 {right}'),
  rowRule('A3.equipment', 'A3', '仪器设备当年新增值不超过总值', '教学、科研仪器设备—资产总值', '>=', '教学、科研仪器设备—当年新增资产值', '仪器设备总值 {left} 小于当年新增值 {right}'),
  rowRule('A3.books', 'A3', '新增图书不超过图书总数', '纸质图书—总册数', '>=', '纸质图书—本学年新增数', '图书总册数 {left} 小于本学年新增数 {right}'),
  rowRule('A3.computers', 'A3', '教学用计算机不超过计算机总数', '计算机数—合计', '>=', '教学用计算机—合计', '计算机合计 {left} 小于教学用计算机 {right}'),
  rowRule('A3.classrooms', 'A3', '多媒体教室不超过教室总数', '教室—合计', '>=', '教室—网络多媒体教室', '教室合计 {left} 小于网络多媒体教室 {right}'),
  rowRule('A4-1.equipment', 'A4-1', '大型设备数不超过设备总数', '设备数—大型设备数', '<=', '设备数—设备总数', '大型设备 {left} 超过设备总数 {right}'),
  rowRule('A5-1.income', 'A5-1', '学校总收入不小于各项收入之和', '学校总收入', '>=', '其中：学费收入—合计 + 其中：财政经常性补助收入—合计 + 其中：中央、地方财政专项投入—合计 + 其中：社会捐赠金额 + 其中：其他收入总额', '学校总收入 {left} 小于各项收入之和 {right}', { importance: 'medium', ...SUM_IF_ANY }),
  rowRule('A8-7.students', 'A8-7', '参与评教学生数不超过学生总数', '评教主体—学生—参与数', '<=', '评教主体—学生—总数', '参与评教学生 {left} 超过学生总数 {right}'),
  rowRule('A11-3.enrol', 'A11-3', '复转军人与退役士兵招生数不超过合计', '当年招生数—合计', '>=', '当年招生数—复转军人 + 当年招生数—退役士兵', '招生合计 {left} 小于分项之和 {right}', SUM_IF_ANY),
  // A1-X1 在校生规模与招生汇总
  rowRule('A1-X1.fulltime', 'A1-X1', '全日制学历教育在校生不少于普通高职在校生', '全日制学历教育在校生数', '>=', '全日制普通高职学历教育在校生总数', '全日制学历教育在校生 {left} 少于普通高职在校生 {right}'),
  rowRule('A1-X1.origins', 'A1-X1', '普通高职在校生不少于高中起点与中职起点之和', '全日制普通高职学历教育在校生总数', '>=', '其中高中起点 + 其中中职起点合计', '普通高职在校生 {left} 少于各起点之和 {right}', SUM_IF_ANY),
  rowRule('A1-X1.five-year', 'A1-X1', '五年制后二年包含在中职起点中', '其中中职起点合计', '>=', '其中五年制后二年', '中职起点合计 {left} 少于五年制后二年 {right}'),
  rowRule('A1-X1.enrol-methods', 'A1-X1', '全日制高职招生数等于各招生方式之和', '全日制高职招生数', '==', '`招生方式—基于高考“知识+技能”` + 招生方式—对口招生 + 招生方式—单独考试招生 + 招生方式—综合评价招生 + 招生方式—中高职贯通 + 招生方式—技能拔尖人才免试', '全日制高职招生数 {left} 与各招生方式之和 {right} 不一致', { importance: 'medium', ...SUM_IF_ANY }),
  tableRule('A10-1.count-vs-summary', ['A10-1', 'A1-X1'], '在校生名单人数与汇总表一致', 'count(A10-1 where 是否毕业 != 是)', '==', 'A1-X1.全日制普通高职学历教育在校生总数', '在校生信息表 {left} 人，汇总表填报 {right} 人', { importance: 'medium', description: '名单中未毕业的学生数应等于普通高职在校生总数；口径差异（如休学）须说明' }),
  tableRule('A10-1.yoy', ['A10-1'], '在校生人数较上年增幅不超过 30%', 'count(A10-1)', '<=', 'prev(count(A10-1)) * 1.3', '在校生 {left} 人，超过上年的 130%（{right}）', { importance: 'low' }),
  // 办学条件基准（教发〔2004〕2号，软规则）
  tableRule('bench.student-teacher-ratio', ['A1-X1', 'A6-1-1', 'A6-3-1'], '生师比不高于 18', 'A1-X1.折合在校生数 / (count(A6-1-1) + 0.5 * count(A6-3-1))', '<=', '18', '生师比 {left}，高于基准 {right}', { importance: 'low', description: '教发〔2004〕2号 合格值：综合、工科、农林、师范等 18；医学 16，体育、艺术 13（按学校类别调整）。教师总数 = 专任教师 + 校外兼职教师 × 0.5' }),
  tableRule('bench.double-qualified', ['A6-1-1'], '双师素质教师占专业教师比例不低于 50%', 'count(A6-1-1 where 是否专业教师 = 是 and 是否双师素质教师 = 是) / count(A6-1-1 where 是否专业教师 = 是)', '>=', '0.5', '双师素质教师比例 {left}，低于 {right}', { importance: 'low', description: '高职院校评估常用基准，学校可按目标调整' }),
  // 日期与统计期
  rowRule('A10-1.admission-date', 'A10-1', '入学日期不晚于统计时点', 'date(入学日期（年月）)', '<=', 'snapshotDate()', '入学日期 {left} 晚于统计时点 {right}'),
  rowRule('A10-1.birth-before-admission', 'A10-1', '出生日期早于入学日期', 'date(出生日期)', '<', 'date(入学日期（年月）)', '出生日期 {left} 不早于入学日期 {right}'),
  rowRule('A9-6-1.award-in-period', 'A9-6-1', '学生获奖日期在统计期内', 'inPeriod(获奖日期（年月）)', '==', '是', '获奖日期不在本学年统计期内', { importance: 'medium' }),
  rowRule('A9-3.donation-in-period', 'A9-3', '捐赠日期在统计期内', 'inPeriod(捐赠日期（年月）)', '==', '是', '捐赠日期不在本学年统计期内', { importance: 'medium' }),
  rowRule('A10-2-1.dropout-in-period', 'A10-2-1', '辍学日期在统计期内', 'inPeriod(辍学日期（年月）)', '==', '是', '辍学日期不在本学年统计期内', { importance: 'medium' }),
  // 成对填写
  rowRule('A6-1-1.teacher-cert-pair', 'A6-1-1', '教师资格证发证单位与获取日期成对填写', '高校教师资格证书—发证单位', 'compulsory_pair', '高校教师资格证书—获取日期（年月）', '高校教师资格证书的发证单位和获取日期须同时填写'),
  rowRule('A6-1-1.qualification-pair', 'A6-1-1', '职业资格证书名称与等级成对填写', '`职业资格证书—名称(全称)`', 'compulsory_pair', '职业资格证书（最高）—等级', '职业资格证书的名称和等级须同时填写', { importance: 'medium' }),
  rowRule('A1.evaluation-exclusive', 'A1', '未接受评估时不应有评估日期', '评估状态—第一轮—评估日期（年月）', 'exclusive_pair', 'if(评估状态—未接受评估 = 是, 1, 空)', '已选择“未接受评估”，却填写了第一轮评估日期', { importance: 'low' }),
];
