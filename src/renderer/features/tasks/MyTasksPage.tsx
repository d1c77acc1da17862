/**
 * 我的任务: the tables this station fills (or, at the office, all tables) with rows, required-cell
 * completeness, errors and due state, soonest deadline first.
 */
import { useMemo } from 'react';
import { Card, Empty, Progress, Table, Tag, Typography } from 'antd';
import { dueState, myTasks, toYyyymmdd, type MyTask } from '../../../shared/tasks/my-tasks';
import { PERIOD_LABELS } from '../../../shared/catalog/catalog-types';
import { SetupPendingNotice } from './SetupPendingNotice';
import { UpdatePointTag } from './UpdatePointTag';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { displayDate } from '../../ui/date-fields';
import { useCompleteness } from './use-completeness';
import { useSession } from '../../app/session-store';
import { T } from './texts';
import { BulkSpreadsheetActions, SpreadsheetActions } from '../spreadsheet';
import { T as SHEET_T } from '../spreadsheet/texts';
import { ReturnTasksCard } from '../review/ReturnTasksCard';
import { useReviewStore } from '../review/review-store';
import { sliceDisplayState, sliceStateLabel } from '../../../shared/review/review-text';
import { submissionKey } from '../../../shared/review/review-types';
import { LinkButton } from '../../ui/LinkButton';
import { formatLocalTime } from '../../ui/local-time';

const DUE_COLORS = { open: 'default', 'due-soon': 'orange', overdue: 'red' } as const;

export function MyTasksPage() {
  const data = useWorkspaceData((s) => s.data);
  const mine = useMemo(() => (data ? myTasks(data.tasks, data.workspace.station) : []), [data]);
  const completeness = useCompleteness(mine);
  const go = useSession((s) => s.go);
  // Loaded by ReturnTasksCard above (the review store): the year lock and this station's review records.
  const submissions = useReviewStore((s) => s.submissions);
  const yearLocked = useReviewStore((s) => s.yearLocked);
  const states = useMemo(
    () => new Map(submissions.map((s) => [submissionKey(s.departmentCode, s.tableCode), s.state])),
    [submissions],
  );
  if (!data) return null;
  const tables = new Map(data.catalog.tables.map((t) => [t.code, t]));
  const today = toYyyymmdd(new Date());
  // The slice a station imports into: its own department; at the office, the task's responsible department.
  const sliceOf = (m: MyTask) => data.workspace.station.departmentCode ?? m.task.responsibleDepartment;
  const bulk = mine.flatMap((m) => {
    const table = tables.get(m.task.tableCode);
    return table ? [{ table, departmentCode: data.workspace.station.departmentCode }] : [];
  });

  return (
    <>
      <SetupPendingNotice />
      <ReturnTasksCard />
      <Card title={T.myTasks} extra={mine.length > 0 ? <BulkSpreadsheetActions slices={bulk} /> : null}>
        {mine.length === 0 ? (
          <Empty description={T.noTasks} />
        ) : (
          <Table<MyTask>
            rowKey={(m) => m.task.tableCode}
            size="small"
            pagination={false}
            dataSource={mine}
            data-testid="my-tasks"
            columns={[
              {
                title: T.tableCode,
                width: 84,
                render: (_, m) => (
                  <LinkButton strong onClick={() => go('table', m.task.tableCode)}>
                    {m.task.tableCode}
                  </LinkButton>
                ),
              },
              { title: T.tableName, render: (_, m) => tables.get(m.task.tableCode)?.name }, // takes the width the others leave
              {
                title: T.period,
                width: 84,
                render: (_, m) => {
                  const t = tables.get(m.task.tableCode);
                  return t ? PERIOD_LABELS[t.period] : '';
                },
              },
              { title: T.part, width: 92, render: (_, m) => <Tag>{T.parts[m.part]}</Tag> },
              {
                title: T.deadlineAndUpdates,
                width: 176,
                render: (_, m) => {
                  // In a locked year nothing is due or to update: the table reads as locked, as in 数据审核.
                  if (yearLocked) {
                    const shown = sliceDisplayState(
                      states.get(submissionKey(sliceOf(m), m.task.tableCode)),
                      true,
                    );
                    return (
                      <span>
                        {displayDate(m.task.deadline)}{' '}
                        <Tag color="gold" data-testid={`task-state-${m.task.tableCode}`}>
                          {sliceStateLabel(shown)}
                        </Tag>
                      </span>
                    );
                  }
                  const s = dueState(m.task.deadline, today);
                  return (
                    <span>
                      {displayDate(m.task.deadline)} <Tag color={DUE_COLORS[s]}>{T.due[s]}</Tag>
                      <UpdatePointTag
                        task={m.task}
                        updatedAt={completeness.get(m.task.tableCode)?.updatedAt ?? null}
                        today={today}
                      />
                    </span>
                  );
                },
              },
              {
                title: T.rows,
                width: 80,
                align: 'right',
                render: (_, m) => completeness.get(m.task.tableCode)?.rows ?? '…',
              },
              {
                title: T.required,
                width: 120,
                render: (_, m) => {
                  const c = completeness.get(m.task.tableCode);
                  if (!c) return '…';
                  const pct =
                    c.requiredCells === 0
                      ? c.rows > 0
                        ? 100
                        : 0
                      : Math.floor((c.requiredFilled / c.requiredCells) * 100);
                  return (
                    <Progress percent={pct} size="small" aria-label={`${m.task.tableCode} ${T.required}`} />
                  );
                },
              },
              {
                title: T.errors,
                width: 70,
                align: 'right',
                render: (_, m) => {
                  const c = completeness.get(m.task.tableCode);
                  return c ? (
                    <Typography.Text type={c.errorCells > 0 ? 'danger' : undefined}>
                      {c.errorCells}
                    </Typography.Text>
                  ) : (
                    '…'
                  );
                },
              },
              {
                title: T.lastUpdated,
                width: 156,
                render: (_, m) => {
                  const u = completeness.get(m.task.tableCode)?.updatedAt;
                  return u ? formatLocalTime(u) : '—';
                },
              },
              {
                title: SHEET_T.actionsColumn,
                width: 104,
                render: (_, m) => {
                  const table = tables.get(m.task.tableCode);
                  return table ? (
                    <SpreadsheetActions table={table} departmentCode={sliceOf(m)} iconOnly />
                  ) : null;
                },
              },
            ]}
          />
        )}
      </Card>
    </>
  );
}
