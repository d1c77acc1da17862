/**
 * 审定前快照: the named copy of the year the 领导小组's analysis note reads. Shows the latest one (name,
 * time, who, hash, size) and, once the year is locked, whether the lock froze the same data.
 */
import { useState } from 'react';
import { Alert, App as AntApp, Button, Card, Input, Space, Typography } from 'antd';
import type { LockRecord } from '../../../shared/national-export/lock-record';
import { changesSinceSnapshot, type PreApprovalSnapshot } from '../../../shared/year-close/pre-approval';
import type { ReviewUser } from '../../data/records';
import { repository } from '../../data/repository-instance';
import { frozenSizeItems, ManifestDescriptions } from './ManifestDescriptions';
import { S } from './texts';

export interface PreApprovalCardProps {
  readonly workspaceId: string;
  readonly snapshots: readonly PreApprovalSnapshot[];
  readonly lock: LockRecord | null;
  readonly user: ReviewUser;
  onSaved(): Promise<void>;
}

export function PreApprovalCard({ workspaceId, snapshots, lock, user, onSaved }: PreApprovalCardProps) {
  const { message } = AntApp.useApp();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const latest = snapshots.at(-1) ?? null;
  const save = async () => {
    setBusy(true);
    try {
      const r = await repository().savePreApprovalSnapshot(workspaceId, name, user);
      if (r.ok) {
        message.success(S.snapshotSaved(name.trim()));
        setName('');
      } else message.error({ content: r.error.message, duration: 8 });
      await onSaved();
    } finally {
      setBusy(false);
    }
  };
  const diff = latest && lock ? changesSinceSnapshot(latest, lock.manifest) : null;
  return (
    <Card size="small" title={S.snapshotTitle} data-testid="pre-approval">
      <Space direction="vertical" style={{ width: '100%' }}>
        {latest === null ? (
          <Typography.Text type="secondary">{S.snapshotNone}</Typography.Text>
        ) : (
          <ManifestDescriptions
            manifest={latest.manifest}
            labels={{ at: S.snapshotAt, by: S.snapshotBy, hash: S.snapshotHash }}
            title={latest.name}
            testId="pre-approval-latest"
            more={frozenSizeItems(latest.catalogVersion, latest.manifest)}
          />
        )}
        {snapshots.length > 1 && (
          <Typography.Text type="secondary">{S.snapshotEarlier(snapshots.length - 1)}</Typography.Text>
        )}
        {diff !== null &&
          (diff.length === 0 ? (
            <Alert type="success" showIcon title={S.lockSame} data-testid="pre-approval-same" />
          ) : (
            <Alert
              type="warning"
              showIcon
              data-testid="pre-approval-differs"
              title={S.lockDiffers(diff.length)}
              description={diff.slice(0, 30).join('、')}
            />
          ))}
        {lock === null && (
          <Space.Compact style={{ width: '100%', maxWidth: 560 }}>
            <Input
              aria-label={S.snapshotName}
              placeholder={S.snapshotPlaceholder}
              value={name}
              maxLength={40}
              onChange={(e) => setName(e.target.value)}
            />
            <Button type="primary" loading={busy} disabled={name.trim() === ''} onClick={() => void save()}>
              {S.snapshotSave}
            </Button>
          </Space.Compact>
        )}
      </Space>
    </Card>
  );
}
