/**
 * Every Chinese string of the review feature in one place, so it can be reviewed and translated
 * together. Codes are stable; messages may be reworded.
 */
import type { ReviewActionType, ReviewLevel, ReviewState } from './review-types';

export const REVIEW_STATE_LABELS: Readonly<Record<ReviewState, string>> = {
  draft: '填报中',
  submitted: '已提交',
  'dept-approved': '部门已审核',
  received: '已接收',
  'summary-approved': '汇总部门已审核',
  'school-approved': '学校已审核',
  locked: '已锁定',
};

/**
 * A slice as the pages show it: its review state, or — while the year is locked at this station (the
 * office's own lock, or the signed lock list it received) — 'locked-unsubmitted' for one that never went
 * through (no submission, or a draft): the writer holds it read-only, so it is no longer being filled.
 */
export type SliceDisplayState = ReviewState | 'locked-unsubmitted';

export const LOCKED_UNSUBMITTED_LABEL = '已锁定（未报送）';

export function sliceDisplayState(
  state: ReviewState | null | undefined,
  yearLocked: boolean,
): SliceDisplayState {
  const s = state ?? 'draft';
  return yearLocked && s === 'draft' ? 'locked-unsubmitted' : s;
}

/**
 * The one word for a slice's state on every page and in every message. A slice with no submission yet
 * (nothing received at the office, nothing started at the department) is still being filled: 填报中, the
 * draft's word — not 未开始 on one page and 未收到 on another — unless the year is locked
 * (sliceDisplayState).
 */
export function sliceStateLabel(state: SliceDisplayState | null | undefined): string {
  return state === 'locked-unsubmitted' ? LOCKED_UNSUBMITTED_LABEL : REVIEW_STATE_LABELS[state ?? 'draft'];
}

export const REVIEW_LEVEL_LABELS: Readonly<Record<ReviewLevel, string>> = {
  1: '部门审核',
  2: '汇总部门审核',
  3: '校级审核',
};

export const REVIEW_ACTION_LABELS: Readonly<Record<ReviewActionType, string>> = {
  submit: '提交',
  approve: '审核通过',
  return: '退回整改',
  receive: '接收',
  lock: '锁定',
  reopen: '解除锁定',
  update: '更新',
};

export const REVIEW_REFUSAL_CODES = [
  'wrong-role',
  'wrong-station',
  'wrong-state',
  'wrong-level',
  'missing-reason',
  'empty-comment',
  'hard-failures',
  'missing-justification',
  'unticked-manual',
  'locked',
  'no-update-point',
] as const;
export type ReviewRefusalCode = (typeof REVIEW_REFUSAL_CODES)[number];

const tableLabel = (tableCode: string) => `表 ${tableCode}`;

export const reviewText = {
  wrongState: (tableCode: string, action: ReviewActionType, state: ReviewState) =>
    `${tableLabel(tableCode)}当前状态为“${REVIEW_STATE_LABELS[state]}”，不能${REVIEW_ACTION_LABELS[action]}`,
  wrongLevel: (tableCode: string, expected: ReviewLevel) =>
    `${tableLabel(tableCode)}当前应进行${REVIEW_LEVEL_LABELS[expected]}`,
  wrongStation: (tableCode: string, action: ReviewActionType) =>
    `本站不负责${tableLabel(tableCode)}的这一步（${REVIEW_ACTION_LABELS[action]}），请由相应部门或督导室操作`,
  wrongRole: (action: ReviewActionType, roles: string) => `${REVIEW_ACTION_LABELS[action]}需要由${roles}操作`,
  missingReason: (action: ReviewActionType) => `${REVIEW_ACTION_LABELS[action]}必须填写原因`,
  emptyComment: '单元格批注不能为空',
  locked: (tableCode: string) => `${tableLabel(tableCode)}已锁定，只有督导室填写原因后才能解除锁定`,
  updateLocked: (tableCode: string) =>
    `${tableLabel(tableCode)}所在年度数据已由领导小组锁定，更新不解除锁定，未做任何更改；确需修改锁定的数据，须由学校督导室督导员或领导小组填写原因解除年度锁定并将该表退回，修改后重新审核、再次锁定`,
  noUpdatePoint: (tableCode: string) =>
    `${tableLabel(tableCode)}没有到期的更新点，不能直接更新；如需修改已报送的数据，请提交“申请更新”，经学校督导室同意后再修改`,
  submitHardFailures: (n: number, list: string) => `有 ${n} 项严重问题未解决，不能提交：${list}`,
  hardFailures: (n: number, list: string) => `有 ${n} 项严重问题未解决，不能审核通过：${list}`,
  missingJustification: (n: number, list: string) => `有 ${n} 项提示性问题尚未填写合理性说明：${list}`,
  untickedManual: (n: number, list: string) => `有 ${n} 项人工检查尚未勾选：${list}`,
  justificationStation: '只有填报部门可以填写合理性说明',
  justificationClosed: (state: ReviewState) =>
    `当前状态为“${REVIEW_STATE_LABELS[state]}”，只能在填报中或已提交时填写合理性说明`,
  yearNotReady: (n: number, list: string) => `还有 ${n} 张表未通过校级审核，不能锁定全年数据：${list}`,
  yearNotLocked: '全年数据尚未锁定，无需解除锁定',
  nothingToLock: '没有可锁定的表',

  // Checklist item labels.
  typeErrors: (n: number) => (n === 0 ? '没有类型或格式错误' : `有 ${n} 个单元格类型或格式错误`),
  requiredEmpty: (n: number, explained = 0) => {
    const notes = explained > 0 ? `（${explained} 个单元格按留空说明留空）` : '';
    return n === 0
      ? `必填项均已填写${explained > 0 ? '或已说明留空' : ''}${notes}`
      : `有 ${n} 个必填单元格未填写${notes}`;
  },
  noRows: (rows: number) =>
    rows === 0 ? '表中没有数据；如本年度确无数据，请填写合理性说明' : `共 ${rows} 行数据`,
  ruleUndecidable: '本站无法判断',
  ruleSkipped: '数据缺失，未校验',
  outlier: (fieldLabel: string, value: string) => `${fieldLabel} 的值 ${value} 明显偏离同列其他数据`,
  yoy: (fieldLabel: string, change: string) => `${fieldLabel} 与上年相比变化 ${change}`,
} as const;

/** A short list for messages: the first few items, then “等”. */
export function listForMessage(items: readonly string[], max = 5): string {
  return items.length <= max ? items.join('、') : `${items.slice(0, max).join('、')} 等`;
}
