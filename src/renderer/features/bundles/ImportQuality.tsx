/**
 * The import preview's quality panel: per received slice its errors, empty required cells, warnings,
 * completeness, the sender's 合理性说明, the cells its spreadsheet imports left empty (apart: their notes
 * keep original values, they explain nothing), and every value the catalog does not accept, named by row
 * and field, before the person confirms the merge (fields the catalog lacks refused the bundle earlier).
 */
import { Alert, List, Table, Tag, Typography } from 'antd';
import type { SlicePreview } from './data-import';
import { X } from './texts';

const pct = (v: number | null): string => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);
const count = (n: number, color: string) => (n > 0 ? <Tag color={color}>{n}</Tag> : <span>0</span>);

function SliceDetails({ s }: { s: SlicePreview }) {
  const q = s.quality;
  return (
    <>
      {q.rejected.length > 0 && (
        <List
          size="small"
          header={<Typography.Text strong>{X.qualityRejected}</Typography.Text>}
          dataSource={[...q.rejected]}
          renderItem={(r) => <List.Item>{X.rejectedRow(r.row, r.fieldLabel, r.value, r.reason)}</List.Item>}
          footer={
            q.rejectedTotal > q.rejected.length ? X.rejectedMore(q.rejectedTotal - q.rejected.length) : null
          }
          data-testid={`rejected-${s.tableCode}-${s.departmentCode}`}
        />
      )}
      {s.importNotes.length > 0 && (
        <List
          size="small"
          header={<Typography.Text strong>{X.qualityDroppedTitle(s.importNotes.length)}</Typography.Text>}
          dataSource={[...s.importNotes]}
          renderItem={(n) => <List.Item>{X.droppedRow(n.row, n.fieldLabel, n.text)}</List.Item>}
          data-testid={`dropped-${s.tableCode}-${s.departmentCode}`}
        />
      )}
      {s.justifications.length > 0 && (
        <List
          size="small"
          header={<Typography.Text strong>{X.qualityJustified}</Typography.Text>}
          dataSource={[...s.justifications]}
          renderItem={(j) => <List.Item>{`${j.text}（${j.by}）`}</List.Item>}
        />
      )}
    </>
  );
}

export function ImportQuality({
  slices,
  label,
}: {
  slices: readonly SlicePreview[];
  label: (code: string) => string;
}) {
  const problems = slices.filter((s) => s.quality.errorCells > 0 || s.quality.rejectedTotal > 0).length;
  return (
    <div data-testid="import-quality" style={{ marginTop: 12 }}>
      <Typography.Title level={5}>{X.qualityTitle}</Typography.Title>
      <Alert
        type={problems > 0 ? 'warning' : 'success'}
        showIcon
        style={{ marginBottom: 8 }}
        title={problems > 0 ? X.qualityProblems(problems) : X.qualityClean}
      />
      <Table<SlicePreview>
        rowKey={(s) => `${s.tableCode}|${s.departmentCode}`}
        size="small"
        pagination={false}
        dataSource={[...slices]}
        expandable={{
          rowExpandable: (s) =>
            s.quality.rejected.length > 0 || s.justifications.length > 0 || s.importNotes.length > 0,
          expandedRowRender: (s) => <SliceDetails s={s} />,
          defaultExpandAllRows: true,
        }}
        columns={[
          { title: '表', render: (_, s) => `${s.tableCode} ${s.tableName}` },
          { title: '部门', render: (_, s) => label(s.departmentCode) },
          { title: X.qualityErrors, render: (_, s) => count(s.quality.errorCells, 'red') },
          {
            title: X.qualityRequired,
            render: (_, s) => (
              <span data-testid={`required-${s.tableCode}-${s.departmentCode}`}>
                {count(s.quality.requiredEmpty - s.explainedEmpty, 'gold')}
                {s.explainedEmpty > 0 && X.qualityExplained(s.explainedEmpty)}
              </span>
            ),
          },
          { title: X.qualityCompleteness, render: (_, s) => pct(s.quality.completeness) },
          { title: X.qualityWarnings, render: (_, s) => count(s.quality.warningCells, 'orange') },
          {
            title: X.qualityJustified,
            render: (_, s) => (
              <span data-testid={`justified-${s.tableCode}-${s.departmentCode}`}>
                {s.justifications.length}
              </span>
            ),
          },
          {
            title: X.qualityDropped,
            render: (_, s) => (
              <span data-testid={`dropped-count-${s.tableCode}-${s.departmentCode}`}>
                {count(s.importNotes.length, 'blue')}
              </span>
            ),
          },
          { title: X.qualityRejected, render: (_, s) => count(s.quality.rejectedTotal, 'red') },
        ]}
      />
    </div>
  );
}
