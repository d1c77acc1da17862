/** Every Chinese text of the entry grid and record form, in one place for review. */
export const T = {
  schoolPrefill: (name: string, id: string) => `年度设置中的学校名称为「${name}」，学校标识码为 ${id}。`,
  schoolPrefillButton: '填入学校名称和标识码',
  loading: '正在打开数据表…',
  frozenTitle: (reason: string) => `本表只读：${reason}`,
  frozenHow: (who: string, yearLocked: boolean) =>
    `如需修改，须由${who}；${yearLocked ? '解除锁定' : '退回'}后恢复为可编辑。`,
  /** A copy another station sent: no return makes it writable here. */
  frozenCopy: (who: string) => `本站不能修改此副本；如需修改，须由${who}。`,
  frozenUpdate: (point: string) =>
    `更新点 ${point} 已到：本部门可点击下方「更新」重新打开本表（更新后须重新提交审核）。`,
  frozenOnChange:
    '本表在情况变化时更新：如有新进、离职等变化，本部门可点击下方「更新」重新打开本表（更新后须重新提交审核）。',
  frozenAsked: (who: string) => `如需修改：本部门已申请更新，学校督导室同意后恢复为可编辑；也可由${who}。`,
  frozenAsk: (who: string) => `如需修改，可在下方申请更新（学校督导室同意后恢复为可编辑），或由${who}。`,
  loadFailed: (m: string) => `打开失败：${m}`,
  noTable: (code: string) => `目录中没有表 ${code}`,
  pendingTable: '本表字段待定义，请督导室在「采集目录」中定义字段后再填报。',
  department: '查看部门',
  metaBy: '确认人',
  metaAt: '确认时间',
  required: '必填',
  rows: (n: number) => `共 ${n} 行`,
  shown: (n: number, total: number) => `显示 ${n} / ${total} 行`,
  errors: (n: number) => `错误 ${n}`,
  /** Explained: empty required cells a 留空说明 covers (counted apart; they do not block). */
  requiredEmpty: (n: number, explained = 0) =>
    explained > 0 ? `必填未填 ${n}（已说明 ${explained}）` : `必填未填 ${n}`,
  /** Shown instead of the counts while a large table's cells are still being checked after opening. */
  checkingIssues: '正在检查…',
  warnings: (n: number) => `提示 ${n}`,
  lastUpdated: (at: string, by: string) => `最后更新：${at}${by ? `（${by}）` : ''}`,
  neverUpdated: '尚未填报',
  saving: '正在保存…',
  saved: '已自动保存',
  saveFailed: (m: string) => `保存失败，已恢复为已保存的数据：${m}`,
  undo: '撤销 (Ctrl+Z)',
  redo: '恢复 (Ctrl+Y)',
  insertRows: '插入行',
  addRow: '添加行',
  deleteRows: '删除行',
  fillDown: '向下填充 (Ctrl+D)',
  copy: '复制 (Ctrl+C)',
  cut: '剪切 (Ctrl+X)',
  clear: '清除内容 (Delete)',
  search: '查找（回车找下一个）',
  cellInput: '单元格输入',
  searchNotFound: (t: string) => `没有找到「${t}」`,
  filter: '筛选：包含…',
  filterAllColumns: '所有列',
  onlyIssues: '只看有问题的行',
  issuePanel: '问题清单',
  issueLimit: (n: number) => `仅列出前 ${n} 项，请先修正这些`,
  noIssues: '没有错误，必填项已填齐',
  rowLabel: (n: number) => `第 ${n} 行`,
  sortAsc: '升序排列',
  sortDesc: '降序排列',
  sortClear: '取消排序（恢复录入顺序）',
  filterColumn: '按本列筛选…',
  pasted: (cells: number, errors: number) =>
    errors > 0
      ? `已粘贴 ${cells} 个单元格，其中 ${errors} 个无法识别，已标红保留原文，请修正`
      : `已粘贴 ${cells} 个单元格`,
  pasteSkipped: (n: number) => `有 ${n} 列超出表格或为只读列，未粘贴`,
  pasteTooBig: (n: number) => `一次最多粘贴 ${n} 个单元格，请分批粘贴`,
  filled: (n: number) => `已填充 ${n} 个单元格`,
  deletedRows: (n: number) => `已删除 ${n} 行（可撤销）`,
  insertedRows: (n: number) => `已插入 ${n} 行`,
  nothingToUndo: '没有可撤销的操作',
  nothingToRedo: '没有可恢复的操作',
  undone: (label: string) => `已撤销：${label}`,
  redone: (label: string) => `已恢复：${label}`,
  readOnlyColumn: '修改人、修改时间由系统记录，不能编辑',
  sortedInsertHint: '排序或筛选时插入的行显示在当前位置，保存在录入顺序中',
  actions: {
    typed: '编辑单元格',
    paste: (n: number) => `粘贴 ${n} 个单元格`,
    fill: '填充',
    clear: '清除内容',
    cut: '剪切',
    insert: (n: number) => `插入 ${n} 行`,
    remove: (n: number) => `删除 ${n} 行`,
  },
  editorHintDate: '日期：YYYYMMDD，也可输入 2023/9/1、2023年9月1日',
  editorHintYearMonth: '年月：YYYYMM，也可输入 2023.09、2023年9月',
  editorHintBoolean: '填「是」或「否」',
  editorHintEnum: '输入文字筛选，↑↓ 选择，回车确认',
  willStore: (s: string) => `将保存为 ${s}`,
  willPick: (s: string) => `回车选择「${s}」`,
  noOptions: '没有匹配的选项',
  headerType: '类型',
  headerUnit: '单位',
  headerNote: '填报说明',
  headerRequired: '必填项',
  formTitle: '单记录表：逐项填写，离开输入框即自动保存',
  formSaved: '已保存',
  booleanYes: '是',
  booleanNo: '否',
  emptyOption: '（空）',
  rowDeleted: '该行已删除',
  ruleError: '规则错误',
  ruleWarning: '规则警告',
  ruleFailed: '未通过',
  undecidable: '本站无法判断',
  undecidableCount: (n: number) => `无法判断 ${n}`,
  tableRules: '表级规则（整表核对）',
  rowIssues: '单元格问题',
  comments: '退回批注',
  commentsCount: (open: number, total: number) => `批注 待改 ${open}/${total}`,
  commentBy: (by: string) => `审核批注（${by}）`,
  commentOpen: '待修改',
  commentChanged: '已修改',
  commentValues: (was: string, now: string) => `退回时：${was} → 现在：${now}`,
  carried: {
    title: (n: number) => `本表有 ${n} 行从上一学年结转，待核实`,
    how: '请逐行核对：没有变化的行点“确认无变化”，有变化的直接修改（修改即视为已核实）。全部核实之前不能提交。',
    only: '只看待核实',
    confirmSelected: '确认所选行无变化',
    confirmAll: '全部确认无变化',
    confirmAllAsk: (n: number) => `确认这 ${n} 行与上一学年相比都没有变化？`,
    confirmed: (n: number) => `已确认 ${n} 行无变化`,
    noneSelected: '所选行中没有待核实的行。',
  },
} as const;

