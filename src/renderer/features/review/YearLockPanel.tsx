/**
 * 全年签发: the 领导小组 locks the year when every expected slice is school-approved (the snapshot is
 * frozen for the MOE export and the report); the office reopens it with a reason. Both are audited.
 * A refused lock stays on the panel (the list of tables still missing is long to read, and a toast
 * would vanish before it is read) until the next attempt.
 */
import { useState } from 'react';
import { Alert, App as AntApp, Button, Card, Input, Modal, Popconfirm, Space } from 'antd';
import { yearLockBlockers } from '../../../shared/review/year-lock';
import type { Submission } from '../../../shared/review/review-types';
import type { TaskAssignment } from '../../../shared/tasks/task-types';
import type { ReviewUser } from '../../data/records';
import { repository } from '../../data/repository-instance';
import { M, T } from './texts';

export interface YearLockPanelProps {
  readonly workspaceId: string;
  readonly tasks: readonly TaskAssignment[];
  readonly submissions: readonly Submission[];
  readonly user: ReviewUser;
  onDone(): Promise<void>;
}

export function YearLockPanel({ workspaceId, tasks, submissions, user, onDone }: YearLockPanelProps) {
  const { message } = AntApp.useApp();
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const blockers = yearLockBlockers(tasks, submissions);
  const locked = submissions.filter((s) => s.state === 'locked').length;
  const report = async (r: { ok: boolean; error?: { message: string } }, done: string) => {
    if (r.ok) message.success(done);
    else message.error({ content: r.error?.message ?? '', duration: 8 });
    await onDone();
  };

  const lock = async () => {
    const r = await repository().lockYear(workspaceId, user);
    setRefusal(r.ok ? null : (r.error?.message ?? ''));
    if (r.ok) message.success(M.locked);
    await onDone();
  };

  return (
    <Card size="small" title={M.lockTitle} data-testid="year-lock">
      <Space direction="vertical" style={{ width: '100%' }}>
        {blockers.length === 0 ? (
          <Alert type="success" showIcon title={M.lockReady} />
        ) : (
          <Alert type="info" showIcon title={M.lockBlocked(blockers.length)} />
        )}
        {locked > 0 && <Alert type="warning" showIcon title={M.yearLocked(locked)} />}
        {refusal !== null && (
          <Alert
            type="error"
            showIcon
            closable
            onClose={() => setRefusal(null)}
            title={M.lockRefused}
            description={refusal}
            data-testid="year-lock-refusal"
          />
        )}
        <Space>
          {user.role === 'leader' && (
            <Popconfirm title={M.lockConfirm} onConfirm={lock}>
              <Button type="primary">{M.lockYear}</Button>
            </Popconfirm>
          )}
          {(user.role === 'supervisor' || user.role === 'leader') && locked > 0 && (
            <Button onClick={() => setReopening(true)}>{M.reopenYear}</Button>
          )}
        </Space>
      </Space>
      <Modal
        open={reopening}
        title={M.reopenYear}
        okButtonProps={{ disabled: reason.trim() === '' }}
        onCancel={() => setReopening(false)}
        onOk={async () => {
          setReopening(false);
          await report(await repository().reopenYear(workspaceId, reason, user), T.done.reopen);
          setReason('');
        }}
      >
        <Input.TextArea
          aria-label={T.reopenReason}
          placeholder={T.reopenReason}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </Card>
  );
}
