/**
 * Which 整改 items travel in which bundle: the office sends each department its items in a feedback
 * bundle addressed to that department; the department sends its answers back in its data bundle to the
 * office (files/review.json). Receiving stations merge them by replaying history (rectification-machine).
 */
import type { FeedbackPayload } from '../review/feedback-payload';
import type { RectificationItem } from './rectification-types';

/** The office's items for one department, in a stable order. */
export function itemsForDepartment(
  items: readonly RectificationItem[],
  departmentCode: string,
): RectificationItem[] {
  return items.filter((i) => i.departmentCode === departmentCode).sort((a, b) => a.id.localeCompare(b.id));
}

/** Departments the office has items for (each gets a feedback bundle even without review decisions). */
export function departmentsWithItems(items: readonly RectificationItem[]): string[] {
  return [...new Set(items.map((i) => i.departmentCode))].sort();
}

/** The feedback payload with the addressee's items added (the field is left out when there are none). */
export function withRectifications(
  payload: FeedbackPayload,
  items: readonly RectificationItem[],
  addressee: string,
): FeedbackPayload {
  const mine = itemsForDepartment(items, addressee);
  return mine.length === 0 ? payload : { ...payload, rectifications: mine };
}
