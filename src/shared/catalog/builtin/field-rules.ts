/**
 * Label rules of the draft → catalog mapping: the regular cases, decided from the label alone.
 * Irregular fields are decided in field-overrides.ts, which wins over these rules.
 */
import type { FieldType } from '../catalog-types';
import type { OptionListId } from '../options/option-lists';

/** 是否… anywhere in the label (当年是否招生, 基地是否发放学生实习补贴) is a yes/no question. */
export function isYesNoLabel(label: string): boolean {
  return label.includes('是否');
}

/** （年月） with full-width or ASCII parentheses, or a label that is itself a year-month (停招年月). */
export function isYearMonthLabel(label: string): boolean {
  return /[（(]\s*年月\s*[）)]/.test(label) || label.endsWith('年月');
}

/** Type from the label rules, or the draft's type when no rule applies. */
export function typeFromLabel(label: string, draftType: FieldType): FieldType {
  if (isYesNoLabel(label)) return 'boolean';
  if (isYearMonthLabel(label)) return 'yearMonth';
  return draftType;
}

/** Enum labels whose options are a well-known list, by exact label. */
export const LABEL_OPTION_LISTS: Readonly<Record<string, OptionListId>> = {
  性别: 'gender',
  民族: 'ethnic-groups',
  学历: 'education-levels',
  学位: 'degrees',
  政治面貌: 'political-status',
};

/** Code patterns known from the label (docs/domain.md §5). */
export function patternFromLabel(label: string): string | undefined {
  if (label.includes('学校标识码')) return '^\\d{10}$';
  if (label.includes('邮政编码')) return '^\\d{6}$';
  // 专业代码 of 《职业教育专业目录(2021年)》 高职专科: 6 digits. 专业方向代码 has no known form.
  if (label.includes('专业代码') && !label.includes('方向')) return '^\\d{6}$';
  return undefined;
}
