/**
 * 任务分配: every table → responsible department, cooperating departments, optional summary department
 * and deadline. Edited as a draft and saved in one audited write after validateTasks() accepts it.
 */
import { useMemo, useState } from 'react';
import { Alert, App as AntApp, Button, Card, DatePicker, Select, Space, Table, Tag, Typography } from 'antd';
import type { TaskAssignment } from '../../../shared/tasks/task-types';
import { validateTasks } from '../../../shared/tasks/validate-tasks';
import { defaultTasks } from '../../../shared/tasks/default-tasks';
import { canAssignTasks } from '../../../shared/workspace/permissions';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { useSession } from '../../app/session-store';
import { useLeaveGuard } from '../../app/leave-guard';
import { fromYyyymmdd, toYyyymmdd } from '../../ui/date-fields';
import { T } from './texts';

export function TaskMatrixPage() {
  const { message } = AntApp.useApp();
  const data = useWorkspaceData((s) => s.data);
  const saveTasks = useWorkspaceData((s) => s.saveTasks);
  const user = useSession((s) => s.user);
  const [draft, setDraft] = useState<TaskAssignment[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useLeaveGuard(draft !== null, T.unsavedLeave);
  const tables = useMemo(() => new Map(data?.catalog.tables.map((t) => [t.code, t]) ?? []), [data]);
  if (!data || !user) return null;
  const editable = canAssignTasks(data.workspace.station, user.role);
  const tasks = draft ?? data.tasks;
  const deptOptions = data.departments.map((d) => ({ value: d.code, label: d.name }));

  const update = (code: string, patch: Partial<TaskAssignment>) =>
    setDraft(tasks.map((t) => (t.tableCode === code ? { ...t, ...patch } : t)));

  const save = async () => {
    const r = validateTasks(tasks, data.catalog, data.departments);
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    setError(null);
    const saved = await saveTasks(r.value, { name: user.name, role: user.role });
    if (!saved.ok) {
      setError(saved.error.message);
      return;
    }
    setDraft(null);
    message.success(T.saved);
  };

  const reset = () =>
    setDraft(
      defaultTasks(data.catalog, new Set(data.departments.map((d) => d.code)), data.workspace.deadlines.fill),
    );

  return (
    <Card
      title={T.assign}
      extra={
        editable && (
          <Space>
            {draft && <Tag color="orange">{T.unsaved}</Tag>}
            <DatePicker
              placeholder={T.bulkDeadline}
              onChange={(d) => d && setDraft(tasks.map((t) => ({ ...t, deadline: toYyyymmdd(d) })))}
            />
            <Button onClick={reset}>{T.resetDefaults}</Button>
            <Button type="primary" disabled={!draft} onClick={save}>
              {T.save}
            </Button>
          </Space>
        )
      }
    >
      {!editable && <Alert type="info" showIcon title={T.readOnly} style={{ marginBottom: 12 }} />}
      {error && (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="tasks-error" />
      )}
      <Typography.Paragraph type="secondary">{T.pending}</Typography.Paragraph>
      <Table<TaskAssignment>
        rowKey="tableCode"
        size="small"
        dataSource={tasks}
        pagination={false}
        sticky
        columns={[
          { title: T.tableCode, dataIndex: 'tableCode', width: 110 },
          { title: T.tableName, render: (_, t) => tables.get(t.tableCode)?.name ?? '', width: 220 },
          {
            title: T.responsible,
            width: 180,
            render: (_, t) => (
              <Select
                disabled={!editable}
                value={t.responsibleDepartment}
                options={deptOptions}
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: '100%' }}
                aria-label={`${t.tableCode} ${T.responsible}`}
                onChange={(v: string) =>
                  update(t.tableCode, {
                    responsibleDepartment: v,
                    cooperatingDepartments: t.cooperatingDepartments.filter((d) => d !== v),
                  })
                }
              />
            ),
          },
          {
            title: T.cooperating,
            render: (_, t) => (
              <Select
                mode="multiple"
                disabled={!editable}
                value={t.cooperatingDepartments}
                showSearch={{ optionFilterProp: 'label' }}
                options={deptOptions.filter((o) => o.value !== t.responsibleDepartment)}
                style={{ width: '100%' }}
                aria-label={`${t.tableCode} ${T.cooperating}`}
                onChange={(v: string[]) => update(t.tableCode, { cooperatingDepartments: v })}
              />
            ),
          },
          {
            title: T.summary,
            width: 180,
            render: (_, t) => (
              <Select
                allowClear
                disabled={!editable}
                placeholder={T.none}
                value={t.summaryDepartment ?? undefined}
                options={deptOptions}
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: '100%' }}
                aria-label={`${t.tableCode} ${T.summary}`}
                onChange={(v: string | undefined) => update(t.tableCode, { summaryDepartment: v ?? null })}
              />
            ),
          },
          {
            title: T.deadline,
            width: 150,
            render: (_, t) => (
              <DatePicker
                disabled={!editable}
                allowClear={false}
                value={fromYyyymmdd(t.deadline)}
                aria-label={`${t.tableCode} ${T.deadline}`}
                onChange={(d) => d && update(t.tableCode, { deadline: toYyyymmdd(d) })}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
