/** The state of a 整改 item as a tag: 已验收 once the office accepted it, 已逾期 beside a late one. */
import { Tag } from 'antd';
import { isOverdue } from '../../../shared/rectification/rectification-machine';
import {
  RECTIFICATION_STATE_LABELS,
  type RectificationItem,
} from '../../../shared/rectification/rectification-types';
import { todayYyyymmdd } from '../../ui/date-fields';
import { R } from './texts';

const COLORS = { open: 'orange', 'in-progress': 'blue', fixed: 'cyan', explained: 'purple' } as const;

export function StateTag({ item }: { readonly item: RectificationItem }) {
  return (
    <span data-testid={`rectification-state-${item.id}`}>
      {item.accepted ? (
        <Tag color="green">
          {R.accepted}（{RECTIFICATION_STATE_LABELS[item.state]}）
        </Tag>
      ) : (
        <Tag color={COLORS[item.state]}>{RECTIFICATION_STATE_LABELS[item.state]}</Tag>
      )}
      {isOverdue(item, todayYyyymmdd()) && <Tag color="red">{R.overdue}</Tag>}
    </span>
  );
}
