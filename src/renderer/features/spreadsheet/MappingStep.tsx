/** The column mapping step: one row per sheet column, with a sample value and the field it fills. */
import { Alert, Checkbox, Select, Space, Table, Typography } from 'antd';
import type { TableDef } from '../../../shared/catalog/catalog-types';
import { checkMapping } from '../../../shared/sheets/column-mapping';
import { columnLetter } from '../../../shared/sheets/sheet-cell';
import type { ImportFlow } from './use-import-flow';
import { T } from './texts';

export function MappingStep({ flow, table }: { flow: ImportFlow; table: TableDef }) {
  const { header, mapping, opened, sheet } = flow;
  if (!header) return null;
  const preview = opened?.sheets[sheet]?.preview ?? [];
  const sample = (c: number) =>
    preview
      .slice(header.dataStart, header.dataStart + 3)
      .map((r) => r[c] ?? '')
      .filter((s) => s !== '')
      .join('；');
  const check = checkMapping(mapping, table);
  const label = (key: string) => table.fields.find((f) => f.key === key)?.label ?? key;
  const options = [
    { value: '', label: T.skipColumn },
    ...table.fields.map((f) => ({ value: f.key, label: `${f.label}${f.required ? '（必填）' : ''}` })),
  ];
  const set = (index: number, key: string) => {
    const next = [...mapping];
    while (next.length <= index) next.push(null);
    next[index] = key === '' ? null : key;
    flow.setMapping(next);
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="import-mapping">
      {/* Only when some column's name matches no field: otherwise every column is already mapped. */}
      {header.columns.some((c) => c.fieldKey === null) && (
        <Alert type="info" showIcon title={T.mappingHint} data-testid="mapping-hint" />
      )}
      {check.duplicates.map((k) => (
        <Alert key={k} type="error" showIcon title={T.duplicateField(label(k))} />
      ))}
      {check.missingRequired.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={T.missingRequired(check.missingRequired.map((f) => f.label).join('、'))}
        />
      )}
      <Table
        size="small"
        pagination={false}
        scroll={{ y: 360 }}
        rowKey="index"
        dataSource={header.columns.map((c) => ({ ...c }))}
        columns={[
          { title: T.column, width: 60, render: (_, c) => columnLetter(c.index) },
          { title: T.columnHeader, dataIndex: 'label', width: 220 },
          {
            title: T.sample,
            ellipsis: true,
            render: (_, c) => <Typography.Text type="secondary">{sample(c.index)}</Typography.Text>,
          },
          {
            title: T.targetField,
            width: 260,
            render: (_, c) => (
              <Select
                style={{ width: 240 }}
                showSearch={{ optionFilterProp: 'label' }}
                value={mapping[c.index] ?? ''}
                options={options}
                aria-label={`${T.targetField} ${c.label || columnLetter(c.index)}`}
                onChange={(v: string) => set(c.index, v)}
              />
            ),
          },
        ]}
      />
      <Checkbox checked={flow.remember} onChange={(e) => flow.setRemember(e.target.checked)}>
        {T.rememberMapping}
      </Checkbox>
    </Space>
  );
}
