/** 锁定将冻结的内容: every expected table with its departments and rows, frozen or still to freeze. */
import { Card, Table, Tag, Typography } from 'antd';
import type { Catalog } from '../../../shared/catalog/catalog-types';
import type { DepartmentName } from '../../../shared/departments/department-names';
import type { FreezeLine, SignoffOverview } from '../../../shared/year-close/signoff-overview';
import { S } from './texts';

export function FreezeList({
  overview,
  catalog,
  department,
}: {
  overview: SignoffOverview;
  catalog: Catalog;
  department: DepartmentName;
}) {
  const name = (code: string) => catalog.tables.find((t) => t.code === code)?.name ?? '';
  const C = S.freezeColumns;
  return (
    <Card
      size="small"
      title={S.freezeTitle}
      data-testid="signoff-freeze"
      extra={<Typography.Text>{S.freezeTotal(overview.freeze.length, overview.rows)}</Typography.Text>}
    >
      <Table<FreezeLine>
        size="small"
        rowKey="tableCode"
        pagination={{ pageSize: 10, showSizeChanger: false }}
        dataSource={[...overview.freeze]}
        columns={[
          { title: C.table, dataIndex: 'tableCode', width: 90 },
          { title: C.name, render: (_, l) => name(l.tableCode) },
          { title: C.departments, render: (_, l) => l.departments.map(department).join('、'), width: 200 },
          { title: C.rows, dataIndex: 'rows', align: 'right', width: 80 },
          {
            title: C.state,
            width: 90,
            render: (_, l) => (l.locked ? <Tag color="green">{S.frozen}</Tag> : <Tag>{S.toFreeze}</Tag>),
          },
        ]}
      />
    </Card>
  );
}
