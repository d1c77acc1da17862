/** UI text of 备份与恢复 (zh-CN), in one place for review and translation. */
import type { BackupOperationName } from '../../../shared/backup/backup-names';

export const OPERATION_LABELS: Readonly<Record<BackupOperationName, string>> = {
  import: '导入前',
  merge: '合并数据包前',
  'catalog-change': '修改采集目录前',
  restore: '恢复前',
  daily: '每日自动',
  manual: '手动',
};

export const T = {
  menu: '备份与恢复',
  title: '备份与恢复',
  settingsTitle: '数据位置与备份设置',
  dataDir: '数据文件夹',
  backupDir: '备份位置',
  browserDownloads: '浏览器下载文件夹（本浏览器不支持内部备份区）',
  keep: '保留最近的备份份数',
  keepHelp: '每个采集年度分别计数；更早的自动删除，至少保留 1 份。',
  daily: '每天自动备份一次',
  backupNow: '立即备份',
  exportArchive: '导出年度存档…',
  restoreFromFile: '从文件恢复…',
  listTitle: '本年度的备份',
  colTime: '备份时间',
  colReason: '原因',
  colSize: '大小',
  restore: '恢复',
  download: '下载',
  noBackups: '还没有备份',
  backedUp: '备份完成',
  exported: (where: string) => `年度存档已保存：${where}`,
  restored: (name: string, at: string) => `已从 ${at} 的备份恢复“${name}”。`,
  restoring: '正在恢复…',
  backingUp: '正在备份…',
  reading: '正在读取数据',
  packing: '正在打包',
  confirmRestoreTitle: '用备份替换本年度的全部数据？',
  confirmRestore: (at: string, name: string) =>
    `将用 ${at} 的备份替换“${name}”的全部数据。恢复前会先自动备份当前数据，恢复操作记入审计日志。数据包序号不会回退。`,
  confirmReplaceOther: (name: string) =>
    `本机已有采集年度“${name}”，导入存档将替换它的全部数据（替换前先自动备份）。`,
  otherWorkspace: '该备份属于另一个采集年度，请在首页用“导入年度存档”恢复。',
  ok: '恢复',
  cancel: '取消',
  browserHint:
    '浏览器版的备份保存在本浏览器内部，清除浏览器数据会一并删除。请定期导出年度存档，保存到U盘或其他电脑。',
  importTitle: '从其他电脑迁移',
  importHelp: '在旧电脑的“备份与恢复”中导出年度存档（.sddbak），在这里导入即可。',
  importArchive: '导入年度存档…',
  imported: (name: string) => `已导入采集年度“${name}”。`,
  damagedTitle: '从备份恢复',
  damagedHelp: '以下是备份区中各采集年度的最新备份。恢复后再点“进入系统”。',
  damagedNone: '备份区中没有找到备份。如有导出的年度存档，可以从文件恢复。',
  enter: '恢复完成，进入系统',
  restoredList: (names: string) => `已恢复：${names}`,
  failedPrefix: '操作失败：',
  backupFailedRefuse: (why: string) => `操作前的自动备份失败，为保护数据已取消本次操作：${why}`,
  readTimeout: (seconds: number) =>
    `读取备份文件超过 ${seconds} 秒仍未完成，已停止：文件可能已损坏或被恶意构造。原有数据未改动。`,
  readCrashed:
    '读取备份文件时读取进程异常退出，已停止：文件可能已损坏或被恶意构造（例如压缩炸弹）。原有数据未改动。',
} as const;
