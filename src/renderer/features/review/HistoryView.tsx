/**
 * The slice's review history, newest first: who did what at which level, with reasons and cell comments,
 * and for an 更新 the update point (or day of change) it answered.
 */
import { Timeline, Typography } from 'antd';
import {
  REVIEW_ACTION_LABELS,
  REVIEW_LEVEL_LABELS,
  REVIEW_STATE_LABELS,
} from '../../../shared/review/review-text';
import type { Submission } from '../../../shared/review/review-types';
import { updateEntryText } from '../../../shared/review/slice-update';
import type { TaskAssignment } from '../../../shared/tasks/task-types';
import { USER_ROLE_LABELS } from '../../../shared/workspace/workspace-types';
import { T } from './texts';
import { formatLocalTime } from '../../ui/local-time';

const COLOR = {
  submit: 'blue',
  approve: 'green',
  return: 'red',
  receive: 'gray',
  lock: 'purple',
  reopen: 'orange',
  update: 'cyan',
} as const;

export function HistoryView({
  submission,
  task,
  fieldLabel,
}: {
  submission: Submission;
  /** The slice's task: an 更新 names the update point it answered, or the day of a change. */
  task: TaskAssignment | undefined;
  fieldLabel: (key: string) => string;
}) {
  if (submission.history.length === 0)
    return <Typography.Text type="secondary">{T.noHistory}</Typography.Text>;
  return (
    <Timeline
      data-testid="review-history"
      items={[...submission.history].reverse().map((e, i) => ({
        key: i,
        color: COLOR[e.action],
        content: (
          <div>
            <Typography.Text strong>
              {REVIEW_ACTION_LABELS[e.action]}
              {e.level ? `（${REVIEW_LEVEL_LABELS[e.level]}）` : ''}
            </Typography.Text>{' '}
            <Typography.Text type="secondary">
              {e.actor.name}（{USER_ROLE_LABELS[e.actor.role]}） · {formatLocalTime(e.at)} ·{' '}
              {REVIEW_STATE_LABELS[e.from]} → {REVIEW_STATE_LABELS[e.to]}
            </Typography.Text>
            {e.action === 'update' && (
              <div data-testid="history-update-point">{updateEntryText(e, task)}</div>
            )}
            {e.reason && <div>原因：{e.reason}</div>}
            {e.comments?.map((c, j) => (
              <div key={j}>
                · {fieldLabel(c.fieldKey)}：{c.text}
              </div>
            ))}
          </div>
        ),
      }))}
    />
  );
}
