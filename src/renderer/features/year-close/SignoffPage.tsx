/**
 * 领导小组签发: one page before the year is locked. Progress of every expected slice, the open 整改
 * items, the named 审定前快照, what the lock freezes, the lock itself, and afterwards the 锁定清单,
 * signed with the office key when it is exported.
 */
import { useMemo } from 'react';
import { Alert, Space, Spin, Typography } from 'antd';
import { departmentNamer } from '../../../shared/departments/department-names';
import { latestLockRecord } from '../../../shared/national-export/lock-record';
import { toYyyymmdd } from '../../../shared/tasks/my-tasks';
import { preApprovalSnapshots } from '../../../shared/year-close/pre-approval';
import { signoffOverview } from '../../../shared/year-close/signoff-overview';
import { useSession } from '../../app/session-store';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { AnalysisNoteButton } from '../analysis/note/AnalysisNoteButton';
import { YearLockPanel } from '../review/YearLockPanel';
import { FreezeList } from './FreezeList';
import { LockListCard } from './LockListCard';
import { PreApprovalCard } from './PreApprovalCard';
import { SignoffItems, SignoffProgress } from './SignoffStatus';
import { S } from './texts';
import { useSignoffData } from './use-signoff-data';

export function SignoffPage() {
  const data = useWorkspaceData((s) => s.data);
  const user = useSession((s) => s.user);
  const go = useSession((s) => s.go);
  const { data: d, reload } = useSignoffData(data?.workspace.id);
  const overview = useMemo(
    () =>
      data && d
        ? signoffOverview(data.tasks, d.submissions, d.slices, d.items, toYyyymmdd(new Date()))
        : null,
    [data, d],
  );
  const lock = useMemo(() => (d ? latestLockRecord(d.events) : null), [d]);
  const snapshots = useMemo(() => (d ? preApprovalSnapshots(d.events) : []), [d]);
  const name = useMemo(() => departmentNamer(data?.departments ?? []), [data]);
  if (!data || !user) return null;
  if (data.workspace.station.role !== 'office') return <Alert type="info" showIcon title={S.officeOnly} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="signoff-page">
      <Typography.Title level={4}>{S.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{S.intro}</Typography.Paragraph>
      {!d || !overview ? (
        <Spin />
      ) : (
        <>
          <SignoffProgress overview={overview} name={name} />
          <SignoffItems overview={overview} name={name} onOpenAnalysis={() => go('analysis')} />
          <PreApprovalCard
            workspaceId={data.workspace.id}
            snapshots={snapshots}
            lock={lock}
            user={user}
            onSaved={reload}
          />
          <AnalysisNoteButton data={data} snapshot={snapshots.at(-1) ?? null} />
          <FreezeList overview={overview} catalog={data.catalog} department={name} />
          <YearLockPanel
            workspaceId={data.workspace.id}
            tasks={data.tasks}
            submissions={d.submissions}
            user={user}
            onDone={reload}
          />
          <LockListCard workspace={data.workspace} lock={lock} user={user} />
        </>
      )}
    </Space>
  );
}
