/**
 * Field lists from the second research input (draft/status-data-fields-2026.json) for tables the first
 * draft left 待定义, and fuller lists for A6-3-1 and A6-1-3. docs/catalog-mapping.md §11 states the rules:
 * only columns the research found are taken (cells it could not read, 序号 and provincial extensions are
 * not); labels keep the research's wording, with inferred group names written out; types follow the label
 * rules of field-rules.ts plus the date and number rules below; a field is verified only when both
 * sources agree on it. Keys reuse the key of the same label in the teacher and club tables so the same
 * column has the same key everywhere; other columns get `c` + the research's column number.
 */
import type { FieldDef, FieldType } from '../catalog-types';
import type { ResearchField, ResearchTable } from '../draft/research-types';
import { OPTION_LISTS } from '../options/option-lists';
import type { OptionListId } from '../options/option-lists';
import { LABEL_OPTION_LISTS, isYearMonthLabel, isYesNoLabel, patternFromLabel } from './field-rules';

export interface ResearchPlan {
  /** Key of the table in the research file. */
  readonly source: string;
  /** Fields the first draft already has, by the research label they stand for (kept as they are). */
  readonly existing?: Readonly<Record<string, string>>;
  /**
   * The kept draft fields take the research's label: for A6-1-3 the draft's first column reads 教工, a
   * truncation of the 教工号 the research found in the platform's template and every teacher table uses.
   */
  readonly researchLabels?: boolean;
  /** Also take the columns whose position is unknown (the research recommends their union for 授课情况). */
  readonly extras?: boolean;
  /** Option lists of this table's enums that the research found, by cleaned label. */
  readonly optionLists?: Readonly<Record<string, OptionListId>>;
}

const TEACHING = { extras: true } as const;

export const RESEARCH_PLANS: Readonly<Record<string, ResearchPlan>> = {
  'A6-2-1': { source: 'A6-2-1' },
  'A6-2-2-1': { source: 'A6-2-2-1', ...TEACHING },
  'A6-2-3': { source: 'A6-2-3' },
  'A6-3-1': {
    source: 'A6-3-1 (supplement)',
    existing: {
      参加工作日期: 'dateofwork',
      签约情况: 'signedstatus',
      '当前专职工作背景—单位名称': 'backgroundunit',
      '当前专职工作背景—职务': 'backgroundduty',
      '当前专职工作背景—任职日期': 'backgroundappointmentdate',
    },
  },
  'A6-3-2-1': { source: 'A6-3-2-1', ...TEACHING },
  'A6-4-1': { source: 'A6-4-1' },
  'A6-4-2-1': { source: 'A6-4-2-1', ...TEACHING },
  'A6-1-3': {
    source: 'A6-1-3 (supplement)',
    researchLabels: true,
    existing: {
      教工号: 'employeeid',
      '社会兼职—兼职单位名称(全称)': 'parttimeunit',
      '社会兼职—兼职时间': 'parttimeday',
    },
  },
  'A8-3': { source: 'A8-3' },
  'A8-4': { source: 'A8-4' },
  'A8-6': { source: 'A8-6' },
  'A9-5': {
    source: 'A9-5',
    optionLists: { 项目类别: 'quality-project-types', 级别: 'quality-project-levels' },
  },
  'A9-6-3': { source: 'A9-6-3' },
  'A10-4': { source: 'A10-4' },
  'A10-5': { source: 'A10-5' },
};

/** Tables whose existing draft fields supply keys for the same labels (first table wins). */
export const KEY_DONOR_TABLES: readonly string[] = ['A6-1-1', 'A6-1-2-1', 'A6-1-3', 'A10-3'];

/** Labels the research wrote with an inferred group in brackets or a question mark, written out. */
const LABEL_FIXES: Readonly<Record<string, string>> = {
  '是否在编 (?)': '是否在编',
  '（专业技术职务）等级': '专业技术职务—等级',
  '（专业技术职务）名称': '专业技术职务—名称',
  '（专业技术职务）发证单位': '专业技术职务—发证单位',
  '（专业技术职务）获取日期': '专业技术职务—获取日期',
  '（会员数量）总数': '会员数量—总数',
  '（负责人）姓名': '负责人—姓名',
  '年级（授课年级）': '授课年级',
  '社团（名称）': '社团名称',
  '总数（人次）': '参与总数',
};

/** Dates whose label does not say 年月 but whose column elsewhere in the catalog does (A6-1-1, A6-2-3, A10-3). */
const YEAR_MONTH_SUFFIXES = ['参加工作日期', '获取日期', '任职日期', '立项日期', '成立日期'];

/** Enums whose values no source gives: 选项待定 until the office fills them. */
const PENDING_ENUMS = new Set([
  '签约情况',
  '来源',
  '教学名师',
  '课程类型',
  '课程属性',
  '获奖级别',
  '获奖—级别',
  '科研课题—课题级别',
  '课题级别',
  '教研成果—最高等级',
]);

