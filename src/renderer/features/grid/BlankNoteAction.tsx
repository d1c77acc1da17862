/**
 * 留空说明 from the grid: when the selected cell is required and empty (and the slice is writable), the
 * clerk can say why it stays empty. The note is stored as a 合理性说明 of the slice's review record
 * (shared/review/blank-notes.ts), so the checklist counts the cell as explained and reviewers see it.
 */
import { App as AntApp, Button, Input, Modal, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { blankCellKey, blankCheckId } from '../../../shared/review/blank-notes';
import { useSession } from '../../app/session-store';
import { loadBlankNotes } from './blank-note-counts';
import { gridExtras } from './grid-extras';
import type { GridStore } from './grid-store';
import { fieldOf } from './model/grid-columns';
import { B } from './texts';

export function BlankNoteAction({ store }: { store: GridStore }) {
  const { message } = AntApp.useApp();
  const { repo, slice } = store.deps;
  const user = useSession((s) => s.user);
  const frozen = useStore(store.api, (s) => s.frozen);
  const active = useStore(store.api, (s) => s.selection.active);
  const rows = useStore(store.api, (s) => s.rows);
  const view = useStore(store.api, (s) => s.view);
  const columns = useStore(store.api, (s) => s.columns);
  const notes = useStore(gridExtras(store), (x) => x.blankNotes);
  const [text, setText] = useState<string | null>(null);
  // The notes feed the grid's counters too, so they are read once per opened slice and after a save.
  useEffect(() => {
    loadBlankNotes(store).catch((e: unknown) => console.error('blank notes failed', e));
  }, [store]);
  const index = view ? view[active.row] : active.row;
  const row = index === undefined ? undefined : rows[index];
  const field = fieldOf(columns, active.col);
  const value = row && field ? (row.values[field.key] ?? null) : null;
  if (frozen || !user || !row || !field || !field.required || (value !== null && value !== '')) return null;
  const id = blankCheckId(row.id, field.key);
  const current = notes.get(blankCellKey(row.id, field.key))?.note;

  const save = async () => {
    const r = await repo.setJustification(slice, id, text ?? '', { name: user.name, role: user.role });
    if (!r.ok) return void message.error({ content: r.error.message, duration: 8 });
    message.success(B.saved);
    setText(null);
    await loadBlankNotes(store);
  };

  return (
    <Space style={{ marginBottom: 8 }}>
      <Button size="small" onClick={() => setText(current?.text ?? '')} data-testid="blank-note-open">
        {B.open}
      </Button>
      {current && (
        <Typography.Text type="secondary" data-testid="blank-note-current">
          {B.current(current.text)}
        </Typography.Text>
      )}
      <Modal
        open={text !== null}
        title={B.title(field.label, (index ?? 0) + 1)}
        okText={B.save}
        cancelText={B.cancel}
        onOk={() => void save()}
        onCancel={() => setText(null)}
      >
        <Typography.Paragraph type="secondary">{B.hint}</Typography.Paragraph>
        <Input.TextArea
          rows={3}
          value={text ?? ''}
          placeholder={B.placeholder}
          aria-label={B.open}
          onChange={(e) => setText(e.target.value)}
        />
      </Modal>
    </Space>
  );
}
