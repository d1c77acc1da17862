/**
 * Every Chinese message of the value layer, in one place so it can be reviewed as a whole.
 * Each message names the field as 「标签」 and, where it helps, shows a correct example.
 */

import { describePattern } from '../catalog/pattern-words';

const q = (label: string): string => `「${label}」`;
const fmtBound = (n: number): string => String(n);

export const VALUE_MESSAGES = {
  required: (label: string) => `${q(label)}为必填项，不能为空`,
  typeMismatch: (label: string, expected: string) => `${q(label)}存储的值类型不对，应为${expected}`,
  untrimmed: (label: string) => `${q(label)}首尾有空格，会影响汇总，请删除`,

  /**
   * The example fits the field: an integer field is offered a whole number, and a negative sign is
   * mentioned only when the field may be negative (no minimum, or one below zero).
   */
  notANumber: (label: string, typeName: string, integer: boolean, min: number | undefined) => {
    const negative = min === undefined || min < 0;
    const example = integer ? (min !== undefined && min > 1234 ? String(min) : '1234') : '12.5';
    return `${q(label)}应为${typeName}，只填数字（${negative ? '可带负号、' : ''}可带千分位逗号），如 ${example}`;
  },
  unitInCell: (label: string, unit: string) =>
    unit === ''
      ? `${q(label)}只填数字，不要带单位或文字`
      : `${q(label)}只填数字，不要带单位或文字（单位「${unit}」已在表头）`,
  unitStripped: (label: string, unit: string) => `${q(label)}已去掉单位「${unit}」，单元格只填数字`,
  percentNotAllowed: (label: string) =>
    `${q(label)}不是百分比列，不能带 %；请确认数值（如 12.5% 应填 12.5 还是 0.125）后只填数字`,
  percentMaybeFraction: (label: string, value: number) =>
    `${q(label)}按百分数填写：${value} 表示 ${value}%，如果想填 ${Number((value * 100).toPrecision(12))}% 请改为 ${Number((value * 100).toPrecision(12))}`,
  scientificNotation: (label: string) =>
    `${q(label)}是科学计数法（如 1.1E+17），数字已被 Excel 截断；请把该列设为文本格式，重新输入后再复制`,
  notAnInteger: (label: string) => `${q(label)}应为整数，不能有小数`,
  tooManyDigits: (label: string) =>
    `${q(label)}数字位数过多（超过 15 位有效数字），无法精确保存；如是编号请使用文本或代码列`,
  tooManyDecimals: (label: string, precision: number) =>
    precision === 0 ? `${q(label)}不能有小数` : `${q(label)}最多保留 ${precision} 位小数`,
  belowMin: (label: string, min: number) => `${q(label)}不能小于 ${fmtBound(min)}`,
  aboveMax: (label: string, max: number) => `${q(label)}不能大于 ${fmtBound(max)}`,

  badDate: (label: string) => `${q(label)}应为日期，格式 YYYYMMDD，如 20230901`,
  dateHasTime: (label: string) => `${q(label)}只填日期，不要带时间，格式 YYYYMMDD，如 20230901`,
  dateIsYearMonth: (label: string) =>
    `${q(label)}应为完整日期（年月日），格式 YYYYMMDD，如 20230901；只填了年月，请补上日`,
  excelDateSerial: (label: string) =>
    `${q(label)}看起来是 Excel 日期序号（单元格为常规/数字格式）；请在 Excel 中设为日期格式，或直接填 YYYYMMDD，如 20230901`,
  badYearMonth: (label: string) => `${q(label)}应为年月，格式 YYYYMM，如 202309`,
  ambiguousYearMonth: (label: string, year: string) =>
    `${q(label)}有歧义：「${year}.1」可能是 ${year}.10 被 Excel 当作数字显示，请填 ${year}01 或 ${year}10`,
  yearMonthFromDate: (label: string, ym: string) =>
    `${q(label)}只需年月，已按 ${ym} 保存（日期中的日被忽略）`,
  dateForYearMonth: (label: string, ym: string) =>
    `${q(label)}只需年月，格式 YYYYMM；填的是具体日期，请确认后填 ${ym}`,

  badBoolean: (label: string) => `${q(label)}应填「是」或「否」（也可填 Y/N、1/0、√）`,
  notAnOption: (label: string, options: readonly string[]) =>
    options.length <= 8
      ? `${q(label)}应从下拉选项中选择：${options.join('、')}`
      : `${q(label)}应从下拉选项中选择（共 ${options.length} 项，如 ${options.slice(0, 5).join('、')} 等）`,
  optionsPending: (label: string) => `${q(label)}的选项待定，已按原文保存；选项确定后请核对`,
  patternMismatch: (label: string, pattern: string) => `${q(label)}格式不对，应为${describePattern(pattern)}`,
  badPattern: (label: string) => `${q(label)}的代码规则设置有误，请联系管理员修改目录`,

  idCardLength: (label: string, length: number) =>
    length === 15
      ? `${q(label)}是 15 位旧身份证号，已停用，请填 18 位号码`
      : `${q(label)}应为 18 位身份证号，现为 ${length} 位`,
  idCardChars: (label: string) => `${q(label)}应为 17 位数字加 1 位校验码（数字或 X），不能有空格或其他字符`,
  idCardRegion: (label: string) => `${q(label)}前 6 位地区码不正确`,
  idCardBirth: (label: string) => `${q(label)}第 7–14 位出生日期不是有效日期`,
  idCardCheck: (label: string, expected: string) =>
    `${q(label)}校验码不正确（按前 17 位计算应为 ${expected}），请核对号码`,
} as const;

export const TYPE_NAMES = {
  text: '文本',
  integer: '整数',
  decimal: '数字',
  percent: '百分数（只填数字，如 12.5 表示 12.5%）',
  date: '日期（YYYYMMDD）',
  yearMonth: '年月（YYYYMM）',
  enum: '下拉选项',
  code: '代码',
  idCard: '身份证号',
  boolean: '是/否',
} as const;
