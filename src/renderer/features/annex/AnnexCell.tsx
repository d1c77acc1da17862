/** One value of an annex row: the figure (or why there is none), its review state, and its actions. */
import { Button, Space, Tag, Tooltip, Typography } from 'antd';
import { ANNEX_ENTRY_STATE_LABELS, type AnnexEntry } from '../../../shared/annex/annex-entry';
import type { AnnexCell as Cell } from '../../../shared/annex/annex-compute';
import { T } from './texts';

const STATE_COLOR = { submitted: 'blue', approved: 'green', returned: 'red' } as const;

export function AnnexCell(props: {
  cell: Cell;
  entered: boolean;
  entry: AnnexEntry | undefined;
  canEnter: boolean;
  canReview: boolean;
  /** At the office: the department that typed the figure (none for the office's own). */
  owner?: string | undefined;
  testId: string;
  onEnter: () => void;
  onApprove: () => void;
  onReturn: () => void;
}) {
  const { cell, entry } = props;
  const shown = entry?.state === 'returned' ? String(entry.entry.value) : cell.ok ? cell.text : cell.reason;
  return (
    <Space orientation="vertical" size={2} data-testid={props.testId}>
      <Typography.Text
        type={cell.ok || entry ? undefined : 'secondary'}
        data-testid={`${props.testId}-value`}
      >
        {shown}
      </Typography.Text>
      {entry && props.owner !== undefined && (
        <Typography.Text type="secondary" data-testid={`${props.testId}-owner`}>
          {T.enteredByDept(props.owner)}
        </Typography.Text>
      )}
      {entry && (
        <Tooltip title={entry.review?.note ? T.returnedBecause(entry.review.note) : entry.entry.source}>
          <Tag color={STATE_COLOR[entry.state]} data-testid={`${props.testId}-state`}>
            {ANNEX_ENTRY_STATE_LABELS[entry.state]}
          </Tag>
        </Tooltip>
      )}
      {props.entered && (
        <Space size={4}>
          {props.canEnter && (
            <Button size="small" onClick={props.onEnter} data-testid={`${props.testId}-enter`}>
              {T.enter}
            </Button>
          )}
          {props.canReview && entry?.state === 'submitted' && (
            <Button
              size="small"
              type="link"
              onClick={props.onApprove}
              data-testid={`${props.testId}-approve`}
            >
              {T.approve}
            </Button>
          )}
          {props.canReview && entry && entry.state !== 'returned' && (
            <Button
              size="small"
              type="link"
              danger
              onClick={props.onReturn}
              data-testid={`${props.testId}-return`}
            >
              {T.returnIt}
            </Button>
          )}
        </Space>
      )}
    </Space>
  );
}
