/** The 校级更正 the lock recorded: each corrected cell, old → new, who, when and why. */
import { List, Typography } from 'antd';
import type { LockCorrection } from '../../../shared/review/lock-corrections';
import { describeCorrection } from '../../../shared/review/slice-correction';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { S } from './texts';

export function LockCorrectionsList({ corrections }: { readonly corrections: readonly LockCorrection[] }) {
  const data = useWorkspaceData((s) => s.data);
  const label = (table: string, field: string) =>
    data?.catalog.tables.find((t) => t.code === table)?.fields.find((f) => f.key === field)?.label ?? field;
  const dept = (code: string) => data?.departments.find((d) => d.code === code)?.name ?? code;
  return (
    <List
      size="small"
      bordered
      header={<Typography.Text strong>{S.listCorrections(corrections.length)}</Typography.Text>}
      dataSource={[...corrections]}
      data-testid="lock-corrections"
      renderItem={(c) => (
        <List.Item>
          {S.listCorrection(
            c.tableCode,
            dept(c.departmentCode),
            describeCorrection(c, label(c.tableCode, c.field)),
          )}
        </List.Item>
      )}
    />
  );
}
