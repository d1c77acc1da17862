/** docs/SECURITY.md B10 at the office: a sequence jump past the cap waits for a person's explicit confirmation. */
import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Space, Typography } from 'antd';
import { X } from './texts';

interface Props {
  readonly fileName: string;
  readonly message: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

export function SeqJumpCard({ fileName, message, onConfirm, onCancel }: Props) {
  const [checked, setChecked] = useState(false);
  return (
    <Card title={`${X.seqJumpTitle}：${fileName}`} data-testid="seq-jump-confirm">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert type="warning" showIcon title={message} />
        <Typography.Paragraph>{X.seqJumpExplain}</Typography.Paragraph>
        <Checkbox checked={checked} onChange={(e) => setChecked(e.target.checked)}>
          {X.seqJumpCheck}
        </Checkbox>
        <Space>
          <Button type="primary" danger disabled={!checked} onClick={onConfirm}>
            {X.seqJumpConfirm}
          </Button>
          <Button onClick={onCancel}>{X.cancel}</Button>
        </Space>
      </Space>
    </Card>
  );
}
