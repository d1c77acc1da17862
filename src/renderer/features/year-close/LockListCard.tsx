/** 锁定清单: the latest lock (time, who, hash, catalog version), signed with the office key on export. */
import { useState } from 'react';
import { App as AntApp, Button, Card, Input, Space, Typography } from 'antd';
import type { LockRecord } from '../../../shared/national-export/lock-record';
import type { Workspace } from '../../../shared/workspace/workspace-types';
import type { ReviewUser } from '../../data/records';
import { getPlatform } from '../../platform/platform';
import { signedLockListFile } from './lock-list-file';
import { LockCorrectionsList } from './LockCorrectionsList';
import { frozenSizeItems, ManifestDescriptions } from './ManifestDescriptions';
import { S } from './texts';

export function LockListCard({
  workspace,
  lock,
  user,
}: {
  readonly workspace: Workspace;
  readonly lock: LockRecord | null;
  readonly user: ReviewUser;
}) {
  const { message } = AntApp.useApp();
  const [pass, setPass] = useState('');
  const [busy, setBusy] = useState(false);
  const needsPass = getPlatform().keys.needsPassphrase;
  const sign = async () => {
    if (!lock) return;
    setBusy(true);
    try {
      const f = await signedLockListFile(workspace, lock, user, needsPass ? pass : null);
      if (!f.ok) return void message.error({ content: S.failed(f.error.message), duration: 8 });
      const r = await getPlatform().saveFile({
        suggestedName: f.value.name,
        bytes: f.value.bytes,
        filters: [{ name: '锁定清单', extensions: ['json'] }],
      });
      if (!r.ok) message.error(S.failed(r.error.message));
      else if (r.value.kind === 'saved') message.success(S.listSaved(f.value.name));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={S.listTitle} data-testid="lock-list">
      {lock === null ? (
        <Typography.Text type="secondary">{S.listNotLocked}</Typography.Text>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <ManifestDescriptions
            manifest={lock.manifest}
            hashTestId="lock-list-hash"
            more={frozenSizeItems(lock.catalogVersion, lock.manifest)}
          />
          {lock.corrections && lock.corrections.length > 0 && (
            <LockCorrectionsList corrections={lock.corrections} />
          )}
          <Space>
            {needsPass && (
              <Input.Password
                aria-label={S.passphrase}
                placeholder={S.passphrase}
                value={pass}
                onChange={(e) => setPass(e.target.value)}
              />
            )}
            <Button loading={busy} onClick={() => void sign()}>
              {S.listSign}
            </Button>
          </Space>
        </Space>
      )}
    </Card>
  );
}
