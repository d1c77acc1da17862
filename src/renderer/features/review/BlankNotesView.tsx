/** The 留空说明 of a slice, under its checklist: which required cells were left empty on purpose, and why. */
import { List, Typography } from 'antd';
import type { TableDef } from '../../../shared/catalog/catalog-types';
import type { StoredRow } from '../../../shared/records/record-types';
import { explainedBlanks } from '../../../shared/review/blank-notes';
import type { Justification } from '../../../shared/review/review-types';
import { T } from './texts';

export function BlankNotesView({
  table,
  rows,
  justifications,
}: {
  readonly table: TableDef;
  readonly rows: readonly StoredRow[];
  readonly justifications: Readonly<Record<string, Justification>>;
}) {
  const notes = [...explainedBlanks(justifications).values()];
  if (notes.length === 0) return null;
  const rowNo = new Map(rows.map((r, i) => [r.id, i + 1]));
  const label = (key: string) => table.fields.find((f) => f.key === key)?.label ?? key;
  return (
    <List
      size="small"
      style={{ marginTop: 8 }}
      header={<Typography.Text strong>{T.blankNotes(notes.length)}</Typography.Text>}
      dataSource={notes}
      data-testid="blank-notes"
      renderItem={(b) => (
        <List.Item>
          {T.blankNote(rowNo.get(b.rowId) ?? null, label(b.fieldKey), b.note.text, b.note.by)}
        </List.Item>
      )}
    />
  );
}
