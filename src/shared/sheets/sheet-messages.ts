/**
 * Chinese messages of the spreadsheet pipeline (import refusals, cell problems, limits). They reach a
 * 信息员, so they say what happened and what to do, without jargon.
 */
import { formatCount } from '../format/display-format';
const mb = (bytes: number): string => `${Math.round(bytes / 1048576)} MB`;

export const SHEET_MESSAGES = {
  precisionLost: (label: string) =>
    `「${label}」在 Excel 中被存成了数字，超过 15 位的部分已被 Excel 改成 0。请把该列设为“文本”格式后重新填写。`,
  excelError: (label: string, value: string) =>
    `「${label}」是 Excel 错误值 ${value}，请检查公式或原始数据。`,
  formulaNoValue: (label: string) =>
    `「${label}」是公式，但文件中没有保存计算结果。请在 Excel/WPS 中打开并保存后再导入。`,
  duplicateKey: (labels: string, row: number) => `${labels}与第 ${row} 行重复，同一条记录只能出现一次。`,
  appendCollision: (labels: string) => `${labels}与已有数据重复；如要更新已有数据，请选择“替换”。`,
  fileTooLarge: (limit: number) => `文件过大（上限 ${mb(limit)}），请删除无关内容或拆分后再导入。`,
  tooManyEntries: (limit: number) => `文件结构异常：压缩包内文件超过 ${limit} 个，已拒绝导入。`,
  inflatedTooLarge: (limit: number) =>
    `文件解压后超过 ${mb(limit)}，可能是“压缩炸弹”或异常文件，已拒绝导入。`,
  ratioTooHigh: '文件解压后的体积与文件大小极不相称（压缩比超过 100 倍），可能是“压缩炸弹”，已拒绝导入。',
  zipDamaged: '文件已损坏或不是有效的 Excel 文件（.xlsx 压缩包无法读取）。',
  zipEncrypted: '文件已加密（设置了打开密码），请在 Excel 中取消密码后再导入。',
  tooManySheets: (limit: number) => `工作表超过 ${limit} 个，文件过于复杂，已拒绝导入。`,
  tooManyCells: (rows: number, cols: number, limit: number) =>
    `工作表范围为 ${rows} 行 × ${cols} 列，超过上限 ${formatCount(limit)} 个单元格，文件过于复杂，已拒绝导入。`,
  tooManyRows: (limit: number) => `数据超过 ${formatCount(limit)} 行，已拒绝导入。请拆分文件后分批导入。`,
  timeout: (seconds: number) =>
    `文件过于复杂，${seconds} 秒内未能读完，已停止读取。请检查文件或另存为新的 .xlsx 后再试。`,
  unknownFormat: '无法识别的文件格式。请选择 .xlsx、.xls 或 .csv 文件。',
  parseFailed: '文件无法读取：内容已损坏或格式不受支持。请在 Excel/WPS 中打开并另存为 .xlsx 后再试。',
  hostileContent: '文件包含异常结构（可能试图篡改程序），已拒绝导入，未写入任何数据。',
  workerCrashed: '读取文件时出错（读取进程意外退出），未写入任何数据。',
  noSheets: '文件中没有工作表。',
  csvEncoding: (encoding: string) => `已按 ${encoding} 编码读取 CSV 文件。`,
} as const;
