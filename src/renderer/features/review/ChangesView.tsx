/** What changed since the last approval (docs/ARCHITECTURE.md §4): added/removed rows and every changed cell. */
import { Alert, Table, Typography } from 'antd';
import type { TableDef } from '../../../shared/catalog/catalog-types';
import type { CellValue } from '../../../shared/records/record-types';
import { hasChanges } from '../../../shared/review/changes-since-approval';
import { REVIEW_LEVEL_LABELS } from '../../../shared/review/review-text';
import type { ReviewLevel } from '../../../shared/review/review-types';
import type { TableReviewView } from './use-table-review';
import { rowLabel } from './ReturnDialog';
import { T } from './texts';
import { formatLocalTime } from '../../ui/local-time';

const show = (v: CellValue): string => (v === null || v === '' ? T.empty : String(v));

export function ChangesView({ table, view }: { table: TableDef; view: TableReviewView }) {
  if (!view.changes) return <Typography.Text type="secondary">{T.noApproval}</Typography.Text>;
  const { since, diff } = view.changes;
  const level =
    since.level >= 1 && since.level <= 3
      ? REVIEW_LEVEL_LABELS[since.level as ReviewLevel]
      : T.returnedVersion;
  const label = (key: string) => table.fields.find((f) => f.key === key)?.label ?? key;
  const cells = diff.changed.flatMap((r) =>
    r.cells.map((c) => ({
      key: `${r.id}|${c.fieldKey}`,
      row: rowLabel(table, view.inputs.rows, r.id),
      field: label(c.fieldKey),
      before: show(c.before),
      after: show(c.after),
    })),
  );
  return (
    <div data-testid="changes-since-approval">
      <Typography.Paragraph type="secondary">
        {T.comparedWith(level, formatLocalTime(since.at))}
      </Typography.Paragraph>
      {!hasChanges(diff) ? (
        <Alert type="info" showIcon title={T.noChanges} />
      ) : (
        <>
          <Alert
            type="warning"
            showIcon
            title={T.changesSummary(diff.added.length, diff.removed.length, diff.changed.length)}
            style={{ marginBottom: 8 }}
          />
          <Table
            size="small"
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            dataSource={cells}
            columns={[
              { title: T.commentRow, dataIndex: 'row', width: 160 },
              { title: T.commentField, dataIndex: 'field' },
              {
                title: T.before,
                dataIndex: 'before',
                render: (v: string) => <Typography.Text delete>{v}</Typography.Text>,
              },
              {
                title: T.after,
                dataIndex: 'after',
                render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
              },
            ]}
          />
        </>
      )}
    </div>
  );
}
