/**
 * A small dialog asking for one reason (更新, 申请更新, the office's answer), with a hint above the text
 * box. A required reason is checked here, beside the box, before anything is sent to the writer (which
 * checks it again). The busy state belongs to one opening of the dialog: it ends when the write settles
 * (also when it throws) or when the dialog closes, so a dialog opened again never starts busy.
 */
import { Alert, Form, Input, Modal, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useRef, useState } from 'react';
import { validFormValues } from './form-values';
import { useFocusOnOpen } from './use-focus-on-open';

interface ReasonForm {
  readonly reason?: string;
}

export function ReasonDialog({
  open,
  title,
  hint,
  label,
  placeholder,
  okText,
  cancelText,
  testId,
  required,
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
  /** The message shown beside an empty box when a reason is required; omitted, it may stay empty. */
  required?: string;
  /** Resolves true when the dialog may close (the write committed). */
  onOk: (reason: string) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [form] = Form.useForm<ReasonForm>();
  const [busy, setBusy] = useState(false);
  // A write that threw is said in the dialog, which stays open with the reason kept for another try.
  const [failure, setFailure] = useState<string | null>(null);
  // The write in flight; a write that settles after its dialog closed leaves the next opening alone.
  const inFlight = useRef<symbol | null>(null);
  const [fieldRef, focusField] = useFocusOnOpen<TextAreaRef>();
  const settle = () => {
    inFlight.current = null;
    setBusy(false);
  };
  const ok = async () => {
    if (inFlight.current !== null) return;
    const values = await validFormValues(form);
    if (values === null) return;
    const mine = Symbol('write');
    inFlight.current = mine;
    setBusy(true);
    setFailure(null);
    try {
      await onOk(values.reason ?? '');
    } catch (e) {
      if (inFlight.current === mine) setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      if (inFlight.current === mine) settle();
    }
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
      destroyOnHidden
      afterOpenChange={(shown) => {
        focusField(shown);
        if (!shown) {
          settle();
          setFailure(null);
        }
      }}
    >
      <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
      {failure !== null && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={`未能保存：${failure}`} />
      )}
      <Form form={form} layout="vertical" preserve={false} requiredMark={false}>
        <Form.Item
          name="reason"
          label={label}
          rules={required === undefined ? [] : [{ required: true, whitespace: true, message: required }]}
        >
          <Input.TextArea ref={fieldRef} rows={3} placeholder={placeholder} data-testid={testId} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
