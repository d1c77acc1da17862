/**
 * Every problem of the file, located (sheet, row, column, value, reason), the counts, and the choice
 * of replace or append. Cells the column cannot hold block the import unless the user explicitly
 * chooses to leave them empty; duplicate records always block, and so do rows whose natural key is
 * already stored while append is chosen (they are listed as soon as append is picked).
 */
import { Alert, Checkbox, Radio, Segmented, Space, Statistic, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import type { ImportIssue, ImportIssueSeverity } from '../../../shared/sheets/import-issues';
import { sortIssues } from '../../../shared/sheets/issue-order';
import type { ImportFlow } from './use-import-flow';
import { T } from './texts';

const COLORS: Record<ImportIssueSeverity, string> = { error: 'red', warning: 'orange', notice: 'default' };
type Filter = 'all' | ImportIssueSeverity;

export function PreviewStep({ flow }: { flow: ImportFlow }) {
  const [filter, setFilter] = useState<Filter>('all');
  const converted = flow.converted?.summary ?? null;
  const collisions = converted !== null && flow.mode === 'append' ? converted.collisionCount : 0;
  const listed = useMemo(
    () =>
      converted
        ? sortIssues(collisions > 0 ? [...converted.collisions, ...converted.issues] : converted.issues)
        : [],
    [converted, collisions],
  );
  const issues = useMemo(
    () => listed.filter((i) => filter === 'all' || i.severity === filter),
    [listed, filter],
  );
  if (!converted) return null;
  const { counts } = converted;
  // A replace keeps a row whose natural key is stored, with its 留空说明; an append of it is refused.
  const explained = flow.mode === 'append' ? 0 : converted.explainedRequired;
  const total =
    counts.blocking + counts.required + counts.warning + counts.trimmed + counts.reformatted + collisions;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="import-preview">
      <Alert type="info" showIcon title={T.summary(converted.rows, converted.skippedEmptyRows)} />
      <div data-testid="import-mode">
        <strong id="import-mode-title">{T.mode}</strong>
        {flow.mode === null && <span style={{ marginLeft: 8, color: '#ad4e00' }}>{T.chooseMode}</span>}
        <Radio.Group
          value={flow.mode}
          onChange={(e) => flow.setMode(e.target.value as 'replace' | 'append')}
          style={{ display: 'block', marginTop: 4 }}
          aria-labelledby="import-mode-title"
        >
          <Space orientation="vertical">
            <Radio value="replace">{T.replace}</Radio>
            <Radio value="append">{T.append}</Radio>
          </Space>
        </Radio.Group>
      </div>
      <Space size="large" wrap data-testid="import-counts">
        <Statistic
          title={T.counts.blocking}
          value={counts.blocking - counts.duplicates}
          styles={{ content: { color: counts.blocking > 0 ? '#cf1322' : undefined } }}
        />
        <Statistic title={T.counts.duplicates} value={counts.duplicates} />
        {flow.mode === 'append' && (
          <Statistic
            title={T.counts.collisions}
            value={collisions}
            styles={{ content: { color: collisions > 0 ? '#cf1322' : undefined } }}
          />
        )}
        <Statistic
          title={T.counts.required}
          value={counts.required - explained}
          suffix={explained > 0 ? T.counts.explained(explained) : undefined}
          data-testid="import-required"
        />
        <Statistic title={T.counts.warning} value={counts.warning} />
        <Statistic title={T.counts.trimmed} value={counts.trimmed} />
        <Statistic title={T.counts.reformatted} value={counts.reformatted} />
      </Space>
      {counts.duplicates > 0 && <Alert type="error" showIcon title={T.duplicatesAlert} />}
      {collisions > 0 && (
        <Alert type="error" showIcon title={T.appendCollisions(collisions)} data-testid="append-collisions" />
      )}
      {counts.blocking > counts.duplicates && (
        <Alert
          type="error"
          showIcon
          title={T.blockingAlert(counts.blocking - counts.duplicates)}
          description={
            counts.duplicates === 0 ? (
              <Checkbox
                checked={flow.leaveEmpty}
                onChange={(e) => flow.setLeaveEmpty(e.target.checked)}
                data-testid="leave-empty"
              >
                {T.leaveEmpty(counts.blocking)}
              </Checkbox>
            ) : null
          }
        />
      )}
      {total === 0 && <Alert type="success" showIcon title={T.noProblems} />}
      {total > 0 && (
        <>
          <Segmented<Filter>
            value={filter}
            onChange={setFilter}
            options={[
              { value: 'all', label: T.filterAll },
              { value: 'error', label: T.severity.error },
              { value: 'warning', label: T.severity.warning },
              { value: 'notice', label: T.severity.notice },
            ]}
          />
          {listed.length < total && <Alert type="warning" title={T.listedOnly(listed.length, total)} />}
          <Table<ImportIssue>
            size="small"
            data-testid="import-issues"
            rowKey={(i) => `${i.sheet}|${i.row}|${i.column}|${i.code}`}
            dataSource={issues}
            pagination={{ pageSize: 50, showSizeChanger: false }}
            scroll={{ y: 300 }}
            columns={[
              // Sheet and column names wrap rather than being cut: they are how the clerk finds the cell.
              { title: T.issueCols.sheet, dataIndex: 'sheet', width: 140 },
              { title: T.issueCols.row, dataIndex: 'row', width: 60 },
              { title: T.issueCols.column, dataIndex: 'column', width: 50 },
              { title: T.issueCols.label, dataIndex: 'columnLabel', width: 140 },
              { title: T.issueCols.value, dataIndex: 'value', width: 140, ellipsis: true },
              {
                title: T.issueCols.message,
                render: (_, i) => (
                  <span>
                    <Tag color={COLORS[i.severity]}>{T.severity[i.severity]}</Tag>
                    {i.message}
                  </span>
                ),
              },
            ]}
          />
        </>
      )}
    </Space>
  );
}
