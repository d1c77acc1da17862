/**
 * The office's 申请更新 list on 数据审核 (shared/review/update-request.ts): pending requests that came
 * up each slice's route (a department's data bundle, or a summary department's forward), each granted
 * (the 更新 step on the office's copy) or refused with a reason by a 督导员; the answers go down the same
 * route in the next feedback bundle.
 */
import { App as AntApp, Button, Card, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Submission } from '../../../shared/review/review-types';
import type { UpdateRequest } from '../../../shared/review/update-request';
import type { UserRole } from '../../../shared/workspace/workspace-types';
import { repository } from '../../data/repository-instance';
import { formatLocalTime } from '../../ui/local-time';
import { ReasonDialog } from '../../ui/ReasonDialog';
import { UR } from './texts';

export function UpdateRequestsPanel({
  workspaceId,
  user,
  submissions,
  deptName,
  onAnswered,
}: {
  workspaceId: string;
  user: { readonly name: string; readonly role: UserRole };
  submissions: readonly Submission[];
  deptName: (code: string) => string;
  onAnswered: () => Promise<void>;
}) {
  const { message } = AntApp.useApp();
  const [requests, setRequests] = useState<readonly UpdateRequest[]>([]);
  const [answering, setAnswering] = useState<{ request: UpdateRequest; grant: boolean } | null>(null);
  useEffect(() => {
    void repository().listUpdateRequests(workspaceId).then(setRequests);
  }, [workspaceId, submissions]);
  const pending = requests.filter((r) => r.status === 'pending');
  if (pending.length === 0) return null;

  const answer = async (reason: string): Promise<boolean> => {
    if (!answering) return false;
    const { request, grant } = answering;
    const r = await repository().answerUpdateRequest(workspaceId, request.id, grant, reason, user);
    if (!r.ok) {
      message.error({ content: r.error.message, duration: 8 });
      return false;
    }
    message.success(grant ? UR.granted : UR.refused);
    setAnswering(null);
    setRequests(await repository().listUpdateRequests(workspaceId));
    await onAnswered();
    return true;
  };
  const supervisor = user.role === 'supervisor';
  // The route the request came (and its answer goes back): through the slice's summary department, if any.
  const route = (r: UpdateRequest): string => {
    const via = submissions.find(
      (s) => s.tableCode === r.tableCode && s.departmentCode === r.departmentCode,
    )?.summaryDepartment;
    return via == null || via === r.departmentCode
      ? deptName(r.departmentCode)
      : UR.via(deptName(r.departmentCode), deptName(via));
  };
  const t = answering?.request;

  return (
    <Card size="small" title={UR.title} style={{ marginBottom: 12 }} data-testid="update-requests">
      <Typography.Paragraph type="secondary">{UR.hint}</Typography.Paragraph>
      <Table<UpdateRequest>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={pending}
        columns={[
          { title: UR.table, width: 70, dataIndex: 'tableCode' },
          { title: UR.department, width: 150, render: (_, r) => route(r) },
          { title: UR.reason, dataIndex: 'reason' },
          { title: UR.asked, width: 150, render: (_, r) => `${r.by.name} ${formatLocalTime(r.at)}` },
          {
            title: '',
            width: 130,
            render: (_, r) =>
              supervisor && (
                <Space>
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => setAnswering({ request: r, grant: true })}
                  >
                    {UR.grant}
                  </Button>
                  <Button size="small" onClick={() => setAnswering({ request: r, grant: false })}>
                    {UR.refuse}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      <ReasonDialog
        open={answering !== null}
        title={
          t === undefined
            ? ''
            : answering?.grant
              ? UR.grantTitle(t.tableCode, deptName(t.departmentCode))
              : UR.refuseTitle(t.tableCode, deptName(t.departmentCode))
        }
        hint={answering?.grant ? UR.grantHint : UR.refuseHint}
        label={UR.answerLabel}
        placeholder={answering?.grant ? UR.grantPlaceholder : UR.refusePlaceholder}
        okText={answering?.grant ? UR.grant : UR.refuse}
        cancelText={UR.cancel}
        testId="update-answer"
        required={answering?.grant === false ? UR.refuseRequired : undefined}
        onOk={answer}
        onCancel={() => setAnswering(null)}
      />
    </Card>
  );
}
