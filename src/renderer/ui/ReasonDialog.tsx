/** A small dialog asking for one required reason (更新, 申请更新), with a hint above the text box. */
import { Input, Modal, Typography } from 'antd';
import { useState } from 'react';

export function ReasonDialog({
  open,
  title,
  hint,
  label,
  placeholder,
  okText,
  cancelText,
  testId,
  onOk,
  onCancel,
}: {
  open: boolean;
  title: string;
  hint: string;
  label: string;
  placeholder: string;
  okText: string;
  cancelText: string;
  testId: string;
  /** Resolves true when the dialog may close (the write committed). */
  onOk: (reason: string) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const ok = async () => {
    setBusy(true);
    const done = await onOk(reason);
    setBusy(false);
    if (done) setReason('');
  };
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={cancelText}
      confirmLoading={busy}
      onOk={() => void ok()}
      onCancel={onCancel}
    >
      <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
      <Input.TextArea
        rows={3}
        value={reason}
        placeholder={placeholder}
        aria-label={label}
        onChange={(e) => setReason(e.target.value)}
        data-testid={testId}
      />
    </Modal>
  );
}
