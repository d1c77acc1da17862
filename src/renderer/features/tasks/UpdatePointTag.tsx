/**
 * 实时采集 (update-points.ts) on screen: 已过期 since a passed point, or updated for it, and the next one;
 * for a table updated when its facts change, when its slice was last written (it has no date to miss).
 */
import { Tag } from 'antd';
import { toYyyymmdd } from '../../../shared/tasks/my-tasks';
import type { TaskAssignment } from '../../../shared/tasks/task-types';
import { updateKind, updatePointState } from '../../../shared/tasks/update-points';
import { displayDate } from '../../ui/date-fields';
import { formatLocalDate } from '../../ui/local-time';
import { T } from './texts';

export function UpdatePointTag({
  task,
  updatedAt,
  today,
}: {
  task: TaskAssignment;
  updatedAt: string | null;
  today: string;
}) {
  if (updateKind(task) === 'on-change')
    return (
      <div data-testid={`update-point-${task.tableCode}`} style={{ marginTop: 4 }}>
        <Tag color="blue">{T.onChangeTag}</Tag>
        <Tag>{updatedAt === null ? T.onChangeNever : T.onChangeLast(formatLocalDate(updatedAt))}</Tag>
      </div>
    );
  const s = updatePointState(task.updatePoints, updatedAt, today, (iso) => toYyyymmdd(new Date(iso)));
  if (s.freshness === 'none') return null;
  return (
    <div data-testid={`update-point-${task.tableCode}`} style={{ marginTop: 4 }}>
      {s.freshness === 'overdue' && s.last !== null && (
        <Tag color="red">{T.updateOverdue(displayDate(s.last))}</Tag>
      )}
      {s.freshness === 'current' && s.last !== null && (
        <Tag color="green">{T.updateCurrent(displayDate(s.last))}</Tag>
      )}
      {s.next !== null && <Tag>{T.updateNext(displayDate(s.next))}</Tag>}
    </div>
  );
}
