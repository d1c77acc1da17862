/** Chinese messages of the backup format, for the 备份与恢复 page and the restore dialogs. */
export const backupMessages = {
  tooLarge: (bytes: number, cap: number) => `备份文件过大（${mb(bytes)} MB，上限 ${mb(cap)} MB），已拒绝。`,
  damaged: (why: string) => `备份文件已损坏或不完整（${why}），未恢复任何内容。`,
  notBackup: '所选文件不是状态数据工作台的备份文件。',
  unsupportedVersion: (v: number) => `备份文件格式版本 ${v} 不受支持，请使用创建它的软件版本恢复。`,
  schemaMismatch: (theirs: number, ours: number) =>
    `备份来自数据库版本 ${theirs}，本软件使用版本 ${ours}，无法直接恢复。请使用相同版本的软件。`,
  unexpectedEntry: (name: string) => `备份文件中有清单未列出的内容“${name}”，已拒绝。`,
  missingEntry: (name: string) => `备份文件缺少“${name}”，已拒绝。`,
  duplicateEntry: (name: string) => `备份文件中“${name}”出现了两次，已拒绝。`,
  unknownTable: (name: string) => `备份文件包含未知的数据表“${name}”，已拒绝。`,
  missingTable: (name: string) => `备份文件缺少数据表“${name}”，已拒绝。`,
  altered: (name: string) => `备份文件中的“${name}”与清单记录的校验值不符（文件被改动或损坏），已拒绝。`,
  rowCount: (name: string) => `备份文件中“${name}”的记录数与清单不符，已拒绝。`,
  badRecord: (table: string, i: number, why: string) =>
    `数据表 ${table} 第 ${i + 1} 条记录无效（${why}），已拒绝。`,
  duplicateKey: (table: string, i: number) => `数据表 ${table} 第 ${i + 1} 条记录的主键重复，已拒绝。`,
  badWorkspace: (why: string) => `备份中的采集年度信息无效（${why}），已拒绝。`,
  auditBroken: (why: string) => `备份中的审计记录不完整或被改动：${why}`,
  auditHead: '备份中的审计记录与清单记录的最后一条不符，已拒绝。',
} as const;

function mb(bytes: number): string {
  return (bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 1 : 0);
}
