/**
 * 任务分配: every table → responsible department, cooperating departments, optional summary department
 * and deadline. Edited as a draft and saved in one audited write after validateTasks() accepts it.
 */
import { useMemo, useState } from 'react';
import { Alert, App as AntApp, Button, Card, DatePicker, Space, Table, Tag, Typography } from 'antd';
import type { TaskAssignment } from '../../../shared/tasks/task-types';
import { academicYearRange } from '../../../shared/workspace/collection-period';
import { validateTasks } from '../../../shared/tasks/validate-tasks';
import { defaultTasks } from '../../../shared/tasks/default-tasks';
import { canAssignTask, canAssignTasks } from '../../../shared/workspace/permissions';
import { TABLE_KINDS } from '../../../shared/catalog/catalog-types';
import { tableKind } from '../../../shared/catalog/table-kind';
import { compareTableCodes } from '../../../shared/catalog/table-code-order';
import { taskMatrixColumns } from './task-matrix-columns';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { useSession } from '../../app/session-store';
import { useLeaveGuard } from '../../app/leave-guard';
import { toYyyymmdd } from '../../ui/date-fields';
import { T } from './texts';

/**
 * A task with `patch` applied; an emptied list of update points or an unticked 发生变化时 leaves no key
 * behind (nothing to carry).
 */
function withPatch(t: TaskAssignment, patch: Partial<TaskAssignment>): TaskAssignment {
  const { updatePoints, updateOnChange, ...rest } = { ...t, ...patch };
  return {
    ...rest,
    ...(updatePoints?.length ? { updatePoints } : {}),
    ...(updateOnChange === true ? { updateOnChange } : {}),
  };
}

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
  const station = data.workspace.station;
  const editable = canAssignTasks(station, user.role);
  // The whole matrix (defaults, bulk deadline) is the 督导员's; the 组长 assigns cross-department rows only.
  const editsAll = editable && user.role !== 'leader';
  const saved = new Map(data.tasks.map((t) => [t.tableCode, t]));
  const canEdit = (t: TaskAssignment) => canAssignTask(station, user.role, saved.get(t.tableCode) ?? t);
  const tasks = draft ?? data.tasks;
  const kindRank = (code: string) => {
    const def = tables.get(code);
    return def ? TABLE_KINDS.indexOf(tableKind(def)) : TABLE_KINDS.length;
  };
  const rows = [...tasks].sort(
    (a, b) => kindRank(a.tableCode) - kindRank(b.tableCode) || compareTableCodes(a.tableCode, b.tableCode),
  );
  const deptOptions = data.departments.map((d) => ({ value: d.code, label: d.name }));

  const update = (code: string, patch: Partial<TaskAssignment>) =>
    setDraft(tasks.map((t) => (t.tableCode === code ? withPatch(t, patch) : t)));

  const save = async () => {
    const r = validateTasks(
      tasks,
      data.catalog,
      data.departments,
      academicYearRange(data.workspace.academicYearStart),
    );
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

  const reset = () => setDraft(defaultTasks(data.catalog, data.departments, data.workspace.deadlines.fill));

  return (
    <Card
      title={T.assign}
      extra={
        editable && (
          <Space>
            {draft && <Tag color="orange">{T.unsaved}</Tag>}
            {editsAll && (
              <DatePicker
                placeholder={T.bulkDeadline}
                onChange={(d) => d && setDraft(tasks.map((t) => ({ ...t, deadline: toYyyymmdd(d) })))}
              />
            )}
            {editsAll && <Button onClick={reset}>{T.resetDefaults}</Button>}
            <Button type="primary" disabled={!draft} onClick={save}>
              {T.save}
            </Button>
          </Space>
        )
      }
    >
      {!editable && <Alert type="info" showIcon title={T.readOnly} style={{ marginBottom: 12 }} />}
      {editable && !editsAll && (
        <Alert
          type="info"
          showIcon
          title={T.leaderScope}
          style={{ marginBottom: 12 }}
          data-testid="tasks-leader"
        />
      )}
      {error && (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="tasks-error" />
      )}
      <Typography.Paragraph type="secondary">{T.pending}</Typography.Paragraph>
      <Table<TaskAssignment>
        rowKey="tableCode"
        size="small"
        dataSource={rows}
        pagination={false}
        sticky
        // The matrix scrolls sideways inside its card, never the page (1366×768 screens).
        scroll={{ x: 'max-content' }}
        columns={taskMatrixColumns({ tables, deptOptions, canEdit, update })}
      />
    </Card>
  );
}
