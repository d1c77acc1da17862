/**
 * 指标管理 (office): every indicator, disabled ones included, searchable and filtered by category,
 * 核实 and state. Enabling or disabling one, editing one (the 编辑指标 drawer) and 新建指标 (the same
 * drawer on a blank definition with its live compile check) each save the next version of the set
 * through the data writer, audited.
 */
import { useMemo, useState } from 'react';
import { App as AntApp, Button, Space, Switch, Table, Tag, Typography } from 'antd';
import { PERIOD_LABELS } from '../../../shared/catalog/catalog-types';
import {
  filterIndicators,
  INDICATOR_KIND_LABELS,
  newIndicatorDraft,
  NO_FILTER,
  type IndicatorDef,
  type IndicatorFilter,
} from '../../../shared/indicators';
import { withIndicator } from '../../../shared/indicators/indicator-edit';
import { useSession } from '../../app/session-store';
import { repository } from '../../data/repository-instance';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { IndicatorEditor } from './IndicatorEditor';
import { IndicatorListFilters } from './IndicatorListFilters';
import { T } from './texts';
import { useIndicatorList } from './use-indicator-list';

const L = T.list;

export function IndicatorListPage() {
  const data = useWorkspaceData((s) => s.data);
  const user = useSession((s) => s.user);
  const { message, modal } = AntApp.useApp();
  const [reload, setReload] = useState(0);
  const [filter, setFilter] = useState<IndicatorFilter>(NO_FILTER);
  const [editing, setEditing] = useState<{ def: IndicatorDef; isNew: boolean } | null>(null);
  const [toggling, setToggling] = useState<string | null>(null);
  const state = useIndicatorList(data, reload);
  const shown = useMemo(
    () => (state === null ? [] : filterIndicators(state.set.indicators, filter)),
    [state, filter],
  );
  if (!data || !user) return null;
  if (!state) return <Typography.Text>{T.loading}</Typography.Text>;

  const toggle = async (def: IndicatorDef, enabled: boolean) => {
    setToggling(def.id);
    const next = withIndicator(state.set, { ...def, enabled });
    const r = await repository().saveIndicatorSet(data.workspace.id, next, user);
    setToggling(null);
    if (!r.ok) {
      modal.error({ title: T.editor.save, content: r.error.message });
      return;
    }
    void message.success(L.toggled(def.name, enabled, next.version));
    setReload((n) => n + 1);
  };

  const columns = [
    {
      title: L.columns.name,
      key: 'name',
      render: (_: unknown, d: IndicatorDef) => (
        <Space direction="vertical" size={0}>
          <Typography.Text>{d.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {d.id}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: L.columns.kind,
      key: 'kind',
      width: 150,
      render: (_: unknown, d: IndicatorDef) => INDICATOR_KIND_LABELS[d.kind],
    },
    { title: L.columns.unit, key: 'unit', width: 90, render: (_: unknown, d: IndicatorDef) => d.unit || '—' },
    {
      title: L.columns.period,
      key: 'period',
      width: 80,
      render: (_: unknown, d: IndicatorDef) => PERIOD_LABELS[d.period],
    },
    {
      title: L.columns.verified,
      key: 'verified',
      width: 90,
      render: (_: unknown, d: IndicatorDef) => (
        <Tag color={d.verified ? 'green' : 'default'}>{d.verified ? T.verified : T.unverified}</Tag>
      ),
    },
    {
      title: L.columns.enabled,
      key: 'enabled',
      width: 80,
      render: (_: unknown, d: IndicatorDef) => (
        <Switch
          size="small"
          checked={d.enabled}
          loading={toggling === d.id}
          disabled={toggling !== null}
          aria-label={L.toggleLabel(d.name)}
          onChange={(on) => void toggle(d, on)}
        />
      ),
    },
    {
      title: '',
      key: 'act',
      width: 80,
      render: (_: unknown, d: IndicatorDef) => (
        <Button
          size="small"
          data-testid={`edit-${d.id}`}
          onClick={() => setEditing({ def: d, isNew: false })}
        >
          {T.edit}
        </Button>
      ),
    },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3}>{L.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{L.intro}</Typography.Paragraph>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <IndicatorListFilters value={filter} onChange={setFilter} />
        <Button type="primary" onClick={() => setEditing({ def: newIndicatorDraft(state.set), isNew: true })}>
          {L.create}
        </Button>
      </Space>
      <Typography.Text type="secondary" data-testid="indicator-count">
        {L.count(shown.length, state.set.indicators.length)}
      </Typography.Text>
      <Table
        rowKey={(d) => d.id}
        columns={columns}
        dataSource={shown}
        pagination={false}
        size="small"
        locale={{ emptyText: L.empty }}
      />
      <IndicatorEditor
        def={editing?.def ?? null}
        isNew={editing?.isNew ?? false}
        set={state.set}
        standards={state.standards}
        data={data}
        user={user}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          setReload((n) => n + 1);
        }}
      />
    </Space>
  );
}
