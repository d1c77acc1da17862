/**
 * The damaged-store notice's restore offer (docs/SECURITY.md D8): the newest backup of every workspace found in
 * the backup folder, each restorable with one click, plus restoring from an exported archive file.
 * After at least one restore, 进入系统 accepts the database as restored.
 */
import { useEffect, useState } from 'react';
import { Alert, App as AntApp, Button, List, Space, Typography } from 'antd';
import { peekBackupManifest } from '../../../shared/backup/backup-archive-reader';
import { BACKUP_EXTENSION, parseBackupName } from '../../../shared/backup/backup-names';
import type { Result } from '../../../shared/result';
import type { BackupContent } from '../../../shared/backup/backup-manifest';
import { getPlatform } from '../../platform/platform';
import { backupService } from './backup-service';
import { formatSize, formatTime } from './restore-flow';
import { OPERATION_LABELS, T } from './texts';

interface Offer {
  readonly name: string;
  readonly size: number;
  readonly workspaceName: string;
}

const SYSTEM_ACTOR = '系统';

export function RestoreSlot(props: { onDone: () => Promise<void> }) {
  const { message } = AntApp.useApp();
  const [offers, setOffers] = useState<Offer[] | null>(null);
  const [restored, setRestored] = useState<string[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const service = backupService();

  useEffect(() => {
    void (async () => {
      if (!service) return setOffers([]);
      const files = await service.listBackups();
      const folder = await getPlatform().backupFolder();
      if (!files.ok || !folder.ok || !folder.value) return setOffers([]);
      const newest = new Map<string, (typeof files.value)[number]>();
      for (const f of files.value) {
        const id = parseBackupName(f.name)?.workspaceId;
        if (id && !newest.has(id)) newest.set(id, f);
      }
      const out: Offer[] = [];
      for (const f of newest.values()) {
        const bytes = await folder.value.read(f.name);
        const peek = bytes.ok ? peekBackupManifest(bytes.value) : null;
        out.push({ name: f.name, size: f.size, workspaceName: peek?.workspaceName ?? f.name });
      }
      setOffers(out);
    })();
  }, [service]);

  if (!service) return null;

  const restore = async (key: string, archive: () => Promise<Result<BackupContent> | null>) => {
    setBusy(key);
    try {
      const content = await archive();
      if (content === null) return;
      if (!content.ok) return void message.error({ content: content.error.message, duration: 8 });
      const r = await service.restore(content.value, SYSTEM_ACTOR);
      if (!r.ok) return void message.error({ content: r.error.message, duration: 8 });
      setRestored((x) => [...x, content.value.manifest.workspaceName]);
      message.success(
        T.restored(content.value.manifest.workspaceName, formatTime(content.value.manifest.createdAt)),
      );
    } finally {
      setBusy(null);
    }
  };

  const fromFile = async () => {
    const picked = await getPlatform().openFile({
      filters: [{ name: '备份文件', extensions: [BACKUP_EXTENSION] }],
    });
    if (!picked.ok) return picked;
    return picked.value.kind === 'opened' ? service.readArchive(picked.value.file.bytes) : null;
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="restore-slot">
      <Typography.Title level={5}>{T.damagedTitle}</Typography.Title>
      <Typography.Text type="secondary">
        {offers && offers.length === 0 ? T.damagedNone : T.damagedHelp}
      </Typography.Text>
      {offers && offers.length > 0 && (
        <List
          size="small"
          bordered
          dataSource={offers}
          renderItem={(o) => {
            const parsed = parseBackupName(o.name);
            return (
              <List.Item
                actions={[
                  <Button
                    key="r"
                    type="primary"
                    loading={busy === o.name}
                    disabled={busy !== null}
                    onClick={() => void restore(o.name, () => service.readBackupFile(o.name))}
                  >
                    {T.restore}
                  </Button>,
                ]}
              >
                <Space>
                  <Typography.Text strong>{o.workspaceName}</Typography.Text>
                  <span>{parsed ? formatTime(parsed.createdAt) : ''}</span>
                  <span>{parsed ? OPERATION_LABELS[parsed.operation] : ''}</span>
                  <span>{formatSize(o.size)}</span>
                </Space>
              </List.Item>
            );
          }}
        />
      )}
      <Space>
        <Button
          disabled={busy !== null}
          loading={busy === 'file'}
          onClick={() => void restore('file', fromFile)}
        >
          {T.restoreFromFile}
        </Button>
        {restored.length > 0 && (
          <Button type="primary" onClick={() => void props.onDone()}>
            {T.enter}
          </Button>
        )}
      </Space>
      {restored.length > 0 && <Alert type="success" showIcon title={T.restoredList(restored.join('、'))} />}
    </Space>
  );
}