/** 校级更正: the office's correction of one cell of a frozen slice. */
export const C = {
  open: '校级更正',
  hint: '不退回本表，由督导室直接更正一个单元格：须填写原因，更正随下一个反馈包签名下发到填报部门。',
  title: (table: string, dept: string) => `校级更正：${table}（${dept}）`,
  row: '行',
  rowOption: (n: number, label: string) => `第 ${n} 行${label ? ` · ${label}` : ''}`,
  field: '字段',
  current: '当前值',
  empty: '（空）',
  newValue: '更正为',
  reason: '更正原因',
  reasonPlaceholder: '例如：与人事档案核对，姓名录入有误',
  confirm: '确认更正',
  cancel: '取消',
  needCell: '请选择要更正的行和字段。',
  needReason: '请填写更正原因。',
  same: '新值与当前值相同，无需更正。',
  done: '已更正，并记入审计日志；请在「完成情况」中导出审核反馈包下发到填报部门。',
  listTitle: (n: number) => `校级更正记录（${n} 项）`,
  listHint: '以下单元格由学校督导室在审核通过后直接更正，已写入本表。',
} as const;

/** 留空说明: a required cell left empty on purpose, with the reason. */
export const B = {
  open: '留空说明…',
  title: (field: string, row: number) => `留空说明：第 ${row} 行「${field}」`,
  hint: '此必填单元格确实无法填写时，写明原因；审核时按已说明处理，说明随数据报送，审核人可见。清空说明即撤回。',
  placeholder: '例如：该生学籍信息尚在转入办理中，学籍系统导出后补录',
  save: '保存说明',
  cancel: '取消',
  saved: '已保存留空说明。',
  current: (text: string) => `已说明留空：${text}`,
} as const;

/** How a 申请更新 travels: in the next data bundle to the office, through a summary department, or in a forward. */
const carrier = (via: string | null): string =>
  via === null
    ? '随本部门下一个报送学校的数据包'
    : via === 'own'
      ? '随本站下一个汇总转报包'
      : `随本部门下一个报送${via}的数据包经其汇总转报`;

/** 实时采集: the 更新 step and 申请更新 on a frozen slice. */
export const U = {
  due: (point: string) => `更新点 ${point} 已到，可重新打开本表更新数据（更新后须重新提交审核）。`,
  onChange: '本表在发生变化时更新（如教师入职、离职），可随时重新打开本表记录变化（更新后须重新提交审核）。',
  open: '更新',
  title: (table: string) => `更新表 ${table}`,
  hint: '更新会把本表退回填报中：修改或逐行确认后重新提交，经负责人审核后随数据包报送。其他表保持只读。',
  reason: '更新原因（必填）',
  placeholder: '例如：11 月新进教师 3 人',
  reasonRequired: '请填写更新原因',
  ok: '确认更新',
  cancel: '取消',
  done: '已重新打开，本表可编辑',
  ask: '申请更新',
  askTitle: (table: string) => `申请更新表 ${table}`,
  /** `via`: the summary department the table goes through (its name), 'own' for its own forward, or null. */
  askHint: (via: string | null) =>
    `没有到期的更新点。申请将${carrier(via)}送达学校督导室；同意后，${via === null || via === 'own' ? '' : `答复经${via}转回，`}随审核反馈包回到本站并把本表退回填报中。`,
  askReason: '申请理由（必填）',
  askRequired: '请填写申请理由',
  askPlaceholder: '例如：10 月新增专业带头人 1 人',
  askOk: '提交申请',
  asked: (via: string | null) =>
    via === null
      ? '已记录申请更新，请导出数据包报送学校'
      : via === 'own'
        ? '已记录申请更新，请导出汇总转报包报送学校'
        : `已记录申请更新，请导出数据包报送${via}`,
  askable: '本表已报送，如学年中情况有变，可申请更新。',
  pending: (at: string, reason: string, via: string | null) =>
    `已于 ${at} 申请更新（${reason}），等待学校督导室答复；申请${carrier(via)}报送。`,
  refused: (by: string, reason: string) => `学校督导室（${by}）不同意更新：${reason}`,
} as const;
