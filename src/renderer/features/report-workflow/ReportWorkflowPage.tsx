/**
 * 报告编制流程 (office): the report's steps board, the chapters assigned to departments with their
 * bundles, and the feedback after publication (docs/report-workflow.md).
 */
import { Alert, Card, Input, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { repository } from '../../data/repository-instance';
import { useExchange } from '../bundles/use-exchange';
import { AssignForm } from './AssignForm';
import { ChapterBoard } from './ChapterBoard';
import { ChapterImport } from './ChapterImport';
import { FeedbackPanel } from './FeedbackPanel';
import { sendChapterBundle } from './office-send';
import { StepsBoard } from './StepsBoard';
import { useWorkflowData } from './use-workflow';
import { W } from './texts';

export function ReportWorkflowPage() {
  const [passphrase, setPassphrase] = useState('');
  const { deps, acting, data } = useExchange(passphrase === '' ? null : passphrase);
  const ws = data?.workspace;
  const year = ws ? ws.academicYearStart + 1 : 0;
  const { data: wf, reload } = useWorkflowData(ws?.id, year);
  if (!data || !ws || !acting || !wf) return null;
  const today = dayjs().format('YYYY-MM-DD');
  const change = async (c: unknown) => {
    const r = await repository().changeReportWorkflow(ws.id, year, c, acting.actor);
    await reload();
    return r;
  };
  const summaries = [
    ...new Set(data.tasks.flatMap((t) => (t.summaryDepartment ? [t.summaryDepartment] : []))),
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {W.menu}（{year}年度）
      </Typography.Title>
      <Card size="small" title={W.steps}>
        <StepsBoard workflow={wf.workflow} today={today} onChange={change} />
      </Card>
      <Card
        size="small"
        title={W.chapters}
        extra={
          <Space>
            {deps.keys.needsPassphrase && (
              <Input.Password
                size="small"
                placeholder={W.passphrase}
                aria-label={W.passphrase}
                data-testid="sign-passphrase"
                value={passphrase}
                onChange={(e) => setPassphrase(e.target.value)}
              />
            )}
            <ChapterImport deps={deps} acting={acting} onImported={() => void reload()} />
          </Space>
        }
      >
        {wf.report === null ? (
          <Alert type="info" showIcon title={W.noReport} />
        ) : (
          <Space direction="vertical" style={{ width: '100%' }}>
            <AssignForm
              report={wf.report}
              departments={data.departments}
              summaries={summaries}
              onAssign={async (a) => {
                const r = await repository().assignReportChapter(ws.id, a, acting.actor);
                await reload();
                return r;
              }}
            />
            <ChapterBoard
              work={wf.work}
              departments={data.departments}
              today={today}
              onSend={async (dept, decisions) => {
                const r = await sendChapterBundle(deps, acting, data.catalog, dept, decisions);
                await reload();
                return r;
              }}
            />
          </Space>
        )}
      </Card>
      <Card size="small">
        <FeedbackPanel entries={wf.workflow.feedback} onAdd={(entry) => change({ op: 'feedback', entry })} />
      </Card>
    </Space>
  );
}
