/** The manual checklist items the office defines; each review level's reviewer must tick them. */
import { Button, Input, Select, Space, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { REVIEW_LEVEL_LABELS } from '../../../shared/review/review-text';
import type { ManualCheckDef } from '../../../shared/rules/ruleset';
import { T } from './texts';

export interface ManualChecksPanelProps {
  readonly checks: readonly ManualCheckDef[];
  readonly editable: boolean;
  onChange(checks: ManualCheckDef[]): void;
}

function nextId(checks: readonly ManualCheckDef[]): string {
  const used = new Set(checks.map((c) => c.id));
  for (let n = 1; ; n++) if (!used.has(`m${n}`)) return `m${n}`;
}

export function ManualChecksPanel({ checks, editable, onChange }: ManualChecksPanelProps) {
  const update = (id: string, patch: Partial<ManualCheckDef>) =>
    onChange(checks.map((c) => (c.id === id ? ({ ...c, ...patch } as ManualCheckDef) : c)));
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="manual-checks">
      <Table<ManualCheckDef>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={checks as ManualCheckDef[]}
        columns={[
          {
            title: T.manual.text,
            render: (_, c) => (
              <Input
                aria-label={`${T.manual.text} ${c.id}`}
                disabled={!editable}
                value={c.text}
                onChange={(e) => update(c.id, { text: e.target.value })}
              />
            ),
          },
          {
            title: T.manual.levels,
            width: 320,
            render: (_, c) => (
              <Select
                mode="multiple"
                allowClear
                disabled={!editable}
                placeholder={T.manual.allLevels}
                aria-label={`${T.manual.levels} ${c.id}`}
                style={{ width: '100%' }}
                value={c.levels ?? []}
                options={([1, 2, 3] as const).map((l) => ({ value: l, label: REVIEW_LEVEL_LABELS[l] }))}
                onChange={(v: (1 | 2 | 3)[]) => {
                  const { levels: _old, ...rest } = c;
                  onChange(
                    checks.map((x) => (x.id === c.id ? (v.length ? { ...rest, levels: v } : rest) : x)),
                  );
                }}
              />
            ),
          },
          {
            title: '',
            width: 70,
            render: (_, c) =>
              editable && (
                <Button type="link" danger onClick={() => onChange(checks.filter((x) => x.id !== c.id))}>
                  {T.manual.remove}
                </Button>
              ),
          },
        ]}
      />
      {editable && (
        <Button
          icon={<PlusOutlined />}
          onClick={() => onChange([...checks, { id: nextId(checks), text: '' }])}
        >
          {T.manual.add}
        </Button>
      )}
    </Space>
  );
}
