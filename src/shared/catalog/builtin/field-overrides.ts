/**
 * Per-field decisions of the draft → catalog mapping, keyed `TABLECODE.fieldkey` (final table code, final
 * key). Label rules (field-rules.ts) catch the regular cases; this table is where each irregular field
 * was reviewed by hand. Every draft `date` field has an entry here — the draft uses `date` for both full
 * dates and year-months, and its labels do not always say which (批准设置日期, 首次招生日期, 停招年月).
 * A test keeps this table complete and free of stale keys; docs/catalog-mapping.md lists it for review.
 */
import type { FieldType } from '../catalog-types';
import type { OptionListId } from '../options/option-lists';
import { SCHOOLING_YEARS } from '../options/schooling-length';

export interface FieldOverride {
  readonly type?: FieldType;
  readonly optionList?: OptionListId;
  /** Anchored regular expression source for code fields. */
  readonly pattern?: string;
  readonly min?: number;
  readonly max?: number;
  /** Why, in one line: shown in the mapping document. */
  readonly reason: string;
}

const YM = '年月：2012 填报说明要求 YYYYMM';
const ym = (reason = YM): FieldOverride => ({ type: 'yearMonth', reason });
const fullDate = (reason: string): FieldOverride => ({ type: 'date', reason });

export const FIELD_OVERRIDES: Readonly<Record<string, FieldOverride>> = {
  // — every draft `date` field, decided one by one —
  'A1.nameuseddate': ym(),
  'A1.buildeddate': ym(),
  'A1.estimatefirsttime': ym(),
  'A2.birthday': fullDate('出生日期：标签与说明均未指明年月，保留 YYYYMMDD'),
  'A4-2.establishdate': ym(),
  'A6-1-1.birthday': fullDate('出生日期：标签与说明均未指明年月，保留 YYYYMMDD'),
  'A6-1-1.teacherqualificationreceivedate': ym(),
  'A6-1-1.receiveddate': ym(),
  'A6-1-1.qualificationreceivedate': ym(),
  'A6-3-1.dateofwork': ym('草稿说明 YYYYMM'),
  'A6-3-1.backgroundappointmentdate': ym('草稿说明 YYYYMM'),
  'A7-1-1.setupdate': ym('批准设置日期：标签无“年月”，草稿说明为 YYYYMM'),
  'A7-1-1.firstrecruitdate': ym('首次招生日期：标签无“年月”，草稿说明为 YYYYMM'),
  'A7-1-1.notenrolldate': ym('停招年月：标签即年月'),
  'A7-1-2.awarddate': ym('标签用半角括号“(年月)”'),
  'A7-5.starttime': ym(),
  'A8-1.publisheddate': ym(),
  'A8-1.modifidate': ym(),
  'A8-7.teachingevaluationstarttime': ym(),
  'A8-7.teachingevaluationendtime': ym(),
  'A8-9.implementationdate': ym(),
  'A9-3.donationdate': ym(),
  'A9-6-1.awarddate': ym(),
  'A9-6-2.awarddate': ym(),
  'A10-1.birthday': fullDate('出生日期：标签与说明均未指明年月，保留 YYYYMMDD'),
  'A10-1.admissiondate': ym(),
  'A10-2-1.dropoutdate': ym(),
  'A10-3.registrationdate': ym(),

  // — enums whose options are known although the label rules do not catch them —
  'A1.location': { optionList: 'provinces', reason: '所在地区为省级行政区' },
  'A2.positional_titles': { optionList: 'title-levels', reason: '按专业技术职务等级填报' },
  'A6-1-1.title': { optionList: 'title-levels', reason: '职称（已聘）按等级填报' },
  'A6-1-1.majordeep': { optionList: 'title-levels', reason: '专业技术职务（最高）—等级' },
  'A8-5.duty': { optionList: 'title-levels', reason: '督导人员职称按等级填报' },
  'A6-1-1.isteacherdegree': { optionList: 'has-none', reason: '草稿说明：有/无' },
  'A6-1-1.qualificationlevel': { optionList: 'qualification-levels', reason: '职业资格证书（最高）—等级' },
  'A7-3-1.certlevel': { optionList: 'qualification-levels', reason: '职业资格证书等级' },
  'A6-1-2-1.term': { optionList: 'semesters', reason: '学年内学期' },
  'A7-1-1.spring_autumn_flag': { optionList: 'intake-seasons', reason: '标签即“春季/秋季”' },
  'A7-2.coursetype': { optionList: 'course-types', reason: '高职课程 A/B/C 类' },
  'A8-1.modify': { optionList: 'document-changes', reason: '草稿说明：新增/修改/取消' },
  'A10-1.enrollment': { optionList: 'enrollment-methods', reason: '与 A7-6-2 招生方式分列一致' },
  'A10-1.typeofstudent': { optionList: 'student-source-types', reason: '与 A7-1-1 生源类型分列一致' },

  // — bounds and patterns —
  'A7-1-1.studyduration': { ...SCHOOLING_YEARS, reason: '修业年限 2–5 年' },
  'A10-1.lengthofschooling': { ...SCHOOLING_YEARS, reason: '学制 2–5 年，保留整数以便计算' },
  'A10-1.birthplace': { pattern: '^\\d{6}$', reason: 'GB/T 2260 县级行政区划代码 6 位' },
};
