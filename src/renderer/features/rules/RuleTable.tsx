/**
 * The rules of the draft ruleset: filter, enable/disable, edit, delete. Read-only viewers see each rule by
 * its name and state in words, without the rule ids and controls they cannot use.
 */
import { useState } from 'react';
import { Button, Input, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Rule } from '../../../shared/rules/rule-types';
import { T } from './texts';
import { ConfirmPop } from '../../ui/ConfirmPop';

const IMPORTANCE_COLOR = { high: 'red', medium: 'orange', low: 'blue' } as const;

export interface RuleTableProps {
  readonly rules: readonly Rule[];
  readonly editable: boolean;
  readonly broken: ReadonlySet<string>;
  onToggle(id: string, enabled: boolean): void;
  onEdit(rule: Rule): void;
  onRemove(id: string): void;
}

export function RuleTable({ rules, editable, broken, onToggle, onEdit, onRemove }: RuleTableProps) {
  const [q, setQ] = useState('');
  const shown =
    q.trim() === ''
      ? rules
      : rules.filter((r) =>
          `${r.id} ${r.name} ${r.scope.kind === 'table' ? r.scope.table : r.scope.tables.join(' ')}`.includes(
            q.trim(),
          ),
        );
  const columns: ColumnsType<Rule> = [
    {
      key: 'id',
      title: T.cols.id,
      width: 190,
      render: (_, r) => (
        <Typography.Text code type={broken.has(r.id) ? 'danger' : undefined}>
          {r.id}
        </Typography.Text>
      ),
    },
    {
      title: T.cols.name,
      width: 220,
      render: (_, r) => <Tooltip title={r.description}>{r.name}</Tooltip>,
    },
    {
      title: T.cols.scope,
      width: 140,
      render: (_, r) => (r.scope.kind === 'table' ? r.scope.table : T.crossTable(r.scope.tables.join('、'))),
    },
    { title: T.cols.context, width: 70, render: (_, r) => T.contexts[r.context] },
    {
      title: T.cols.expr,
      render: (_, r) => (
        <Typography.Text style={{ fontSize: 12 }}>
          {r.left} <b>{r.operator}</b> {r.right}
        </Typography.Text>
      ),
    },
    {
      title: T.cols.importance,
      width: 70,
      render: (_, r) => <Tag color={IMPORTANCE_COLOR[r.importance]}>{T.importanceShort[r.importance]}</Tag>,
    },
    {
      title: T.enabled,
      width: 60,
      render: (_, r) =>
        editable ? (
          <Switch
            size="small"
            checked={r.enabled}
            aria-label={`${T.enabled} ${r.id}`}
            onChange={(v) => onToggle(r.id, v)}
          />
        ) : r.enabled ? (
          T.on
        ) : (
          T.off
        ),
    },
    {
      key: 'actions',
      title: '',
      width: 110,
      render: (_, r) =>
        editable && (
          <Space size={4}>
            <Button size="small" type="link" aria-label={`${T.edit} ${r.id}`} onClick={() => onEdit(r)}>
              {T.edit}
            </Button>
            <ConfirmPop title={`${T.remove} ${r.id}？`} onConfirm={() => onRemove(r.id)}>
              <Button size="small" type="link" danger>
                {T.remove}
              </Button>
            </ConfirmPop>
          </Space>
        ),
    },
  ];
  return (
    <>
      <Input.Search
        allowClear
        placeholder={T.search}
        style={{ width: 320, marginBottom: 8 }}
        onChange={(e) => setQ(e.target.value)}
        aria-label={T.search}
      />
      <Table<Rule>
        rowKey="id"
        size="small"
        data-testid="rule-table"
        dataSource={shown as Rule[]}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={columns.filter((c) => editable || (c.key !== 'id' && c.key !== 'actions'))}
      />
    </>
  );
}
