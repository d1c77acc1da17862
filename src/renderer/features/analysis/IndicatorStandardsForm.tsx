/**
 * One indicator's standards as the office edits them: its value at each level for the school's
 * category (设置标准 for every category), each with its source and verified flag, and its 规划目标.
 * Saving stores the next version of the whole standards set, validated whole by the data writer.
 */
import { useState } from 'react';
import { Alert, Button, Input, InputNumber, Space, Switch, Table, Typography } from 'antd';
import type { IndicatorDef } from '../../../shared/indicators';
import {
  SCHOOL_CATEGORY_LABELS,
  STANDARD_LEVEL_LABELS,
  standardEntries,
  type StandardEntry,
  type StandardSet,
  type Target,
} from '../../../shared/standards';
import { T } from './texts';

const E = T.editor;

export interface IndicatorStandardsFormProps {
  readonly def: IndicatorDef;
  readonly standards: StandardSet;
  readonly saving: boolean;
  onSave(entries: readonly StandardEntry[], target: Omit<Target, 'indicatorId'> | null): void;
}

export function IndicatorStandardsForm({ def, standards, saving, onSave }: IndicatorStandardsFormProps) {
  const [entries, setEntries] = useState(() => standardEntries(standards, def.id, standards.category));
  const current = standards.targets.find((t) => t.indicatorId === def.id);
  const [target, setTarget] = useState<number | null>(current?.value ?? null);
  const [targetNote, setTargetNote] = useState(current?.note ?? '');
  const patch = (i: number, p: Partial<StandardEntry>) =>
    setEntries((list) => list.map((e, j) => (j === i ? { ...e, ...p } : e)));
  const label = (e: StandardEntry) => STANDARD_LEVEL_LABELS[e.level];

  const columns = [
    { title: E.level, key: 'level', render: (_: unknown, e: StandardEntry) => label(e) },
    {
      title: E.scope,
      key: 'scope',
      render: (_: unknown, e: StandardEntry) =>
        e.category === 'all' ? E.allCategories : SCHOOL_CATEGORY_LABELS[e.category],
    },
    {
      title: `${E.value}（${def.unit || '—'}）`,
      key: 'value',
      render: (_: unknown, e: StandardEntry, i: number) => (
        <InputNumber
          aria-label={`${label(e)}${E.value}`}
          value={e.value}
          onChange={(v) => patch(i, { value: v ?? null })}
        />
      ),
    },
    {
      title: E.valueSource,
      key: 'source',
      render: (_: unknown, e: StandardEntry, i: number) => (
        <Input
          aria-label={`${label(e)}${E.valueSource}`}
          value={e.source}
          onChange={(ev) => patch(i, { source: ev.target.value })}
        />
      ),
    },
    {
      title: E.verified,
      key: 'verified',
      render: (_: unknown, e: StandardEntry, i: number) => (
        <Switch
          aria-label={`${label(e)}${E.verified}`}
          checked={e.verified}
          onChange={(v) => patch(i, { verified: v })}
        />
      ),
    },
  ];

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="standards-form">
      {standards.category === null && <Alert type="info" title={E.noCategory} />}
      <Table
        rowKey={(e) => `${e.level}|${e.category}`}
        columns={columns}
        dataSource={entries}
        pagination={false}
        size="small"
      />
      <Typography.Text strong>{E.target}</Typography.Text>
      <Space>
        <InputNumber aria-label={E.target} value={target} onChange={(v) => setTarget(v ?? null)} />
        <Input
          aria-label={E.targetNote}
          placeholder={E.targetNote}
          value={targetNote}
          onChange={(e) => setTargetNote(e.target.value)}
        />
      </Space>
      <Button
        type="primary"
        loading={saving}
        onClick={() => onSave(entries, target === null ? null : { value: target, note: targetNote })}
      >
        {E.saveStandards}
      </Button>
    </Space>
  );
}
