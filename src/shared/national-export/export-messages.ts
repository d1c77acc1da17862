/** Chinese messages of the national export (上报数据包). */
export const EXPORT_MESSAGES = {
  noTasks: '本年度没有分配任何表，无法导出上报数据包。',
  notLocked: (n: number, list: string) => `全年数据尚未全部锁定，不能导出上报数据包。还缺 ${n} 项：${list}`,
  textTooLong: (label: string, max: number, len: number) =>
    `${label} 超过上报模板允许的 ${max} 个字符（实为 ${len} 个），导出时不会截断，请核实`,
  cellTooLong: (label: string, len: number) =>
    `${label} 有 ${len} 个字符，超过 Excel 单元格的上限 32767，无法写入`,
  wrongPattern: (label: string, pattern: string) => `${label} 的位数或格式不符合要求（${pattern}）`,
  wrongDigits: (label: string, digits: number) => `${label} 应为 ${digits} 位数字`,
  wrongIdCard: (label: string) => `${label} 应为 18 位（最后一位可为 X）`,
  notNumber: (label: string) => `${label} 应为数值，但保存的是文本`,
  emptyRow: '整行为空：导出后是一条空行，平台导入时会跳过，请核实是否应删除',
  emptyNoReason: '本年度无数据（未填写说明）',
  pendingTable: '表结构待定义，不上报',
} as const;
