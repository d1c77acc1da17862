/**
 * 整改: the office's list of every item (by department, overdue highlighted, blocking marked) with
 * 新建整改事项; a department's list of its own items. A row opens the item, where the station takes the
 * steps its role may take. Items travel in the feedback and data bundles (导出反馈包 / 导出数据包).
 */
import { useState } from 'react';
import { Button, Card, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { isOverdue } from '../../../shared/rectification/rectification-machine';
import {
  ORIGIN_LABELS,
  RECTIFICATION_STATES,
  RECTIFICATION_STATE_LABELS,
  type RectificationItem,
  type RectificationState,
} from '../../../shared/rectification/rectification-types';
import { useSession } from '../../app/session-store';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { heldTables } from '../../rules-runtime/held-tables';
import { displayDate, todayYyyymmdd } from '../../ui/date-fields';
import { NewRectificationModal } from './NewRectificationModal';
import { RectificationDetail } from './RectificationDetail';
import { StateTag } from './StateTag';
import { R } from './texts';
import { useRectifications } from './use-rectifications';

export function RectificationPage() {
  const data = useWorkspaceData((s) => s.data);
  const user = useSession((s) => s.user);
  const { items, reload } = useRectifications(data?.workspace.id ?? null);
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [dept, setDept] = useState<string | undefined>(undefined);
  const [state, setState] = useState<RectificationState | undefined>(undefined);
  const [onlyOpen, setOnlyOpen] = useState(false);
  if (!data || !user) return null;
  const ws = data.workspace;
  const office = ws.station.role === 'office';
  const name = (code: string) => data.departments.find((d) => d.code === code)?.name ?? code;
  const today = todayYyyymmdd();
  const shown = (items ?? []).filter(
    (i) =>
      (office || i.departmentCode === ws.station.departmentCode) &&
      (dept === undefined || i.departmentCode === dept) &&
      (state === undefined || i.state === state) &&
      (!onlyOpen || !i.accepted),
  );
  const opened = items?.find((i) => i.id === openId) ?? null;

  const columns = [
    {
      title: R.columns.title,
      key: 'title',
      render: (_: unknown, i: RectificationItem) => (
        <Typography.Link onClick={() => setOpenId(i.id)}>{i.title}</Typography.Link>
      ),
    },
    {
      title: R.columns.department,
      key: 'dept',
      render: (_: unknown, i: RectificationItem) => name(i.departmentCode),
    },
    {
      title: R.columns.origin,
      key: 'origin',
      render: (_: unknown, i: RectificationItem) => ORIGIN_LABELS[i.origin.kind],
    },
    {
      title: R.columns.due,
      key: 'due',
      render: (_: unknown, i: RectificationItem) => displayDate(i.dueDate),
    },
    {
      title: R.columns.state,
      key: 'state',
      render: (_: unknown, i: RectificationItem) => <StateTag item={i} />,
    },
    {
      title: R.columns.blocking,
      key: 'blocking',
      render: (_: unknown, i: RectificationItem) => (i.blocking ? <Tag color="red">{R.blocking}</Tag> : '—'),
    },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3}>{R.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{office ? R.intro : R.departmentIntro}</Typography.Paragraph>
      <Card size="small">
        <Space wrap>
          {office && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {R.create}
            </Button>
          )}
          {office && (
            <Select
              allowClear
              style={{ width: 200 }}
              placeholder={R.filterDepartment}
              aria-label={R.filterDepartment}
              value={dept}
              onChange={setDept}
              options={data.departments.map((d) => ({ value: d.code, label: d.name }))}
            />
          )}
          <Select
            allowClear
            style={{ width: 160 }}
            placeholder={R.filterState}
            aria-label={R.filterState}
            value={state}
            onChange={setState}
            options={RECTIFICATION_STATES.map((s) => ({ value: s, label: RECTIFICATION_STATE_LABELS[s] }))}
          />
          <Space>
            <Switch checked={onlyOpen} onChange={setOnlyOpen} aria-label={R.onlyOpen} />
            {R.onlyOpen}
          </Space>
        </Space>
      </Card>
      <Table
        data-testid="rectification-list"
        rowKey="id"
        size="small"
        loading={items === null}
        columns={columns}
        dataSource={shown}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: R.empty }}
        onRow={(i) => ({ style: isOverdue(i, today) ? { background: '#fff1f0' } : {} })}
      />
      <NewRectificationModal
        workspaceId={ws.id}
        departments={data.departments}
        user={user}
        preset={null}
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          void reload();
        }}
      />
      <RectificationDetail
        key={openId ?? 'none'}
        workspaceId={ws.id}
        item={opened}
        role={office ? 'office' : 'department'}
        user={user}
        departmentName={name}
        tables={[...heldTables(ws, data.tasks)].sort()}
        onClose={() => setOpenId(null)}
        onChanged={reload}
      />
    </Space>
  );
}
