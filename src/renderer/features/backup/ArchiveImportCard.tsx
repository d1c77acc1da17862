/** Start page: import a workspace archive exported on another PC (same format as the backups). */
import { useState } from 'react';
import { App as AntApp, Button, Card, Typography } from 'antd';
import { ImportOutlined } from '@ant-design/icons';
import { BACKUP_EXTENSION } from '../../../shared/backup/backup-names';
import { repository } from '../../data/repository-instance';
import { getPlatform } from '../../platform/platform';
import { backupService } from './backup-service';
import { restoreWithConfirm } from './restore-flow';
import { T } from './texts';

export function ArchiveImportCard(props: { onImported: () => Promise<void> }) {
  const { message, modal } = AntApp.useApp();
  const [busy, setBusy] = useState(false);
  const service = backupService();
  if (!service) return null;

  const importArchive = async () => {
    const picked = await getPlatform().openFile({
      filters: [{ name: '年度存档', extensions: [BACKUP_EXTENSION] }],
    });
    if (!picked.ok) return void message.error(picked.error.message);
    if (picked.value.kind === 'cancelled') return;
    setBusy(true);
    try {
      const archive = await service.readArchive(picked.value.file.bytes);
      const r = await restoreWithConfirm(
        service,
        archive,
        async (content) => {
          const existing = (await repository().listWorkspaces()).some(
            (w) => w.id === content.manifest.workspaceId,
          );
          if (!existing) return true;
          return new Promise<boolean>((resolve) =>
            modal.confirm({
              title: T.importArchive,
              content: T.confirmReplaceOther(content.manifest.workspaceName),
              okText: T.ok,
              okButtonProps: { danger: true },
              cancelText: T.cancel,
              onOk: () => resolve(true),
              onCancel: () => resolve(false),
            }),
          );
        },
        '系统',
      );
      if (!r.ok) return void message.error({ content: r.error.message, duration: 8 });
      if (r.value === null) return;
      await props.onImported();
      message.success(T.imported(r.value.manifest.workspaceName));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      size="small"
      title={T.importTitle}
      style={{ maxWidth: 1100, margin: '0 auto 24px' }}
      data-testid="archive-import"
    >
      <Typography.Paragraph type="secondary">{T.importHelp}</Typography.Paragraph>
      <Button icon={<ImportOutlined />} loading={busy} onClick={() => void importArchive()}>
        {T.importArchive}
      </Button>
    </Card>
  );
}
