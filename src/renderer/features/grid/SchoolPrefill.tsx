/**
 * On the A1 form, 学校名称 and 学校标识码 are already known from the year's settings: while they are
 * empty, one button fills them (as if typed, so undo and the audit see an ordinary edit).
 */
import { Alert, Button } from 'antd';
import { useStore } from 'zustand';
import { formatCellValue } from '../../../shared/values/format-cell-value';
import { schoolIdentifier } from '../../../shared/workspace/school-identifier';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { commitText } from './grid-commands';
import type { GridStore } from './grid-store';
import { T } from './texts';

export function SchoolPrefill({ store }: { store: GridStore }) {
  const s = useStore(store.api);
  const school = useWorkspaceData((d) => d.data?.workspace.school);
  if (!school || s.table.code !== 'A1' || s.frozen !== null) return null;
  const identifier = schoolIdentifier(school.provinceCode, school.code);
  const row = s.rows[0];
  const fills = s.columns.flatMap((c, col) => {
    if (c.kind !== 'field') return [];
    const value = c.field.label.includes('学校标识码')
      ? identifier
      : c.field.label.startsWith('学校名称')
        ? school.name
        : null;
    const empty = !row || formatCellValue(c.field, row.values[c.field.key] ?? null) === '';
    return value !== null && empty ? [{ col, value }] : [];
  });
  if (fills.length === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="school-prefill"
      title={T.schoolPrefill(school.name, identifier ?? '')}
      action={
        <Button
          size="small"
          type="primary"
          onClick={() => fills.forEach((f) => commitText(store, f.col, 0, f.value))}
        >
          {T.schoolPrefillButton}
        </Button>
      }
    />
  );
}
