/**
 * 退回整改任务 in 我的任务: the open returns this station follows, with the reason and the cell comments.
 * A task closes by itself once the 负责人 re-approves the fixed table (open-returns.ts derives it).
 */
import { useEffect, useMemo } from 'react';
import { Card, List, Tag } from 'antd';
import { openReturns } from '../../../shared/review/open-returns';
import { useSession } from '../../app/session-store';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { useReviewStore } from './review-store';
import { T } from './texts';
import { LinkButton } from '../../ui/LinkButton';
import { formatLocalTime } from '../../ui/local-time';

export function ReturnTasksCard() {
  const data = useWorkspaceData((s) => s.data);
  const go = useSession((s) => s.go);
  const { submissions, load, select } = useReviewStore();
  useEffect(() => {
    if (data) void load(data.workspace);
  }, [data, load]);
  const returns = useMemo(
    () => (data ? openReturns(submissions, data.workspace.station) : []),
    [data, submissions],
  );
  if (!data || returns.length === 0) return null;
  const fieldLabel = (table: string, key: string) =>
    data.catalog.tables.find((t) => t.code === table)?.fields.find((f) => f.key === key)?.label ?? key;
  const deptName = (code: string) => data.departments.find((d) => d.code === code)?.name ?? code;
  return (
    <Card title={T.myReturns} size="small" style={{ marginBottom: 12 }} data-testid="return-tasks">
      <List
        dataSource={returns}
        renderItem={(r) => (
          <List.Item
            actions={[
              <LinkButton
                key="review"
                onClick={() => {
                  select({ departmentCode: r.departmentCode, tableCode: r.tableCode });
                  go('review');
                }}
              >
                {T.viewReview}
              </LinkButton>,
              <LinkButton key="table" onClick={() => go('table', r.tableCode)}>
                {T.openTable}
              </LinkButton>,
            ]}
          >
            <List.Item.Meta
              title={
                <>
                  {r.tableCode} · {deptName(r.departmentCode)}{' '}
                  <Tag color={r.progress === 'to-fix' ? 'red' : 'orange'}>{T.returnProgress[r.progress]}</Tag>
                </>
              }
              description={
                <div>
                  <div>
                    {r.reason}（{T.returnedBy(r.returnedBy.name, formatLocalTime(r.returnedAt))}）
                  </div>
                  {r.comments.map((c, i) => (
                    <div key={i}>
                      · {fieldLabel(r.tableCode, c.fieldKey)}：{c.text}
                    </div>
                  ))}
                </div>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
