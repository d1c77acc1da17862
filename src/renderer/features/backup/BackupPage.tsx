/**
 * 备份与恢复: back up now, export the workspace archive (to move to another PC), restore from a backup
 * in the backup folder or from a file, and the backup settings with the data folder. Works the same in
 * Electron (folder + dialogs) and in the browser (OPFS + downloads and a file input).
 */
import { useCallback, useEffect, useState } from 'react';
import { App as AntApp, Button, Card, Progress, Space } from 'antd';
import { ExportOutlined, ImportOutlined, SaveOutlined } from '@ant-design/icons';
import type { BackupContent } from '../../../shared/backup/backup-manifest';
import { BACKUP_EXTENSION } from '../../../shared/backup/backup-names';
import { useSession } from '../../app/session-store';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { getPlatform } from '../../platform/platform';
import type { BackupFileInfo } from '../../platform/platform-types';
import { BackupSettingsCard } from './BackupSettingsCard';
import { BackupTable } from './BackupTable';
import { useBackupProgress } from './backup-progress';
import { backupService } from './backup-service';
import { formatTime, restoreWithConfirm } from './restore-flow';
import { T } from './texts';

export function BackupPage() {
  const { message, modal } = AntApp.useApp();
  const data = useWorkspaceData((s) => s.data);
  const load = useWorkspaceData((s) => s.load);
  const user = useSession((s) => s.user);
  const progress = useBackupProgress();
  const [files, setFiles] = useState<BackupFileInfo[]>([]);
  const [busy, setBusy] = useState(false);
  const workspaceId = data?.workspace.id ?? null;
  const service = backupService();

  const refresh = useCallback(async () => {
    if (!service || !workspaceId) return;
    const r = await service.listBackups(workspaceId);
    if (r.ok) setFiles(r.value);
    else message.error(r.error.message);
  }, [service, workspaceId, message]);

  useEffect(() => {
    // The list is read asynchronously; setState happens in the promise callback, not the effect body.
    const timer = setTimeout(() => void refresh(), 0);
    return () => clearTimeout(timer);
  }, [refresh]);

  if (!data || !user || !service || !workspaceId) return null;

  const run = async (task: () => Promise<void>) => {
    setBusy(true);
    try {
      await task();
    } finally {
      setBusy(false);
      await refresh();
    }
  };

  const confirm = (content: BackupContent) =>
    new Promise<boolean>((resolve) => {
      if (content.manifest.workspaceId !== workspaceId) {
        message.error(T.otherWorkspace);
        resolve(false);
        return;
      }
      modal.confirm({
        title: T.confirmRestoreTitle,
        content: T.confirmRestore(formatTime(content.manifest.createdAt), data.workspace.name),
        okText: T.ok,
        okButtonProps: { danger: true },
        cancelText: T.cancel,
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      });
    });

  const restoreFrom = (archive: () => Promise<Parameters<typeof restoreWithConfirm>[1]>) =>
    run(async () => {
      const r = await restoreWithConfirm(service, await archive(), confirm, user.name);
      if (!r.ok) {
        if (r.error.code !== 'cancelled') message.error({ content: r.error.message, duration: 8 });
        return;
      }
      if (r.value === null) return;
      await load(workspaceId);
      message.success(T.restored(r.value.manifest.workspaceName, formatTime(r.value.manifest.createdAt)));
    });

  const fromFile = async () => {
    const picked = await getPlatform().openFile({
      filters: [{ name: '备份文件', extensions: [BACKUP_EXTENSION] }],
    });
    if (!picked.ok) return picked;
    if (picked.value.kind === 'cancelled')
      return { ok: false as const, error: { code: 'cancelled', message: '' } };
    return service.readArchive(picked.value.file.bytes);
  };

  const download = (name: string) =>
    run(async () => {
      const folder = await getPlatform().backupFolder();
      const bytes = folder.ok && folder.value ? await folder.value.read(name) : null;
      if (!bytes || !bytes.ok)
        return void message.error(bytes?.ok === false ? bytes.error.message : T.noBackups);
      const saved = await getPlatform().saveFile({ suggestedName: name, bytes: bytes.value });
      if (!saved.ok) message.error(saved.error.message);
    });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="backup-page">
      <Card
        title={T.title}
        extra={
          <Space>
            <Button
              type="primary"
              icon={<SaveOutlined />}
              loading={busy && progress.label !== null}
              disabled={busy}
              onClick={() =>
                run(async () => {
                  const r = await service.takeBackup(workspaceId, 'manual');
                  if (r.ok) message.success(T.backedUp);
                  else message.error({ content: r.error.message, duration: 8 });
                })
              }
            >
              {T.backupNow}
            </Button>
            <Button
              icon={<ExportOutlined />}
              disabled={busy}
              onClick={() =>
                run(async () => {
                  const r = await service.exportArchive(workspaceId);
                  if (!r.ok) message.error({ content: r.error.message, duration: 8 });
                  else if (r.value !== null) message.success(T.exported(r.value));
                })
              }
            >
              {T.exportArchive}
            </Button>
            <Button icon={<ImportOutlined />} disabled={busy} onClick={() => void restoreFrom(fromFile)}>
              {T.restoreFromFile}
            </Button>
          </Space>
        }
      >
        {progress.label !== null && (
          <div data-testid="backup-progress">
            {progress.label}
            <Progress percent={progress.percent} size="small" aria-label={progress.label} />
          </div>
        )}
        <BackupTable
          files={files}
          busy={busy}
          onRestore={(name) => void restoreFrom(() => service.readBackupFile(name))}
          onDownload={(name) => void download(name)}
        />
      </Card>
      <BackupSettingsCard />
    </Space>
  );
}
