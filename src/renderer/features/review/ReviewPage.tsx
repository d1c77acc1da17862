/**
 * 数据审核: the slices this station fills or reviews, with their state, and the selected slice's panel.
 * The list puts what waits for the signed-in user first, so a 负责人 sees what to approve at a glance.
 */
import { useEffect, useMemo, useState } from 'react';
import { Button, Card, Col, Empty, Row, Select, Table, Tag, Typography } from 'antd';
import { compareTableCodes } from '../../../shared/catalog/table-code-order';
import { REVIEW_STATES } from '../../../shared/review/review-types';
import {
  sliceDisplayState,
  sliceStateLabel,
  type SliceDisplayState,
} from '../../../shared/review/review-text';
import { useSession } from '../../app/session-store';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { displayDate } from '../../ui/date-fields';
import { ReviewPanel } from './ReviewPanel';
import { UpdateRequestsPanel } from './UpdateRequestsPanel';
import { ReceivedLockCard } from '../year-close/ReceivedLockCard';
import { allowedActions, stationSlices, type ReviewSlice } from './review-scope';
import { useRulesetStore } from '../../rules-runtime/ruleset-store';
import { useReviewStore } from './review-store';
import { T } from './texts';

const STATE_COLOR = {
  draft: 'default',
  submitted: 'blue',
  'dept-approved': 'cyan',
  received: 'geekblue',
  'summary-approved': 'purple',
  'school-approved': 'green',
  locked: 'gold',
  'locked-unsubmitted': 'gold',
} as const;

/** What the list shows for a slice: a fresh draft as 填报中, or 已锁定（未报送） in a locked year. */
const displayed = (s: ReviewSlice, yearLocked: boolean) =>
  sliceDisplayState(s.stored ? s.submission.state : null, yearLocked);

export function ReviewPage() {
  const data = useWorkspaceData((s) => s.data);
  const user = useSession((s) => s.user);
  const { submissions, yearLocked, selected, load, select, workspaceId } = useReviewStore();
  const ruleset = useRulesetStore((s) => s.ruleset);
  const [filter, setFilter] = useState<'all' | 'mine' | SliceDisplayState>('all');
  const shown = (s: ReviewSlice) => displayed(s, yearLocked);

  useEffect(() => {
    if (data) void load(data.workspace);
  }, [data, load]);

  const slices = useMemo(() => {
    if (!data || !user) return [];
    const actor = { name: user.name, role: user.role, station: data.workspace.station };
    const all = stationSlices(data.tasks, submissions, data.workspace.station);
    const mine = (s: ReviewSlice) => (allowedActions(s.submission, actor, yearLocked).length > 0 ? 0 : 1);
    // What the user can act on first, then table codes in natural order (A2 before A10).
    return all
      .filter(
        (s) => filter === 'all' || (filter === 'mine' ? mine(s) === 0 : displayed(s, yearLocked) === filter),
      )
      .sort(
        (a, b) =>
          mine(a) - mine(b) ||
          compareTableCodes(a.tableCode, b.tableCode) ||
          a.departmentCode.localeCompare(b.departmentCode),
      );
  }, [data, user, submissions, yearLocked, filter]);

  if (!data || !user) return null;
  const tableName = (code: string) => data.catalog.tables.find((t) => t.code === code)?.name ?? '';
  const deptName = (code: string) => data.departments.find((d) => d.code === code)?.name ?? code;
  const current = selected
    ? slices.find((s) => s.departmentCode === selected.departmentCode && s.tableCode === selected.tableCode)
    : undefined;

  return (
    <Row gutter={12}>
      <Col xs={24} xl={11} xxl={9}>
        <Card
          title={T.reviewTitle}
          size="small"
          extra={
            <Select
              size="small"
              value={filter}
              onChange={setFilter}
              aria-label={T.stateFilter}
              data-testid="review-state-filter"
              style={{ width: 150 }}
              options={[
                { value: 'all', label: T.filterAll },
                { value: 'mine', label: T.filterMine },
                ...[...REVIEW_STATES, ...(yearLocked ? (['locked-unsubmitted'] as const) : [])].map((st) => ({
                  value: st,
                  label: sliceStateLabel(st),
                })),
              ]}
            />
          }
        >
          {slices.length === 0 ? (
            <Empty description={T.noSlices} />
          ) : (
            <Table<ReviewSlice>
              rowKey={(s) => `${s.tableCode}|${s.departmentCode}`}
              size="small"
              data-testid="review-slices"
              dataSource={slices}
              tableLayout="fixed"
              pagination={{ pageSize: 15, showSizeChanger: false, hideOnSinglePage: true }}
              onRow={(s) => ({
                onClick: () => select({ departmentCode: s.departmentCode, tableCode: s.tableCode }),
                style: { cursor: 'pointer' },
              })}
              rowClassName={(s) => (current === s ? 'ant-table-row-selected' : '')}
              columns={[
                {
                  title: T.table,
                  // A real button: the slice opens from the keyboard too, and the name wraps, never cut.
                  render: (_, s) => (
                    <Button
                      type="link"
                      size="small"
                      style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
                      onClick={(e) => {
                        e.stopPropagation();
                        select({ departmentCode: s.departmentCode, tableCode: s.tableCode });
                      }}
                    >
                      <span>
                        <Typography.Text strong>{s.tableCode}</Typography.Text>{' '}
                        <Typography.Text type="secondary">{tableName(s.tableCode)}</Typography.Text>
                      </span>
                    </Button>
                  ),
                },
                {
                  title: T.department,
                  width: 96,
                  render: (_, s) => deptName(s.departmentCode),
                },
                {
                  title: T.state,
                  width: 112,
                  render: (_, s) => (
                    <>
                      <Tag
                        color={STATE_COLOR[shown(s)]}
                        data-testid={`review-state-${s.tableCode}-${s.departmentCode}`}
                      >
                        {sliceStateLabel(shown(s))}
                      </Tag>
                      {s.returned && <Tag color="red">{T.returned}</Tag>}
                    </>
                  ),
                },
                { title: T.deadline, width: 96, render: (_, s) => displayDate(s.deadline) },
              ]}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} xl={13} xxl={15}>
        {data.workspace.station.role === 'office' && (
          <UpdateRequestsPanel
            workspaceId={data.workspace.id}
            user={user}
            submissions={submissions}
            deptName={deptName}
            onAnswered={() => load(data.workspace)}
          />
        )}
        {current && ruleset && workspaceId === data.workspace.id ? (
          <ReviewPanel
            key={`${current.tableCode}|${current.departmentCode}`}
            slice={current}
            data={data}
            ruleset={ruleset}
            user={user}
          />
        ) : (
          <Card size="small">
            <Empty description={T.pickSlice} />
          </Card>
        )}
        {data.workspace.station.role !== 'office' && (
          <div style={{ marginTop: 12 }}>
            <ReceivedLockCard reloadKey={submissions} />
          </div>
        )}
      </Col>
    </Row>
  );
}
