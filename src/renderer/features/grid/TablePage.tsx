/**
 * One table of 我的任务 opened for entry: a list table in the entry grid, a single-record table in a
 * form. A department station edits its own slice; a summary department also opens the copies of the
 * slices it summarises, and the office looks at one department's slice at a time (the task's responsible
 * department first, or any contributing department it picks).
 */
import { Alert, Card, Select, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { PERIOD_LABELS, SHAPE_LABELS, type TableDef } from '../../../shared/catalog/catalog-types';
import { viewableSliceDepartments } from '../../../shared/tasks/viewable-slices';
import { useSession } from '../../app/session-store';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { BlankNoteAction } from './BlankNoteAction';
import { CarriedBanner } from './CarriedBanner';
import { FrozenBanner } from './FrozenBanner';
import { ListTableView } from './ListTableView';
import { RecordForm } from './RecordForm';
import { SliceCorrections } from './SliceCorrections';
import { UpdateAction } from './UpdateAction';
import { useCellFocus } from './use-cell-focus';
import { useGridStore } from './use-grid-store';
import { useUpdateStanding } from './use-update-standing';
import { T } from './texts';

function SliceEditor({
  table,
  workspaceId,
  departmentCode,
}: {
  table: TableDef;
  workspaceId: string;
  departmentCode: string;
}) {
  const user = useSession((s) => s.user);
  const slice = useMemo(
    () => ({ workspaceId, tableCode: table.code, departmentCode }),
    [workspaceId, table.code, departmentCode],
  );
  const store = useGridStore(table, slice, { name: user?.name ?? '', role: user?.role ?? '' });
  useCellFocus(store, departmentCode);
  // One reading of the 更新 standing for both the read-only notice and the 更新 bar.
  const { standing, refresh } = useUpdateStanding(store);
  return (
    <>
      <FrozenBanner store={store} standing={standing} />
      <UpdateAction store={store} standing={standing} refresh={refresh} />
      <SliceCorrections store={store} />
      <BlankNoteAction store={store} />
      <CarriedBanner store={store} list={table.shape !== 'form'} />
      {table.shape === 'form' ? <RecordForm store={store} /> : <ListTableView store={store} />}
    </>
  );
}

export function TablePage({ tableCode }: { tableCode: string }) {
  const data = useWorkspaceData((s) => s.data);
  const table = data?.catalog.tables.find((t) => t.code === tableCode);
  const task = data?.tasks.find((t) => t.tableCode === tableCode);
  const station = data?.workspace.station;
  const choices = useMemo(() => {
    if (!data) return [];
    const codes = viewableSliceDepartments({
      station: data.workspace.station,
      task,
      ownerDepartment: table?.ownerDepartment,
      departments: data.departments.map((d) => d.code),
    });
    return codes.map((code) => ({
      value: code,
      label: data.departments.find((d) => d.code === code)?.name ?? code,
    }));
  }, [data, task, table]);
  // A jump from a checklist or from 数据审核 opens the slice it came from.
  const [picked, setPicked] = useState<string | null>(
    () => useSession.getState().focus?.departmentCode ?? null,
  );
  if (!data || !station) return null;
  if (!table) return <Alert type="error" title={T.noTable(tableCode)} />;
  const office = station.role === 'office';
  // The office may look at any department it is sent to; a department station only at the slices it holds.
  const departmentCode =
    (office || choices.some((c) => c.value === picked) ? picked : null) ?? choices[0]?.value ?? null;

  return (
    <Card
      size="small"
      styles={{ body: { padding: 12 } }}
      title={
        <Space wrap>
          <Typography.Text strong>
            {table.code} {table.name}
          </Typography.Text>
          <Tag>{PERIOD_LABELS[table.period]}</Tag>
          <Tag>{SHAPE_LABELS[table.shape]}</Tag>
          {table.core && <Tag color="blue">核心数据</Tag>}
        </Space>
      }
      extra={
        (office && choices.length > 0) || choices.length > 1 ? (
          <Space>
            <Typography.Text type="secondary">{T.department}</Typography.Text>
            <Select
              style={{ width: 180 }}
              value={departmentCode ?? undefined}
              options={choices}
              onChange={(v: string) => setPicked(v)}
              data-testid="slice-department"
              aria-label={T.department}
            />
          </Space>
        ) : null
      }
      data-testid="table-page"
    >
      {table.status === 'pending' || table.fields.length === 0 ? (
        <Alert type="info" title={T.pendingTable} />
      ) : departmentCode ? (
        <SliceEditor
          key={`${table.code}|${departmentCode}`}
          table={table}
          workspaceId={data.workspace.id}
          departmentCode={departmentCode}
        />
      ) : null}
    </Card>
  );
}
