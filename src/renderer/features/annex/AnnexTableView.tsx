/** One annex table on the 附表 page: rows with both columns, their source, and the entry and review actions. */
import { Button, Popconfirm, Space, Table, Tag, Tooltip } from 'antd';
import type { AnnexRowDef } from '../../../shared/annex/annex-types';
import type { AnnexColumn, AnnexEntry } from '../../../shared/annex/annex-entry';
import type { AnnexRowResult, AnnexTableResult } from '../../../shared/annex/annex-compute';
import { AnnexCell } from './AnnexCell';
import { T } from './texts';

export interface CellAction {
  readonly row: AnnexRowResult;
  readonly column: AnnexColumn;
  readonly entry: AnnexEntry | undefined;
}

export function AnnexTableView(props: {
  result: AnnexTableResult;
  entries: ReadonlyMap<string, AnnexEntry>;
  canEnter: boolean;
  canReview: boolean;
  /** At the office: a department's name by code, to say whose figure a cell holds. */
  ownerName?: (departmentCode: string) => string;
  onEnter: (a: CellAction) => void;
  onApprove: (a: CellAction) => void;
  onReturn: (a: CellAction) => void;
  /** The office's row editing (修改, 删除); absent for everyone else. */
  rowActions?: { onEdit: (row: AnnexRowDef) => void; onRemove: (row: AnnexRowDef) => void };
}) {
  const { rowActions } = props;
  const { result } = props;
  const valueColumn = (column: AnnexColumn) => ({
    title: result.columnLabels[column],
    key: `c${column}`,
    width: 190,
    render: (_: unknown, row: AnnexRowResult) => {
      const entry = props.entries.get(`${row.def.id}|${column}`);
      const a = { row, column, entry };
      return (
        <AnnexCell
          cell={row.cells[column]}
          entered={row.def.source.kind === 'entered'}
          entry={entry}
          canEnter={props.canEnter}
          canReview={props.canReview}
          owner={entry && entry.departmentCode !== '' ? props.ownerName?.(entry.departmentCode) : undefined}
          testId={`annex-cell-${row.def.id}-${column}`}
          onEnter={() => props.onEnter(a)}
          onApprove={() => props.onApprove(a)}
          onReturn={() => props.onReturn(a)}
        />
      );
    },
  });
  return (
    <Table<AnnexRowResult>
      size="small"
      rowKey={(r) => r.def.id}
      pagination={false}
      dataSource={[...result.rows]}
      data-testid={`annex-table-${result.def.id}`}
      columns={[
        {
          title: T.columns.name,
          key: 'name',
          render: (_, r) => (
            <Tooltip title={r.def.note}>
              {r.def.name}
              {!r.def.verified && (
                <Tooltip title={T.unverifiedTip}>
                  <Tag style={{ marginLeft: 6 }}>{T.unverified}</Tag>
                </Tooltip>
              )}
            </Tooltip>
          ),
        },
        { title: T.columns.unit, key: 'unit', width: 70, render: (_, r) => r.def.unit },
        valueColumn(0),
        valueColumn(1),
        {
          title: T.columns.source,
          key: 'source',
          render: (_, r) => (r.def.source.kind === 'indicator' ? T.computed : r.def.source.document),
        },
        ...(rowActions
          ? [
              {
                title: T.columns.actions,
                key: 'actions',
                width: 120,
                render: (_: unknown, r: AnnexRowResult) => (
                  <Space size={0}>
                    <Button
                      type="link"
                      size="small"
                      onClick={() => rowActions.onEdit(r.def)}
                      data-testid={`annex-row-edit-${r.def.id}`}
                    >
                      {T.rowEdit}
                    </Button>
                    <Popconfirm
                      title={T.rowRemoveConfirm(r.def.name)}
                      onConfirm={() => rowActions.onRemove(r.def)}
                    >
                      <Button type="link" size="small" danger data-testid={`annex-row-remove-${r.def.id}`}>
                        {T.rowRemove}
                      </Button>
                    </Popconfirm>
                  </Space>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
