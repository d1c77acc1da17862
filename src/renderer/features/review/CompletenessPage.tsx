/**
 * 完成情况: department × table × state × deadline, overdue rows highlighted, filters, and a drill-down
 * that opens the slice on the review page. The office follows every slice, a department its own, a
 * summary department also those it gathers (station-scope.ts). The year lock sits below (office).
 */
import { useEffect, useMemo, useState } from 'react';
import { Card, Checkbox, Select, Space, Table, Tag, Typography } from 'antd';
import {
  completenessMatrix,
  departmentProgress,
  filterMatrix,
  MATRIX_STATES,
  type MatrixRow,
  type MatrixState,
} from '../../../shared/review/completeness-matrix';
import { REVIEW_STATE_LABELS, sliceStateLabel } from '../../../shared/review/review-text';
import { stationFollowsSlice } from '../../../shared/review/station-scope';
import { toYyyymmdd } from '../../../shared/tasks/my-tasks';
import { useSession } from '../../app/session-store';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { displayDate } from '../../ui/date-fields';
import { useReviewStore } from './review-store';
import { FeedbackExportPanel } from './FeedbackExportPanel';
import { M, T } from './texts';
import { LinkButton } from '../../ui/LinkButton';
import { UpdatePointTag } from '../tasks/UpdatePointTag';
import { freshnessKey, needsConfirmation } from '../../../shared/tasks/row-freshness';
import { useSliceFreshness } from './use-slice-freshness';

const label = (s: MatrixState) => sliceStateLabel(s === 'missing' ? null : s);
const STATE_COLOR = (s: MatrixState) =>
  s === 'missing' ? 'default' : s === 'locked-unsubmitted' || s === 'locked' ? 'gold' : 'blue';

