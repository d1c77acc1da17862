/** The list of one workspace's backups in the backup folder, with 恢复 and 下载 per row. */
import { Button, Empty, Space, Table } from 'antd';
import { parseBackupName } from '../../../shared/backup/backup-names';
import type { BackupFileInfo } from '../../platform/platform-types';
import { formatSize, formatTime } from './restore-flow';
import { OPERATION_LABELS, T } from './texts';

export function BackupTable(props: {
  files: readonly BackupFileInfo[];
  busy: boolean;
  onRestore: (name: string) => void;
  onDownload: (name: string) => void;
}) {
  if (props.files.length === 0) return <Empty description={T.noBackups} />;
  return (
    <Table<BackupFileInfo>
      rowKey="name"
      size="small"
      data-testid="backup-list"
      pagination={false}
      dataSource={[...props.files]}
      columns={[
        {
          title: T.colTime,
          render: (_, f) => formatTime(parseBackupName(f.name)?.createdAt ?? f.modifiedAt),
        },
        {
          title: T.colReason,
          render: (_, f) => OPERATION_LABELS[parseBackupName(f.name)?.operation ?? 'manual'],
        },
        { title: T.colSize, render: (_, f) => formatSize(f.size) },
        {
          title: '',
          align: 'right',
          render: (_, f) => (
            <Space>
              <Button size="small" disabled={props.busy} onClick={() => props.onRestore(f.name)}>
                {T.restore}
              </Button>
              <Button size="small" disabled={props.busy} onClick={() => props.onDownload(f.name)}>
                {T.download}
              </Button>
            </Space>
          ),
        },
      ]}
    />
  );
}
