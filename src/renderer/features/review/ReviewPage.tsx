/**
 * 数据审核: the slices this station fills or reviews, with their state, and the selected slice's panel.
 * The list puts what waits for the signed-in user first, so a 负责人 sees what to approve at a glance.
 */
import { useEffect, useMemo } from 'react';
import { Card, Col, Empty, Row, Table, Tag, Typography } from 'antd';
import { REVIEW_STATE_LABELS } from '../../../shared/review/review-text';
import { useSession } from '../../app/session-store';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { displayDate } from '../../ui/date-fields';
import { ReviewPanel } from './ReviewPanel';
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
} as const;

export function ReviewPage() {
  const data = useWorkspaceData((s) => s.data);
  const user = useSession((s) => s.user);
  const { submissions, selected, load, select, workspaceId } = useReviewStore();
  const ruleset = useRulesetStore((s) => s.ruleset);

  useEffect(() => {
    if (data) void load(data.workspace);
  }, [data, load]);

  const slices = useMemo(() => {
    if (!data || !user) return [];
    const actor = { name: user.name, role: user.role, station: data.workspace.station };
    const all = stationSlices(data.tasks, submissions, data.workspace.station);
    const mine = (s: ReviewSlice) => (allowedActions(s.submission, actor).length > 0 ? 0 : 1);
    // Stable: what the user can act on first, then task order.
    return all
      .map((s, i) => ({ s, i }))
      .sort((a, b) => mine(a.s) - mine(b.s) || a.i - b.i)
      .map((x) => x.s);
  }, [data, user, submissions]);

  if (!data || !user) return null;
  const tableName = (code: string) => data.catalog.tables.find((t) => t.code === code)?.name ?? '';
  const deptName = (code: string) => data.departments.find((d) => d.code === code)?.name ?? code;
  const current = selected
    ? slices.find((s) => s.departmentCode === selected.departmentCode && s.tableCode === selected.tableCode)
    : undefined;

  return (
    <Row gutter={12}>
      <Col span={9}>
        <Card title={T.reviewTitle} size="small">
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
                  ellipsis: true,
                  render: (_, s) => (
                    <span title={tableName(s.tableCode)}>
                      <Typography.Text strong>{s.tableCode}</Typography.Text>{' '}
                      <Typography.Text type="secondary">{tableName(s.tableCode)}</Typography.Text>
                    </span>
                  ),
                },
                {
                  title: T.department,
                  width: 96,
                  ellipsis: true,
                  render: (_, s) => deptName(s.departmentCode),
                },
                {
                  title: T.state,
                  width: 112,
                  render: (_, s) => (
                    <>
                      <Tag color={STATE_COLOR[s.submission.state]}>
                        {s.stored ? REVIEW_STATE_LABELS[s.submission.state] : T.notStarted}
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
      <Col span={15}>
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
      </Col>
    </Row>
  );
}
