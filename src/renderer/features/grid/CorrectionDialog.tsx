/**
 * The office's 校级更正 of one cell: row and field (the grid's selected cell first), the value it holds,
 * the new value (parsed as the grid parses typing) and the reason. The data writer checks the rest —
 * who may correct, that the slice is frozen here and that the cell still holds the shown value.
 */
import { App as AntApp, Form, Input, Modal, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { newUuid } from '../../../shared/ids';
import type { SliceCorrection } from '../../../shared/review/slice-correction';
import { formatCellValue } from '../../../shared/values/format-cell-value';
import { parseCellInput } from '../../../shared/values/parse-cell-input';
import type { LocalUser } from '../../../shared/workspace/workspace-types';
import { fieldOf } from './model/grid-columns';
import type { GridStore } from './grid-store';
import { C } from './texts';

export function CorrectionDialog({
  store,
  user,
  onClose,
}: {
  store: GridStore;
  user: Pick<LocalUser, 'name' | 'role'>;
  onClose: (done: boolean) => void | Promise<void>;
}) {
  const { message } = AntApp.useApp();
  const { table, slice, repo } = store.deps;
  const s = store.api.getState();
  const rows = s.rows;
  const [rowId, setRowId] = useState<string | undefined>(() => {
    const i = s.view ? s.view[s.selection.active.row] : s.selection.active.row;
    return i === undefined ? undefined : rows[i]?.id;
  });
  const [fieldKey, setFieldKey] = useState<string | undefined>(
    () => fieldOf(s.columns, s.selection.active.col)?.key,
  );
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const field = table.fields.find((f) => f.key === fieldKey);
  const row = rows.find((r) => r.id === rowId);
  const held = row && field ? (row.values[field.key] ?? null) : null;
  const parsed = field ? parseCellInput(field, text) : null;
  const first = table.fields[0]?.key ?? '';
  const rowOptions = useMemo(
    () => rows.map((r, i) => ({ value: r.id, label: C.rowOption(i + 1, String(r.values[first] ?? '')) })),
    [rows, first],
  );

  const submit = async () => {
    if (!row || !field || !parsed) return void message.warning(C.needCell);
    if (parsed.error) return void message.error(parsed.error.message);
    if (reason.trim() === '') return void message.warning(C.needReason);
    if (parsed.value === held) return void message.warning(C.same);
    const correction: SliceCorrection = {
      id: newUuid(),
      departmentCode: slice.departmentCode,
      tableCode: slice.tableCode,
      rowId: row.id,
      field: field.key,
      oldValue: held,
      newValue: parsed.value,
      reason: reason.trim(),
      actor: { name: user.name, role: user.role, station: { role: 'office', departmentCode: null } },
      at: new Date().toISOString(),
    };
    setBusy(true);
    const r = await repo.correctSlice(slice.workspaceId, correction, { name: user.name, role: user.role });
    setBusy(false);
    if (!r.ok) return void message.error({ content: r.error.message, duration: 8 });
    message.success(C.done);
    await onClose(true);
  };

  return (
    <Modal
      open
      title={C.title(table.code, slice.departmentCode)}
      okText={C.confirm}
      cancelText={C.cancel}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={() => void onClose(false)}
      data-testid="correct-dialog"
    >
      <Form layout="vertical">
        <Form.Item label={C.row}>
          <Select
            showSearch
            optionFilterProp="label"
            value={rowId}
            options={rowOptions}
            onChange={(v: string) => setRowId(v)}
            aria-label={C.row}
            data-testid="correct-row"
          />
        </Form.Item>
        <Form.Item label={C.field}>
          <Select
            showSearch
            optionFilterProp="label"
            value={fieldKey}
            options={table.fields.map((f) => ({ value: f.key, label: f.label }))}
            onChange={(v: string) => setFieldKey(v)}
            aria-label={C.field}
            data-testid="correct-field"
          />
        </Form.Item>
        <Form.Item label={C.current}>
          <Typography.Text data-testid="correct-current">
            {field && held !== null ? formatCellValue(field, held) : C.empty}
          </Typography.Text>
        </Form.Item>
        <Form.Item
          label={C.newValue}
          validateStatus={parsed?.error ? 'error' : undefined}
          help={parsed?.error?.message}
        >
          <Input value={text} onChange={(e) => setText(e.target.value)} aria-label={C.newValue} />
        </Form.Item>
        <Form.Item label={C.reason}>
          <Input.TextArea
            rows={2}
            value={reason}
            placeholder={C.reasonPlaceholder}
            onChange={(e) => setReason(e.target.value)}
            aria-label={C.reason}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
