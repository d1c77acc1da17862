/**
 * 退回整改: a mandatory reason and comments pinned to cells (row × field), so the filler sees exactly
 * which values the reviewer questions. The state machine refuses a blank reason too; the form only
 * says so earlier.
 */
import { useState } from 'react';
import { Button, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { TableDef } from '../../../shared/catalog/catalog-types';
import type { StoredRow } from '../../../shared/records/record-types';
import type { CellComment } from '../../../shared/review/review-types';
import { T } from './texts';

export interface ReturnDialogProps {
  readonly open: boolean;
  readonly table: TableDef;
  readonly rows: readonly StoredRow[];
  onCancel(): void;
  onConfirm(reason: string, comments: CellComment[]): Promise<void>;
}

/** A row's label: its position and natural key, so the filler finds it in the grid. */
export function rowLabel(table: TableDef, rows: readonly StoredRow[], id: string): string {
  const i = rows.findIndex((r) => r.id === id);
  const row = rows[i];
  if (!row) return id;
  const key = table.naturalKey
    .map((k) => String(row.values[k] ?? ''))
    .filter(Boolean)
    .join(' ');
  return T.rowLabel(i + 1, key);
}

export function ReturnDialog({ open, table, rows, onCancel, onConfirm }: ReturnDialogProps) {
  const [reason, setReason] = useState('');
  const [comments, setComments] = useState<CellComment[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const rowOptions = rows.slice(0, 500).map((r) => ({ value: r.id, label: rowLabel(table, rows, r.id) }));
  const fieldOptions = table.fields.map((f) => ({ value: f.key, label: f.label }));
  const update = (i: number, patch: Partial<CellComment>) =>
    setComments(comments.map((c, j) => (j === i ? { ...c, ...patch } : c)));

  const confirm = async () => {
    if (reason.trim() === '') {
      setError(T.returnReasonRequired);
      return;
    }
    setBusy(true);
    await onConfirm(
      reason,
      comments.filter((c) => c.text.trim() !== ''),
    );
    setBusy(false);
    setReason('');
    setComments([]);
    setError(null);
  };

  return (
    <Modal
      open={open}
      title={T.returnTitle}
      width={760}
      onCancel={onCancel}
      okText={T.confirmReturn}
      onOk={confirm}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form layout="vertical" data-testid="return-form">
        <Form.Item label={T.returnReason} required validateStatus={error ? 'error' : undefined} help={error}>
          <Input.TextArea
            aria-label={T.returnReason}
            value={reason}
            autoSize={{ minRows: 2 }}
            onChange={(e) => setReason(e.target.value)}
          />
        </Form.Item>
        <Typography.Text strong>{T.comments}</Typography.Text>
        {comments.map((c, i) => (
          <Space key={i} align="start" style={{ display: 'flex', marginTop: 8 }} data-testid="comment-row">
            <Select
              style={{ width: 200 }}
              aria-label={T.commentRow}
              value={c.recordId}
              options={rowOptions}
              onChange={(v: string) => update(i, { recordId: v })}
              showSearch={{ optionFilterProp: 'label' }}
            />
            <Select
              style={{ width: 220 }}
              aria-label={T.commentField}
              value={c.fieldKey}
              options={fieldOptions}
              onChange={(v: string) => update(i, { fieldKey: v })}
              showSearch={{ optionFilterProp: 'label' }}
            />
            <Input
              style={{ width: 240 }}
              aria-label={T.commentText}
              value={c.text}
              onChange={(e) => update(i, { text: e.target.value })}
            />
            <Button
              icon={<DeleteOutlined />}
              aria-label="删除批注"
              onClick={() => setComments(comments.filter((_, j) => j !== i))}
            />
          </Space>
        ))}
        <Button
          style={{ marginTop: 8 }}
          icon={<PlusOutlined />}
          disabled={rows.length === 0}
          onClick={() =>
            setComments([
              ...comments,
              { recordId: rows[0]?.id ?? '', fieldKey: table.fields[0]?.key ?? '', text: '' },
            ])
          }
        >
          {T.addComment}
        </Button>
      </Form>
    </Modal>
  );
}
