/**
 * The rectification state machine, pure: which role may take which action from which state, what a
 * step requires (a response for 整改/说明, a reason for 退回), and how an item received in a bundle is
 * merged — by replaying its new history entries, so a bundle can only carry steps its sender may take.
 */
import { err, ok, type Result } from '../result';
import {
  RECTIFICATION_ACTION_LABELS,
  RECTIFICATION_STATE_LABELS,
  type ActorRole,
  type RectificationAction,
  type RectificationEvidence,
  type RectificationItem,
  type RectificationState,
} from './rectification-types';

interface Transition {
  readonly role: ActorRole;
  readonly from: readonly RectificationState[];
  /** Only on items the office has not accepted yet (accept), or only on accepted ones too (reopen). */
  readonly whenAccepted: 'never' | 'also';
  readonly to: RectificationState;
  readonly needsNote: string | null;
}

const TRANSITIONS: Readonly<Record<RectificationAction, Transition>> = {
  start: { role: 'department', from: ['open'], whenAccepted: 'never', to: 'in-progress', needsNote: null },
  fix: {
    role: 'department',
    from: ['open', 'in-progress'],
    whenAccepted: 'never',
    to: 'fixed',
    needsNote: '请说明整改了什么',
  },
  explain: {
    role: 'department',
    from: ['open', 'in-progress'],
    whenAccepted: 'never',
    to: 'explained',
    needsNote: '请填写情况说明',
  },
  accept: {
    role: 'office',
    from: ['fixed', 'explained'],
    whenAccepted: 'never',
    to: 'fixed',
    needsNote: null,
  },
  reopen: {
    role: 'office',
    from: ['fixed', 'explained'],
    whenAccepted: 'also',
    to: 'open',
    needsNote: '请填写退回原因',
  },
};

export interface RectificationStep {
  readonly action: RectificationAction;
  readonly role: ActorRole;
  readonly by: string;
  readonly at: string;
  readonly note: string;
  /** Rows or an attachment the department adds with 整改 (replaces the item's evidence). */
  readonly evidence?: RectificationEvidence;
}

export type RectificationErrorCode = 'not-allowed' | 'note-required' | 'bad-merge';

/** Actions the role may take on the item now (for buttons). */
export function allowedActions(item: RectificationItem, role: ActorRole): RectificationAction[] {
  return (Object.keys(TRANSITIONS) as RectificationAction[]).filter((a) => {
    const t = TRANSITIONS[a];
    return t.role === role && t.from.includes(item.state) && (!item.accepted || t.whenAccepted === 'also');
  });
}

export function applyRectificationStep(
  item: RectificationItem,
  step: RectificationStep,
): Result<RectificationItem, RectificationErrorCode> {
  const t = TRANSITIONS[step.action];
  if (!allowedActions(item, step.role).includes(step.action)) {
    const who = step.role === 'office' ? '督导室' : '部门';
    const state = item.accepted ? '已验收' : RECTIFICATION_STATE_LABELS[item.state];
    return err(
      'not-allowed',
      `${who}不能对“${state}”的整改事项执行“${RECTIFICATION_ACTION_LABELS[step.action]}”`,
    );
  }
  const note = step.note.trim();
  if (t.needsNote !== null && note === '') return err('note-required', t.needsNote);
  const department = step.role === 'department';
  const to = step.action === 'accept' ? item.state : t.to;
  return ok({
    ...item,
    state: to,
    accepted: step.action === 'accept',
    response: department && note !== '' ? note : item.response,
    evidence: step.evidence ?? item.evidence,
    revision: item.revision + 1,
    history: [...item.history, { action: step.action, role: step.role, by: step.by, at: step.at, note }],
  });
}

/** Open = not accepted by the office; a blocking open item keeps the year from being locked. */
export function isOpenItem(item: RectificationItem): boolean {
  return !item.accepted;
}

export function isBlockingOpen(item: RectificationItem): boolean {
  return item.blocking && !item.accepted;
}

/** Overdue: still with the department (待整改/整改中) after its due date (YYYYMMDD, compared as text). */
export function isOverdue(item: RectificationItem, today: string): boolean {
  return !item.accepted && (item.state === 'open' || item.state === 'in-progress') && item.dueDate < today;
}

/**
 * Merges an item received from `sender`: a new item only from the office; a known item only when the
 * received one extends its history with steps `sender` may take, replayed from the local item. Returns
 * the local item unchanged when the received one is not newer.
 */
export function mergeReceivedItem(
  local: RectificationItem | undefined,
  received: RectificationItem,
  sender: ActorRole,
): Result<RectificationItem, RectificationErrorCode> {
  if (local === undefined) {
    if (sender !== 'office')
      return err('bad-merge', `部门发来的整改事项“${received.title}”在本站不存在，已忽略`);
    return ok(received);
  }
  if (received.revision <= local.revision) return ok(local);
  const sameStart = local.history.every((h, i) => {
    const r = received.history[i];
    return r !== undefined && r.action === h.action && r.at === h.at && r.role === h.role;
  });
  if (!sameStart) return err('bad-merge', `整改事项“${local.title}”的记录与本站不一致，已拒绝`);
  let item = local;
  for (const h of received.history.slice(local.history.length)) {
    if (h.role !== sender)
      return err('bad-merge', `整改事项“${local.title}”中含有发送方无权执行的步骤，已拒绝`);
    const last = h === received.history[received.history.length - 1];
    const stepped = applyRectificationStep(item, {
      ...h,
      ...(last ? { evidence: received.evidence } : {}),
    });
    if (!stepped.ok) return err('bad-merge', `整改事项“${local.title}”：${stepped.error.message}`);
    item = stepped.value;
  }
  return ok(item);
}