export function CompletenessPage() {
  const data = useWorkspaceData((s) => s.data);
  const freshness = useSliceFreshness(data);
  const user = useSession((s) => s.user);
  const go = useSession((s) => s.go);
  const { submissions, yearLocked, load, select } = useReviewStore();
  const [dept, setDept] = useState<string | undefined>();
  const [state, setState] = useState<MatrixState | undefined>();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [returnedOnly, setReturnedOnly] = useState(false);
  useEffect(() => {
    if (data) void load(data.workspace);
  }, [data, load]);
  const matrix = useMemo(
    () =>
      data
        ? completenessMatrix(
            data.tasks,
            submissions,
            toYyyymmdd(new Date()),
            data.workspace.deadlines,
            (departmentCode, task) => stationFollowsSlice(data.workspace.station, departmentCode, task),
            yearLocked,
          )
        : null,
    [data, submissions, yearLocked],
  );
  if (!data || !user || !matrix) return null;
  const today = toYyyymmdd(new Date());
  const deptName = (code: string) => data.departments.find((d) => d.code === code)?.name ?? code;
  const tableName = (code: string) => data.catalog.tables.find((t) => t.code === code)?.name ?? '';
  const rows = filterMatrix(matrix.rows, {
    ...(dept ? { departmentCode: dept } : {}),
    ...(state ? { states: [state] } : {}),
    overdueOnly,
    returnedOnly,
  });
  const progress = departmentProgress(matrix.rows);
  // 已锁定（未报送） only where the year is locked here; elsewhere it would always read 0.
  const states = MATRIX_STATES.filter((s) => s !== 'locked-unsubmitted' || yearLocked);
  const shown = new Set(matrix.rows.map((r) => r.departmentCode));
  const drill = (r: MatrixRow) => {
    select({ departmentCode: r.departmentCode, tableCode: r.tableCode });
    go('review');
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card
        title={M.title}
        size="small"
        extra={
          <Typography.Text type={matrix.overdue ? 'danger' : 'secondary'}>
            {M.counts(matrix.overdue, matrix.rows.length)}
          </Typography.Text>
        }
      >
        <Space wrap style={{ marginBottom: 8 }}>
          {states.map((s) => (
            <Tag key={s}>
              {label(s)} {matrix.counts[s]}
            </Tag>
          ))}
        </Space>
        <Space wrap style={{ marginBottom: 12 }}>
          {progress.map((p) => (
            <Tag key={p.departmentCode} color={p.overdue ? 'red' : p.done === p.total ? 'green' : 'default'}>
              {deptName(p.departmentCode)} {M.progress(p.done, p.total)}
            </Tag>
          ))}
        </Space>
        <Space wrap style={{ marginBottom: 12 }}>
          <Select
            allowClear
            placeholder={M.allDepartments}
            style={{ width: 180 }}
            value={dept}
            onChange={setDept}
            options={data.departments
              .filter((d) => shown.has(d.code))
              .map((d) => ({ value: d.code, label: d.name }))}
            aria-label={T.department}
          />
          <Select
            allowClear
            placeholder={M.allStates}
            style={{ width: 160 }}
            value={state}
            onChange={setState}
            options={states.map((s) => ({ value: s, label: label(s) }))}
            aria-label={T.state}
          />
          <Checkbox checked={overdueOnly} onChange={(e) => setOverdueOnly(e.target.checked)}>
            {M.overdueOnly}
          </Checkbox>
          <Checkbox checked={returnedOnly} onChange={(e) => setReturnedOnly(e.target.checked)}>
            {M.returnedOnly}
          </Checkbox>
        </Space>
        <Table<MatrixRow>
          rowKey={(r) => `${r.tableCode}|${r.departmentCode}`}
          size="small"
          data-testid="completeness-matrix"
          dataSource={rows}
          pagination={{ pageSize: 20, showSizeChanger: false }}
          onRow={(r) => ({ style: r.overdue ? { background: '#fff1f0' } : {} })}
          columns={[
            { title: T.department, width: 130, render: (_, r) => deptName(r.departmentCode) },
            {
              title: T.tableCode,
              width: 90,
              render: (_, r) => <Typography.Text strong>{r.tableCode}</Typography.Text>,
            },
            { title: T.tableName, ellipsis: true, render: (_, r) => tableName(r.tableCode) },
            {
              title: '汇总部门',
              width: 110,
              render: (_, r) => (r.summaryDepartment ? deptName(r.summaryDepartment) : '—'),
            },
            {
              title: T.state,
              width: 130,
              render: (_, r) => (
                <>
                  <Tag
                    color={STATE_COLOR(r.state)}
                    data-testid={`matrix-state-${r.tableCode}-${r.departmentCode}`}
                  >
                    {label(r.state)}
                  </Tag>
                  {r.returned && <Tag color="red">{T.returned}</Tag>}
                </>
              ),
            },
            { title: T.deadline, width: 110, render: (_, r) => displayDate(r.deadline) },
            {
              title: M.updates,
              width: 160,
              render: (_, r) => {
                const task = data.tasks.find((t) => t.tableCode === r.tableCode);
                const slice = data.slices.find(
                  (x) => x.tableCode === r.tableCode && x.departmentCode === r.departmentCode,
                );
                const f = freshness.get(freshnessKey(r.tableCode, r.departmentCode));
                const flagged = f === undefined ? 0 : needsConfirmation(f);
                return task ? (
                  <>
                    <UpdatePointTag task={task} updatedAt={slice?.updatedAt ?? null} today={today} />
                    {f !== undefined && f.rows > 0 && (
                      <Tag
                        color={flagged > 0 ? 'orange' : 'green'}
                        data-testid={`freshness-${r.tableCode}-${r.departmentCode}`}
                        style={{ marginTop: 4 }}
                      >
                        {flagged > 0 ? M.stale(flagged, f.intervalDays) : M.fresh}
                      </Tag>
                    )}
                  </>
                ) : null;
              },
            },
            {
              title: '进度',
              width: 170,
              render: (_, r) =>
                r.overdue && r.expected ? (
                  <Tag color="red">
                    {M.overdue}·{M.expected(REVIEW_STATE_LABELS[r.expected])}
                  </Tag>
                ) : null,
            },
            {
              title: '',
              width: 60,
              render: (_, r) => <LinkButton onClick={() => drill(r)}>{M.drill}</LinkButton>,
            },
          ]}
        />
      </Card>
      {data.workspace.station.role !== 'department' && (
        <FeedbackExportPanel submissions={submissions} departments={data.departments} />
      )}
      {data.workspace.station.role === 'office' && (
        <Card size="small" title={M.lockTitle} data-testid="year-lock-link">
          <Space>
            <Typography.Text>{M.lockMoved}</Typography.Text>
            <LinkButton onClick={() => go('signoff')}>{M.lockOpen}</LinkButton>
          </Space>
        </Card>
      )}
    </Space>
  );
}
