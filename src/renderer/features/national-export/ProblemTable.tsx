/** The values the national layout cannot hold as they are, listed before any export. */
import { Alert, Table } from 'antd';
import type { LayoutCheck } from '../../../shared/national-export/layout-problems';
import { T } from './texts';

export function ProblemTable({ check }: { check: LayoutCheck }) {
  if (check.count === 0) return <Alert type="success" showIcon title={T.noProblems} />;
  const C = T.problemColumns;
  return (
    <Alert
      type={check.blocking > 0 ? 'error' : 'warning'}
      showIcon
      data-testid="export-problems"
      title={`${T.problemsTitle(check.count)}${T.problemsListed(check.problems.length, check.count)}`}
      description={
        <>
          {check.blocking > 0 && <div>{T.problemsBlocking(check.blocking)}</div>}
          <Table
            size="small"
            rowKey={(p) => `${p.tableCode}|${p.departmentCode}|${p.row}|${p.fieldKey}`}
            pagination={{ pageSize: 10 }}
            dataSource={check.problems}
            columns={[
              { title: C.table, dataIndex: 'tableCode' },
              { title: C.department, dataIndex: 'departmentCode' },
              { title: C.row, dataIndex: 'row' },
              { title: C.field, dataIndex: 'fieldKey' },
              { title: C.value, dataIndex: 'value', ellipsis: true },
              { title: C.message, dataIndex: 'message' },
            ]}
          />
        </>
      }
    />
  );
}
