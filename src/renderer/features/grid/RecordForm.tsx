/**
 * A single-record table (shape 'form') as a form: the same parsing, validation, kept-error rule, undo
 * and autosave as the grid, because each field is a cell of row 0 of the same grid store.
 */
import { Alert, Button, Card, Form, Input, Select, Space, Spin, Tooltip, Typography } from 'antd';
import { QuestionCircleOutlined, RedoOutlined, UndoOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useStore } from 'zustand';
import type { FieldDef } from '../../../shared/catalog/catalog-types';
import { formatCellValue } from '../../../shared/values/format-cell-value';
import { optionsOf } from './EditorAssist';
import { useRequiredCounts } from './blank-note-counts';
import { commitText, redo, undo } from './grid-commands';
import type { GridStore } from './grid-store';
import { readCellInput } from './model/cell-input';
import { formatTime } from './model/grid-view';
import { SchoolPrefill } from './SchoolPrefill';
import { T } from './texts';

function FieldInput({ store, field, col }: { store: GridStore; field: FieldDef; col: number }) {
  const row = useStore(store.api, (s) => s.rows[0]);
  const stored = row ? formatCellValue(field, row.values[field.key] ?? null) : '';
  const issue = useStore(store.api, (s) =>
    s.rows[0] ? s.issues.byRow.get(s.rows[0].id)?.get(field.key) : undefined,
  );
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? stored;
  const live = draft !== null ? readCellInput(field, draft, 'typed').issue : (issue ?? null);
  const save = (value: string) => {
    setDraft(null);
    if (value !== stored) commitText(store, col, 0, value);
  };
  const options = optionsOf(field);
  const label = (
    <Space size={4}>
      {field.label}
      {field.unit && <Typography.Text type="secondary">（{field.unit}）</Typography.Text>}
      {field.note && (
        <Tooltip title={field.note}>
          <QuestionCircleOutlined style={{ color: '#8c8c8c' }} />
        </Tooltip>
      )}
    </Space>
  );
  const status =
    live && live.code !== 'required'
      ? live.severity === 'error'
        ? 'error'
        : 'warning'
      : live
        ? 'warning'
        : undefined;
  return (
    <Form.Item
      label={label}
      required={field.required}
      validateStatus={status}
      help={live?.message}
      style={{ marginBottom: 14 }}
    >
      {options.length > 0 && !field.optionsPending ? (
        <Select
          showSearch
          allowClear
          aria-label={field.label}
          value={text === '' ? undefined : text}
          options={options.map((o) => ({ value: o, label: o }))}
          onChange={(v: string | undefined) => save(v ?? '')}
          style={{ maxWidth: 360 }}
        />
      ) : (
        <Input
          aria-label={field.label}
          value={text}
          style={{ maxWidth: 360 }}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={(e) => save(e.target.value)}
          onPressEnter={(e) => save(e.currentTarget.value)}
        />
      )}
    </Form.Item>
  );
}

export function RecordForm({ store }: { store: GridStore }) {
  const s = useStore(store.api);
  const required = useRequiredCounts(store);
  if (s.status === 'loading') return <Spin description={T.loading} />;
  if (s.status === 'failed') return <Alert type="error" title={T.loadFailed(s.loadError ?? '')} />;
  const { errors } = s.issues.counts;
  return (
    <div data-testid="record-form">
      <Space style={{ marginBottom: 12 }} wrap>
        <Button
          icon={<UndoOutlined />}
          disabled={s.frozen !== null || s.undo.done.length === 0}
          onClick={() => undo(store)}
        >
          {T.undo}
        </Button>
        <Button
          icon={<RedoOutlined />}
          disabled={s.frozen !== null || s.undo.undone.length === 0}
          onClick={() => redo(store)}
        >
          {T.redo}
        </Button>
        <Typography.Text type={errors > 0 ? 'danger' : 'secondary'}>{T.errors(errors)}</Typography.Text>
        <Typography.Text type={required.open > 0 ? 'warning' : 'secondary'} data-testid="required-count">
          {T.requiredEmpty(required.open, required.explained)}
        </Typography.Text>
        <Typography.Text type="secondary">{s.pendingWrites > 0 ? T.saving : T.saved}</Typography.Text>
        <Typography.Text type="secondary">
          {s.lastUpdated ? T.lastUpdated(formatTime(s.lastUpdated.at), s.lastUpdated.by) : T.neverUpdated}
        </Typography.Text>
      </Space>
      <Typography.Paragraph type="secondary">{T.formTitle}</Typography.Paragraph>
      <SchoolPrefill store={store} />
      {s.notice && (
        <Typography.Paragraph type={s.notice.kind === 'error' ? 'danger' : 'secondary'}>
          {s.notice.text}
        </Typography.Paragraph>
      )}
      <Card>
        <Form layout="vertical" disabled={s.frozen !== null}>
          {s.columns.map((c, col) =>
            c.kind === 'field' ? (
              <FieldInput key={c.field.key} store={store} field={c.field} col={col} />
            ) : null,
          )}
        </Form>
      </Card>
    </div>
  );
}
