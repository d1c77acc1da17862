/**
 * The cell notes of a slice, under its checklist: the 留空说明 (required cells left empty on purpose, and
 * why), and the values a spreadsheet import could not read and left empty while those cells are still
 * empty (shared/sheets/dropped-notes.ts), so a reviewer sees what the file held.
 */
import { List, Typography } from 'antd';
import type { TableDef } from '../../../shared/catalog/catalog-types';
import type { StoredRow } from '../../../shared/records/record-types';
import { explainedBlanks } from '../../../shared/review/blank-notes';
import type { Justification } from '../../../shared/review/review-types';
import { openDroppedNotes } from '../../../shared/sheets/dropped-notes';
import { T } from './texts';

function NotesList({ title, items, testId }: { title: string; items: string[]; testId: string }) {
  if (items.length === 0) return null;
  return (
    <List
      size="small"
      style={{ marginTop: 8 }}
      header={<Typography.Text strong>{title}</Typography.Text>}
      dataSource={items}
      data-testid={testId}
      renderItem={(text) => <List.Item>{text}</List.Item>}
    />
  );
}

export function BlankNotesView({
  table,
  rows,
  justifications,
}: {
  readonly table: TableDef;
  readonly rows: readonly StoredRow[];
  readonly justifications: Readonly<Record<string, Justification>>;
}) {
  const blanks = [...explainedBlanks(justifications).values()];
  const dropped = openDroppedNotes(justifications, rows);
  if (blanks.length === 0 && dropped.length === 0) return null;
  const rowNo = new Map(rows.map((r, i) => [r.id, i + 1]));
  const label = (key: string) => table.fields.find((f) => f.key === key)?.label ?? key;
  return (
    <>
      <NotesList
        title={T.blankNotes(blanks.length)}
        testId="blank-notes"
        items={blanks.map((b) =>
          T.blankNote(rowNo.get(b.rowId) ?? null, label(b.fieldKey), b.note.text, b.note.by),
        )}
      />
      <NotesList
        title={T.droppedNotes(dropped.length)}
        testId="dropped-notes"
        items={dropped.map((d) => T.droppedNote(d.row, label(d.fieldKey), d.note.text))}
      />
    </>
  );
}
