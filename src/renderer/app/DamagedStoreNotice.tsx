/**
 * Shown at start-up when the database does not match its sentinel (reset to empty, damaged, or rolled
 * back): the user is told what is missing and chooses; nothing is written until then.
 */
import { useState } from 'react';
import { Alert, Button, Card, List, Space, Typography } from 'antd';
import type { StartupState } from './startup';

export function DamagedStoreNotice(props: {
  problems: readonly string[];
  onAccept: () => Promise<void>;
  restoreSlot?: React.ReactNode;
}) {
  const [busy, setBusy] = useState(false);
  return (
    <Card
      title="本地数据与上次记录不一致"
      style={{ maxWidth: 760, margin: '48px auto' }}
      data-testid="damaged-store"
    >
      <Alert
        type="error"
        showIcon
        title="本机数据库中的数据少于上次保存时的记录，可能已被浏览器或系统清空、损坏。"
        description="建议先从备份恢复；确认数据无误后再继续使用。"
      />
      <List
        size="small"
        style={{ margin: '16px 0' }}
        dataSource={[...props.problems]}
        renderItem={(p) => <List.Item>{p}</List.Item>}
      />
      {props.restoreSlot && <div style={{ marginBottom: 16 }}>{props.restoreSlot}</div>}
      <Space>
        <Button
          danger
          loading={busy}
          onClick={async () => {
            setBusy(true);
            await props.onAccept();
          }}
        >
          忽略并按当前数据继续
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        选择“忽略”后，将以当前数据库内容为准重新记录。
      </Typography.Paragraph>
    </Card>
  );
}

export type { StartupState };
