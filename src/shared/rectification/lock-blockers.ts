/**
 * The year-close precondition from rectification: the 领导小组 cannot lock the year while a blocking
 * item is still open (not accepted by the office). The refusal lists the items so the office knows
 * what to chase (docs/indicators.md).
 */
import { isBlockingOpen } from './rectification-machine';
import { RECTIFICATION_STATE_LABELS, type RectificationItem } from './rectification-types';

/** How many items the refusal names before summarising the rest. */
const LISTED = 10;

/** Blocking items the office has not accepted yet, earliest due date first. */
export function rectificationLockBlockers(items: readonly RectificationItem[]): RectificationItem[] {
  return items.filter(isBlockingOpen).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

/** The Chinese refusal naming each blocking open item, or null when nothing blocks the lock. */
export function rectificationLockMessage(
  items: readonly RectificationItem[],
  departmentName: (code: string) => string = (c) => c,
): string | null {
  const open = rectificationLockBlockers(items);
  if (open.length === 0) return null;
  const named = open
    .slice(0, LISTED)
    .map(
      (i) =>
        `“${i.title}”（${departmentName(i.departmentCode)}，${RECTIFICATION_STATE_LABELS[i.state]}，期限 ${i.dueDate}）`,
    );
  const more = open.length > LISTED ? `等` : '';
  return `还有 ${open.length} 项阻断锁定的整改事项未验收，不能签发锁定：${named.join('、')}${more}。请先在“整改”中验收或退回处理。`;
}
