/** Test kit: a valid blocking 整改 item raised from the student–teacher ratio indicator. */
import { newRectificationItem, type NewRectification } from '../new-rectification';
import type { RectificationItem } from '../rectification-types';

export function sampleRectificationItem(over: Partial<NewRectification> = {}): RectificationItem {
  const r = newRectificationItem({
    id: '00000000-0000-4000-8000-0000000000aa',
    departmentCode: 'RSC',
    title: '生师比未达标',
    detail: '',
    origin: { kind: 'indicator', indicatorId: 'basic.student-teacher-ratio' },
    dueDate: '20261215',
    blocking: true,
    by: '督导室',
    at: '2026-12-01T00:00:00.000Z',
    ...over,
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