const TITLE_LEVEL_LABELS = new Set(['专业技术职务（最高）—等级', '专业技术职务—等级']);
const COUNT_UNITS = new Set(['人', '人次', '天', '年', '项', '本']);

interface TypeDecision {
  readonly type: FieldType;
  readonly list?: OptionListId;
  readonly pattern?: string;
}

/** Type of a research column from its cleaned label and unit (docs/catalog-mapping.md §11). */
export function researchFieldType(
  label: string,
  unit: string,
  lists: ResearchPlan['optionLists'],
): TypeDecision {
  if (isYesNoLabel(label)) return { type: 'boolean' };
  if (label === '出生日期') return { type: 'date' };
  if (label === '批准日期') return { type: 'date' }; // exported as 8 digits by the source system
  if (isYearMonthLabel(label) || YEAR_MONTH_SUFFIXES.some((s) => label.endsWith(s)))
    return { type: 'yearMonth' };
  const list = lists?.[label] ?? LABEL_OPTION_LISTS[label];
  if (list !== undefined) return { type: 'enum', list };
  if (TITLE_LEVEL_LABELS.has(label)) return { type: 'enum', list: 'title-levels' };
  if (label === '职业资格证书（最高）—等级') return { type: 'enum', list: 'qualification-levels' };
  if (label === '授课学期') return { type: 'enum', list: 'semesters' };
  if (PENDING_ENUMS.has(label)) return { type: 'enum' };
  if (label === '教工号' || label.endsWith('代码')) {
    const pattern = patternFromLabel(label);
    return pattern === undefined ? { type: 'code' } : { type: 'code', pattern };
  }
  if (unit === '元' || unit === '学时') return { type: 'decimal' };
  if (COUNT_UNITS.has(unit) || label.endsWith('数') || label.endsWith('顺序')) return { type: 'integer' };
  return { type: 'text' };
}

/** A research column the mapping takes: a real label at a known or recommended position. */
function taken(f: ResearchField): boolean {
  return f.confidence !== 'unknown' && !f.label.startsWith('(') && f.label !== '序号';
}

/** The research label as the catalog shows it (inferred groups written out). */
export function cleanLabel(label: string): string {
  return LABEL_FIXES[label] ?? label;
}

/** Both repositories agree on the column and neither its label nor its group was inferred. */
function agreed(confidence: string): boolean {
  return confidence === 'verified';
}

interface Column {
  readonly label: string;
  readonly unit: string;
  readonly verified: boolean;
  readonly fallbackKey: string;
}

function columns(t: ResearchTable, plan: ResearchPlan): Column[] {
  // A table the research read from one source only (A9-5, A10-5) caps every column at unverified.
  const tableAgreed = t.confidence === undefined || agreed(t.confidence);
  const cols: Column[] = t.fields.filter(taken).map((f) => ({
    label: cleanLabel(f.label),
    unit: f.unit ?? '',
    verified: tableAgreed && agreed(f.confidence),
    fallbackKey: `c${String(f.cell).padStart(2, '0')}`,
  }));
  if (plan.extras === true)
    (t.extraFieldsPositionUnknown ?? []).forEach((x, i) =>
      cols.push({
        label: x.label,
        unit: x.unit ?? '',
        verified: false,
        fallbackKey: `x${String(i + 1).padStart(2, '0')}`,
      }),
    );
  return cols;
}

/**
 * The fields of one researched table: existing draft fields where the plan names them (kept whole, in the
 * research's column order; relabelled only where the plan says), every other column mapped by the rules above.
 */
export function researchTableFields(
  t: ResearchTable,
  plan: ResearchPlan,
  existing: readonly FieldDef[],
  donorKeys: ReadonlyMap<string, string>,
): FieldDef[] {
  const byKey = new Map(existing.map((f) => [f.key, f]));
  const out: FieldDef[] = [];
  const used = new Set<string>();
  for (const c of columns(t, plan)) {
    const keep = plan.existing?.[c.label];
    const old = keep === undefined ? undefined : byKey.get(keep);
    if (old !== undefined) {
      out.push(plan.researchLabels === true ? { ...old, label: c.label } : old);
      used.add(old.key);
      continue;
    }
    const donor = donorKeys.get(c.label);
    const key = donor !== undefined && !used.has(donor) ? donor : c.fallbackKey;
    used.add(key);
    const d = researchFieldType(c.label, c.unit, plan.optionLists);
    const list = d.list === undefined ? undefined : OPTION_LISTS[d.list];
    out.push({
      key,
      label: c.label,
      type: d.type,
      unit: c.unit,
      required: c.label === '教工号' || c.label === '姓名',
      ...(d.type === 'enum' ? (list ? { options: [...list.options] } : { optionsPending: true }) : {}),
      ...(d.pattern !== undefined ? { pattern: d.pattern } : {}),
      note: '',
      verified: c.verified && (list?.verified ?? true),
    });
  }
  // A kept draft field the research does not list stays, after the researched columns.
  for (const f of existing) if (!used.has(f.key)) out.push(f);
  return out;
}
