/**
 * The checklist of one table at one level: every automatic item with its result (grouped by kind,
 * rules ordered by importance), 合理性说明 beside each failed soft item (editable by the filler while
 * the data is in its hands, read-only above), and the manual items a reviewer ticks.
 */
import { useState } from 'react';
import { Button, Checkbox, Input, Space, Table, Tag, Typography } from 'antd';
import type { CellRef, Checklist, ChecklistItem } from '../../../shared/review/checklist';
import { LinkButton } from '../../ui/LinkButton';
import type { Justification } from '../../../shared/review/review-types';
import { T } from './texts';

const STATUS_COLOR = {
  pass: 'green',
  fail: 'red',
  skipped: 'default',
  undecidable: 'purple',
  manual: 'blue',
} as const;
const SEVERITY_COLOR = { hard: 'red', soft: 'orange', manual: 'blue', info: 'default' } as const;

export interface ChecklistViewProps {
  readonly checklist: Checklist;
  readonly justifications: Readonly<Record<string, Justification>>;
  /** Set when the user may write justifications now. */
  readonly onJustify?: (checkId: string, text: string) => Promise<void>;
  /** Set when the user is approving: the manual items become checkboxes. */
  readonly ticks?: readonly string[];
  readonly onTick?: (ticks: string[]) => void;
  /** Opens the grid at an item's first offending cell. */
  readonly onJump?: (cell: CellRef) => void;
}

function JustificationCell({
  item,
  current,
  onJustify,
}: {
  item: ChecklistItem;
  current: Justification | undefined;
  onJustify?: ChecklistViewProps['onJustify'];
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  if (!onJustify)
    return current ? (
      <Typography.Text data-testid={`justification-${item.id}`}>
        <Tag color="green">{T.accepted}</Tag>
        {current.text}（{current.by}）
      </Typography.Text>
    ) : (
      <Tag color="orange">{T.needsJustification}</Tag>
    );
  const text = draft ?? current?.text ?? '';
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input.TextArea
        autoSize={{ minRows: 1, maxRows: 4 }}
        value={text}
        placeholder={T.justificationPlaceholder}
        aria-label={`${T.justification} ${item.id}`}
        onChange={(e) => setDraft(e.target.value)}
      />
      <Button
        loading={saving}
        disabled={draft === null || draft === (current?.text ?? '')}
        onClick={async () => {
          setSaving(true);
          await onJustify(item.id, text);
          setSaving(false);
          setDraft(null);
        }}
      >
        {T.saveJustification}
      </Button>
    </Space.Compact>
  );
}

export function ChecklistView({
  checklist,
  justifications,
  onJustify,
  ticks,
  onTick,
  onJump,
}: ChecklistViewProps) {
  const [onlyProblems, setOnlyProblems] = useState(false);
  const items = onlyProblems ? checklist.items.filter((i) => i.status !== 'pass') : checklist.items;
  // The justification column only when something needs one, so the item text gets the width.
  const needsJustification = checklist.items.some((i) => i.severity === 'soft' && i.status === 'fail');
  return (
    <div data-testid="checklist">
      <Checkbox
        checked={onlyProblems}
        onChange={(e) => setOnlyProblems(e.target.checked)}
        style={{ marginBottom: 8 }}
      >
        {T.onlyProblems}
      </Checkbox>
      <Table<ChecklistItem>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={items}
        tableLayout="fixed"
        rowClassName={(i) => `checklist-${i.status}`}
        columns={[
          { title: '类别', width: 76, render: (_, i) => T.kinds[i.kind] },
          {
            title: '级别',
            width: 64,
            render: (_, i) => <Tag color={SEVERITY_COLOR[i.severity]}>{T.severities[i.severity]}</Tag>,
          },
          {
            title: '结果',
            width: 92,
            render: (_, i) =>
              i.kind === 'manual' && ticks && onTick ? (
                <Checkbox
                  checked={ticks.includes(i.id)}
                  aria-label={i.text}
                  onChange={(e) =>
                    onTick(e.target.checked ? [...ticks, i.id] : ticks.filter((t) => t !== i.id))
                  }
                >
                  已核对
                </Checkbox>
              ) : (
                <Tag color={STATUS_COLOR[i.status]}>{T.statuses[i.status]}</Tag>
              ),
          },
          {
            title: '检查项',
            render: (_, i) => (
              <>
                <span data-testid={`check-${i.id}`}>
                  {i.text}
                  {i.rowIds && i.rowIds.length > 0 && (
                    <Typography.Text type="secondary">（{i.rowIds.length} 行）</Typography.Text>
                  )}
                </span>
                {onJump && i.cell && (
                  <LinkButton
                    style={{ marginLeft: 8 }}
                    data-testid={`jump-${i.id}`}
                    aria-label={`${T.jumpToCell}：${i.text}`}
                    onClick={() => i.cell && onJump(i.cell)}
                  >
                    {T.jumpToCell}
                  </LinkButton>
                )}
              </>
            ),
          },
          ...(needsJustification
            ? [
                {
                  title: T.justification,
                  width: '36%',
                  render: (_: unknown, i: ChecklistItem) =>
                    i.severity === 'soft' && i.status === 'fail' ? (
                      <JustificationCell
                        item={i}
                        current={Object.hasOwn(justifications, i.id) ? justifications[i.id] : undefined}
                        {...(onJustify ? { onJustify } : {})}
                      />
                    ) : null,
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}
