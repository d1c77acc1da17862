/** Edits a live source: a list of indicators, or a grouped query over a collected table. */
import { Input, Radio, Select, Space } from 'antd';
import type { Catalog } from '../../../../shared/catalog/catalog-types';
import type { LiveSource } from '../../../../shared/report/live-attrs';
import { useLiveSource } from '../live/source-store';
import { T } from '../texts';

export function LiveSourceFields({
  value,
  catalog,
  onChange,
}: {
  value: LiveSource;
  catalog: Catalog;
  onChange(v: LiveSource): void;
}) {
  const indicators = useLiveSource((s) => s.source.list());
  const table =
    value.type === 'aggregate' ? catalog.tables.find((t) => t.code === value.tableCode) : undefined;
  const fields = (table?.fields ?? []).map((f) => ({ value: f.key, label: f.label }));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Radio.Group
        value={value.type}
        onChange={(e) =>
          onChange(
            e.target.value === 'indicators'
              ? { type: 'indicators', indicatorIds: indicators.slice(0, 1).map((i) => i.id) }
              : {
                  type: 'aggregate',
                  tableCode: catalog.tables[0]?.code ?? '',
                  groupBy: catalog.tables[0]?.fields[0]?.key ?? '',
                  measure: 'count',
                  label: '',
                },
          )
        }
      >
        <Radio value="indicators">{T.chart.byIndicators}</Radio>
        <Radio value="aggregate">{T.chart.byTable}</Radio>
      </Radio.Group>
      {value.type === 'indicators' ? (
        <Select
          mode="multiple"
          style={{ width: '100%' }}
          value={value.indicatorIds}
          onChange={(ids: string[]) => ids.length > 0 && onChange({ type: 'indicators', indicatorIds: ids })}
          options={indicators.map((i) => ({ value: i.id, label: i.name }))}
          aria-label={T.chart.byIndicators}
        />
      ) : (
        <>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: '100%' }}
            value={value.tableCode}
            aria-label={T.table.tableCode}
            data-testid="aggregate-table"
            onChange={(code: string) => {
              const t = catalog.tables.find((x) => x.code === code);
              onChange({ ...value, tableCode: code, groupBy: t?.fields[0]?.key ?? '', field: undefined });
            }}
            options={catalog.tables.map((t) => ({ value: t.code, label: `${t.code} ${t.name}` }))}
          />
          <Select
            style={{ width: '100%' }}
            value={value.groupBy}
            aria-label={T.table.groupBy}
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="aggregate-group"
            onChange={(groupBy: string) => onChange({ ...value, groupBy })}
            options={fields}
          />
          <Radio.Group
            value={value.measure}
            onChange={(e) => onChange({ ...value, measure: e.target.value as 'count' | 'sum' })}
          >
            <Radio value="count">{T.table.measures.count}</Radio>
            <Radio value="sum">{T.table.measures.sum}</Radio>
          </Radio.Group>
          {value.measure === 'sum' && (
            <Select
              style={{ width: '100%' }}
              value={value.field}
              aria-label={T.table.field}
              showSearch={{ optionFilterProp: 'label' }}
              onChange={(field: string) => onChange({ ...value, field })}
              options={fields}
            />
          )}
          <Input
            placeholder={T.table.label}
            value={value.label}
            onChange={(e) => onChange({ ...value, label: e.target.value })}
          />
        </>
      )}
    </Space>
  );
}
