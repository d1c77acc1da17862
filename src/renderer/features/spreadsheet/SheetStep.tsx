/** Choosing the sheet and the header row, over a preview of the sheet's first rows. */
import { Alert, Select, Space, Table, Typography } from 'antd';
import { columnLetter } from '../../../shared/sheets/sheet-cell';
import type { ImportFlow } from './use-import-flow';
import { T } from './texts';

export function SheetStep({ flow, fieldCount }: { flow: ImportFlow; fieldCount: number }) {
  const { opened, sheet, header } = flow;
  const summary = opened?.sheets[sheet];
  if (!opened || !summary || !header) return null;
  const width = Math.min(
    summary.preview.reduce((w, r) => Math.max(w, r.length), 0),
    40,
  );
  const rows = summary.preview.map((cells, i) => ({ key: i, cells }));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text>{T.sheet}</Typography.Text>
        <Select
          style={{ minWidth: 340 }}
          popupMatchSelectWidth={false}
          value={sheet}
          aria-label={T.sheet}
          data-testid="import-sheet"
          onChange={(v: number) => flow.chooseSheet(v)}
          options={opened.sheets.map((s, i) => ({
            value: i,
            label: `${s.name}（${T.sheetRows(s.rows, s.columns)}）`,
          }))}
        />
        <Typography.Text>{T.headerRow}</Typography.Text>
        <Select
          style={{ width: 120 }}
          value={header.headerRow}
          aria-label={T.headerRow}
          data-testid="import-header-row"
          onChange={(v: number) => void flow.chooseHeaderRow(v)}
          options={summary.preview.map((_, i) => ({ value: i, label: T.rowNo(i + 1) }))}
        />
        {opened.encoding && (
          <Typography.Text type="secondary">{T.csvEncoding(opened.encoding)}</Typography.Text>
        )}
      </Space>
      {header.matched > 0 ? (
        <Alert
          type="success"
          showIcon
          title={T.headerFound(header.headerRow + 1, header.matched, fieldCount)}
        />
      ) : (
        <Alert type="warning" showIcon title={T.headerNotFound} />
      )}
      <Table
        size="small"
        bordered
        pagination={false}
        scroll={{ x: 'max-content', y: 320 }}
        dataSource={rows}
        rowClassName={(r) => (r.key === header.headerRow ? 'ant-table-row-selected' : '')}
        columns={[
          { title: '', width: 56, fixed: 'left', render: (_, r) => r.key + 1 },
          ...Array.from({ length: width }, (_, c) => ({
            title: columnLetter(c),
            width: 110,
            ellipsis: true,
            render: (_: unknown, r: { cells: readonly string[] }) => r.cells[c] ?? '',
          })),
        ]}
      />
    </Space>
  );
}
