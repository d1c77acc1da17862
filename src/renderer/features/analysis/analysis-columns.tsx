/**
 * The columns of the 对标分析 table: value (opens the drill-down), last year, trend, reference standard,
 * target, traffic light with the below-standard streak, verified flag, and for the office 编辑 / 整改.
 */
import { Button, Space, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatIndicatorNumber, type IndicatorValue } from '../../../shared/indicators';
import {
  belowStreakText,
  BENCHMARK_STATUS_LABELS,
  STANDARD_LEVEL_LABELS,
  type BenchmarkStatus,
  type Trends,
} from '../../../shared/standards';
import { TrendCell } from './TrendCell';
import { T } from './texts';
import type { AnalysisRow } from './use-analysis';

const COLORS: Readonly<Record<BenchmarkStatus, string>> = {
  met: 'green',
  near: 'gold',
  below: 'red',
  'no-standard': 'default',
  'not-computable': 'default',
};

const shown = (v: IndicatorValue | null): string => (v === null ? T.noPrev : v.ok ? v.text : v.reason);

export interface AnalysisColumnActions {
  readonly office: boolean;
  readonly trends: Trends;
  drill(row: AnalysisRow): void;
  edit(row: AnalysisRow): void;
  rectify(row: AnalysisRow): void;
}

function ReferenceCell({ row }: { readonly row: AnalysisRow }) {
  const ref = row.judgement.reference;
  if (ref === null) return '—';
  return (
    <Tooltip title={ref.source}>
      {STANDARD_LEVEL_LABELS[ref.level]} {row.def.direction === 'lower' ? '≤' : '≥'}{' '}
      {formatIndicatorNumber(ref.value, row.def)}
      {!ref.verified && <Tag style={{ marginLeft: 4 }}>{T.unverified}</Tag>}
    </Tooltip>
  );
}

function StatusCell({ row, trends }: { readonly row: AnalysisRow; readonly trends: Trends }) {
  const streak = belowStreakText(trends.belowStreak.get(row.def.id) ?? 0);
  return (
    <>
      <Tag color={COLORS[row.judgement.status]} data-testid={`status-${row.def.id}`}>
        {BENCHMARK_STATUS_LABELS[row.judgement.status]}
      </Tag>
      {streak !== null && (
        <Tag color="red" data-testid={`streak-${row.def.id}`}>
          {streak}
        </Tag>
      )}
    </>
  );
}

function OfficeActions({ row, act }: { readonly row: AnalysisRow; readonly act: AnalysisColumnActions }) {
  return (
    <Space size="small">
      <Button size="small" data-testid={`edit-${row.def.id}`} onClick={() => act.edit(row)}>
        {T.edit}
      </Button>
      {row.judgement.status === 'below' && (
        <Button size="small" data-testid={`rectify-${row.def.id}`} onClick={() => act.rectify(row)}>
          {T.rectify}
        </Button>
      )}
    </Space>
  );
}

export function analysisColumns(act: AnalysisColumnActions): ColumnsType<AnalysisRow> {
  const columns: ColumnsType<AnalysisRow> = [
    { title: T.columns.name, key: 'name', render: (_, r) => r.def.name },
    {
      title: T.columns.value,
      key: 'value',
      render: (_, r) => (
        <Tooltip title={T.drill.hint}>
          <Typography.Link data-testid={`value-${r.def.id}`} onClick={() => act.drill(r)}>
            {shown(r.value)}
          </Typography.Link>
        </Tooltip>
      ),
    },
    { title: T.columns.prev, key: 'prev', render: (_, r) => shown(r.prev) },
    {
      title: T.trend.column,
      key: 'trend',
      render: (_, r) => <TrendCell id={r.def.id} points={act.trends.points.get(r.def.id) ?? []} />,
    },
    { title: T.columns.reference, key: 'ref', render: (_, r) => <ReferenceCell row={r} /> },
    {
      title: T.columns.target,
      key: 'target',
      render: (_, r) => {
        const t = r.judgement.standards.target;
        return t === null ? '—' : formatIndicatorNumber(t.value, r.def);
      },
    },
    { title: T.columns.status, key: 'status', render: (_, r) => <StatusCell row={r} trends={act.trends} /> },
    {
      title: T.columns.verified,
      key: 'verified',
      render: (_, r) => (
        <Tooltip title={`${r.def.definition}（${r.def.source}）`}>
          <Tag>{r.def.verified ? T.verified : T.unverified}</Tag>
        </Tooltip>
      ),
    },
  ];
  if (act.office)
    columns.push({ title: '', key: 'act', render: (_, r) => <OfficeActions row={r} act={act} /> });
  return columns;
}
