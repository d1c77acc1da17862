/** Per-field outlier and year-over-year thresholds of one table (blank = default). */
import { useState } from 'react';
import { Alert, InputNumber, Select, Switch, Table, Typography } from 'antd';
import type { FieldDef, TableDef } from '../../../shared/catalog/catalog-types';
import { thresholdKey, type FieldThreshold, type Ruleset } from '../../../shared/rules/ruleset';
import { T } from './texts';

const NUMERIC = new Set(['integer', 'decimal', 'percent']);

export interface ThresholdsPanelProps {
  readonly tables: readonly TableDef[];
  readonly thresholds: Ruleset['thresholds'];
  readonly editable: boolean;
  onChange(thresholds: Ruleset['thresholds']): void;
}

/** Drops undefined members and empty entries, so the stored ruleset only says what differs from the defaults. */
function clean(t: FieldThreshold): FieldThreshold | null {
  const out = Object.fromEntries(
    Object.entries(t).filter(([, v]) => v !== undefined && v !== null),
  ) as FieldThreshold;
  return Object.keys(out).length ? out : null;
}

export function ThresholdsPanel({ tables, thresholds, editable, onChange }: ThresholdsPanelProps) {
  const defined = tables.filter((t) => t.status === 'defined');
  const [code, setCode] = useState(defined[0]?.code ?? '');
  const table = defined.find((t) => t.code === code);
  const fields = table?.fields.filter((f) => NUMERIC.has(f.type)) ?? [];
  const get = (f: FieldDef): FieldThreshold => thresholds[thresholdKey(code, f.key)] ?? {};
  const put = (f: FieldDef, patch: FieldThreshold) => {
    const key = thresholdKey(code, f.key);
    const next = clean({ ...get(f), ...patch });
    const rest = Object.fromEntries(Object.entries(thresholds).filter(([k]) => k !== key));
    onChange(next ? { ...rest, [key]: next } : rest);
  };
  const num = (v: number | null) => (v === null ? undefined : v);
  return (
    <div data-testid="thresholds">
      <Typography.Paragraph type="secondary">{T.thresholds.defaults}</Typography.Paragraph>
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 360, marginBottom: 8 }}
        aria-label={T.thresholds.table}
        value={code}
        onChange={setCode}
        options={defined.map((t) => ({ value: t.code, label: `${t.code} ${t.name}` }))}
      />
      {fields.length === 0 ? (
        <Alert type="info" title={T.thresholds.noNumeric} />
      ) : (
        <Table<FieldDef>
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={fields}
          columns={[
            { title: T.thresholds.field, render: (_, f) => f.label },
            {
              title: T.thresholds.outlierOn,
              width: 90,
              render: (_, f) => (
                <Switch
                  size="small"
                  disabled={!editable}
                  aria-label={`${f.label} ${T.thresholds.outlierOn}`}
                  checked={get(f).outlierEnabled !== false}
                  onChange={(v) => put(f, { outlierEnabled: v ? undefined : false })}
                />
              ),
            },
            {
              title: T.thresholds.outlier,
              width: 170,
              render: (_, f) => (
                <InputNumber
                  aria-label={`${f.label} ${T.thresholds.outlier}`}
                  disabled={!editable}
                  min={0.1}
                  step={0.5}
                  placeholder="3.5"
                  value={get(f).outlierThreshold ?? null}
                  onChange={(v) => put(f, { outlierThreshold: num(v) })}
                />
              ),
            },
            {
              title: T.thresholds.yoyOn,
              width: 80,
              render: (_, f) => (
                <Switch
                  size="small"
                  disabled={!editable}
                  aria-label={`${f.label} ${T.thresholds.yoyOn}`}
                  checked={get(f).yoyEnabled !== false}
                  onChange={(v) => put(f, { yoyEnabled: v ? undefined : false })}
                />
              ),
            },
            {
              title: T.thresholds.yoy,
              width: 150,
              render: (_, f) => (
                <InputNumber
                  aria-label={`${f.label} ${T.thresholds.yoy}`}
                  disabled={!editable}
                  min={1}
                  placeholder="30"
                  value={
                    get(f).maxRelativeChange === undefined
                      ? null
                      : Math.round(get(f).maxRelativeChange! * 1000) / 10
                  }
                  onChange={(v) => put(f, { maxRelativeChange: v === null ? undefined : v / 100 })}
                />
              ),
            },
            {
              title: T.thresholds.abs,
              width: 190,
              render: (_, f) => (
                <InputNumber
                  aria-label={`${f.label} ${T.thresholds.abs}`}
                  disabled={!editable}
                  min={0}
                  placeholder="10"
                  value={get(f).absoluteThresholdWhenZero ?? null}
                  onChange={(v) => put(f, { absoluteThresholdWhenZero: num(v) })}
                />
              ),
            },
          ]}
        />
      )}
    </div>
  );
}
