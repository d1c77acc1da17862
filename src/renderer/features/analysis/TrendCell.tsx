/** An indicator's values in the earlier years the station holds, oldest first (this year is its own column). */
import { Typography } from 'antd';
import { BENCHMARK_STATUS_LABELS, type TrendPoint } from '../../../shared/standards';
import { T } from './texts';

export function TrendCell({ id, points }: { readonly id: string; readonly points: readonly TrendPoint[] }) {
  const earlier = points.slice(0, -1);
  if (earlier.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <div data-testid={`trend-${id}`}>
      {earlier.map((p) => (
        <div key={p.academicYearStart}>
          <Typography.Text type={p.status === 'below' ? 'danger' : undefined}>
            {T.trend.year(p.academicYearStart)}：{p.text ?? '—'}
            {p.status === 'below' && `（${BENCHMARK_STATUS_LABELS.below}）`}
          </Typography.Text>
        </div>
      ))}
    </div>
  );
}
