/** The 指标管理 filters: a search text, category, 核实 and state (enabled or disabled). */
import { Input, Select, Space } from 'antd';
import { INDICATOR_KIND_LABELS, INDICATOR_KINDS, type IndicatorFilter } from '../../../shared/indicators';
import { T } from './texts';

const L = T.list;
const ALL = 'all';

/** A yes/no filter as a select value: null is 全部. */
const flag = (v: boolean | null) => (v === null ? ALL : v ? 'yes' : 'no');
const unflag = (v: string) => (v === ALL ? null : v === 'yes');

export function IndicatorListFilters({
  value,
  onChange,
}: {
  readonly value: IndicatorFilter;
  onChange(f: IndicatorFilter): void;
}) {
  return (
    <Space wrap>
      <Input.Search
        allowClear
        style={{ width: 260 }}
        placeholder={L.search}
        aria-label={L.search}
        value={value.query}
        onChange={(e) => onChange({ ...value, query: e.target.value })}
      />
      <Select
        style={{ width: 180 }}
        aria-label={L.kind}
        value={value.kind ?? ALL}
        onChange={(k: string) => onChange({ ...value, kind: INDICATOR_KINDS.find((x) => x === k) ?? null })}
        options={[
          { value: ALL, label: `${L.kind}：${L.all}` },
          ...INDICATOR_KINDS.map((k) => ({ value: k, label: INDICATOR_KIND_LABELS[k] })),
        ]}
      />
      <Select
        style={{ width: 130 }}
        aria-label={L.verified}
        value={flag(value.verified)}
        onChange={(v: string) => onChange({ ...value, verified: unflag(v) })}
        options={[
          { value: ALL, label: `${L.verified}：${L.all}` },
          { value: 'yes', label: T.verified },
          { value: 'no', label: T.unverified },
        ]}
      />
      <Select
        style={{ width: 130 }}
        aria-label={L.enabled}
        value={flag(value.enabled)}
        onChange={(v: string) => onChange({ ...value, enabled: unflag(v) })}
        options={[
          { value: ALL, label: `${L.enabled}：${L.all}` },
          { value: 'yes', label: L.on },
          { value: 'no', label: L.off },
        ]}
      />
    </Space>
  );
}
