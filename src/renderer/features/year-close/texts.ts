/** Texts of the 领导小组签发 page and the signed 锁定清单. */
export const S = {
  menu: '领导小组签发',
  title: '领导小组签发（全年数据锁定）',
  intro:
    '签发前请核对：各表审核进度、未完成的整改事项、审定前快照，以及锁定将冻结的内容。签发后数据快照冻结，上报数据包与质量年报只读取该快照。',
  progressTitle: '审核进度',
  expected: '应报项数',
  schoolApproved: '学校已审核',
  locked: '已锁定',
  notReady: '未通过校级审核',
  blockersTitle: (n: number) => `还有 ${n} 项未通过校级审核：`,
  allReady: '所有应报项均已通过校级审核。',
  itemsTitle: '整改事项',
  noItems: '没有未完成的整改事项。',
  itemsOpen: (n: number, blocking: number) =>
    `有 ${n} 项整改尚未完成${blocking > 0 ? `，其中 ${blocking} 项标为“阻止锁定”` : ''}：`,
  indicatorsHint: '核心指标及其对标值见“对标分析”页；审定前快照可供分析说明引用。',
  openAnalysis: '打开对标分析',
  snapshotTitle: '审定前快照',
  snapshotNone: '尚未保存审定前快照。建议在领导小组审阅分析说明前保存一份，签发时可核对数据是否有变化。',
  snapshotName: '快照名称',
  snapshotPlaceholder: '例如：2026 学年审定前快照',
  snapshotSave: '保存审定前快照',
  snapshotSaved: (name: string) => `已保存审定前快照“${name}”`,
  snapshotAt: '保存时间',
  snapshotBy: '保存人',
  snapshotHash: '快照清单哈希',
  snapshotSize: (slices: number, rows: number) => `${slices} 个切片，${rows} 行`,
  snapshotEarlier: (n: number) => `此前另有 ${n} 份审定前快照记录在审计日志中（仅保留最新一份的数据）。`,
  lockSame: '锁定的数据与审定前快照完全一致。',
  lockDiffers: (n: number) => `锁定的数据与审定前快照有 ${n} 处不同：`,
  freezeTitle: '锁定将冻结的内容',
  freezeColumns: { table: '表代码', name: '表名', departments: '填报部门', rows: '行数', state: '状态' },
  freezeTotal: (tables: number, rows: number) => `共 ${tables} 张表，${rows} 行`,
  frozen: '已冻结',
  toFreeze: '待冻结',
  listTitle: '锁定清单',
  listNotLocked: '全年数据尚未锁定；签发后这里显示锁定清单，并可用督导室密钥签名导出。',
  listAt: '锁定时间',
  listBy: '签发人',
  listHash: '锁定清单哈希',
  listCatalog: '目录版本',
  listCorrections: (n: number) => `审核通过后的校级更正（${n} 项）`,
  listCorrection: (table: string, dept: string, line: string) => `${table}（${dept}）${line}`,
  listSign: '签名并导出锁定清单（.json）',
  listSaved: (name: string) => `已保存签名的锁定清单 ${name}`,
  passphrase: '密钥口令',
  failed: (m: string) => `操作失败：${m}`,
  officeOnly: '领导小组签发只在督导室（学校）站点进行。',
  notOfficeKey: '本站还没有督导室签名密钥，请先在“数据交换”页创建。',
} as const;

/** Texts of the 新建下一学年 page. */
export const R = {
  menu: '新建下一学年',
  title: '新建下一学年',
  intro:
    '从已锁定的本学年一步建立下一学年：统计时段与各截止日期顺延一年，采集目录、校验规则、指标与标准原样复制（版本号保留），部门与任务分配（截止日期顺延）、本站用户（姓名、角色、PIN）以及数据交换的密钥与收发记录一并带入。',
  carried:
    '时点类表（学校基本信息、机构、领导、教师、专业、基地等）从本学年的数据开始，每行标为“待核实”，由填报部门确认或修改；时段类表从空表开始。本学年自动成为下一学年的同比来源，并保持可查阅、可导出。',
  department: '本部门站点只带入本部门自己的数据行。',
  keyNote:
    '本站的签名密钥和已核对的督导室密钥一并带入下一学年：导入督导室新学年的初始化包时无需重新核对指纹，也无需重新注册（督导室密钥未变时）。',
  keyNoteOffice:
    '督导室的签名密钥带入下一学年，信任列表以同样的密钥（已吊销的仍为吊销）重新签发为新学年的版本：各部门导入新学年初始化包时无需重新注册。',
  passphrase: '负责人签名口令（重新签发信任列表）',
  signFailed: (m: string) => `无法为新学年签发信任列表：${m}`,
  preview: '下一学年',
  name: '名称',
  period: '学年',
  finance: '财务年度',
  snapshot: '时点日期',
  fill: '填报截止',
  create: '新建下一学年',
  confirm: '将在一个步骤中建立下一学年；本学年数据保持不变。确定新建？',
  created: (name: string) => `已新建“${name}”`,
  open: '打开下一学年',
  headOnly: '只有负责人、督导员或领导小组可以新建下一学年。',
} as const;

/** Texts of the office's 锁定清单 as a department or summary department received it. */
export const L = {
  title: (year: string) => `督导室已锁定 ${year}`,
  intro:
    '督导室在反馈包中发来签名的锁定清单。下表列出本站持有的各切片在锁定时的行数与内容哈希，并与本站的副本核对。',
  received: '收到时间',
  verifyLabel: '验证',
  verifyOk: (fp: string) => `通过：由本站已确认的督导室密钥签名（指纹 ${fp}），内容未被改动`,
  verifyFailed: (why: string) => `未通过：${why}`,
  copiesSame: (n: number) => `本站 ${n} 个切片的副本与锁定的内容一致。`,
  copiesDiffer: (n: number, total: number) =>
    `本站 ${total} 个切片中有 ${n} 个的副本与锁定的内容不一致，请与督导室核对。`,
  unlocked: (n: number) => `本站有 ${n} 个切片已不在锁定状态（督导室可能已重新开放本学年）。`,
  extractLabel: '本站摘录',
  extract: (dept: string, hash: string) =>
    `督导室为${dept}签发的摘录，只含本站的切片与其校级更正（摘录哈希 ${hash.slice(0, 16)}…）`,
  frozenHere:
    '锁定期间，本站本学年的所有表（包括从未提交的表）均为只读；须由督导室填写原因解除年度锁定后才能修改。',
  reopenedHere: (at: string, by: string) =>
    `督导室已于 ${at} 解除本学年的锁定（${by}），本站各表不再因年度锁定而只读。`,
  columns: { table: '表', rows: '锁定行数', hash: '锁定内容哈希', copy: '本站副本' },
  copy: {
    same: '一致',
    changed: (rows: number) => `不一致（本站 ${rows} 行）`,
  },
  otherCorrections: (n: number) => `另有 ${n} 项校级更正涉及其他部门的切片，未在此列出。`,
} as const;
