/** Draws a 图表 node: ECharts (loaded on first use) over the rows its source resolves to. */
import { NodeViewWrapper, type NodeViewProps } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { buildChartOption } from '../../../../../shared/report/chart-option';
import { chartAttrs } from '../../../../../shared/report/live-attrs';
import { resolveLiveRows } from '../../../../../shared/report/live-values';
import { liveMark } from '../../live/live-mark';
import { useLiveSource } from '../../live/source-store';
import { T } from '../../texts';

export function ChartView({ node, selected }: NodeViewProps) {
  const source = useLiveSource((s) => s.source);
  const box = useRef<HTMLDivElement>(null);
  const [loading, setLoading] = useState(true);
  const parsed = chartAttrs.safeParse(node.attrs);
  const rows = parsed.success ? resolveLiveRows(parsed.data.source, source) : null;

  useEffect(() => {
    if (!parsed.success || !rows || rows.state !== 'ok' || !box.current) return;
    let disposed = false;
    let dispose = () => {};
    const el = box.current;
    void import('echarts').then((echarts) => {
      if (disposed) return;
      const chart = echarts.init(el, undefined, { renderer: 'canvas' });
      chart.setOption(buildChartOption(parsed.data.kind, parsed.data.title, rows.rows));
      setLoading(false);
      dispose = () => chart.dispose();
    });
    return () => {
      disposed = true;
      dispose();
    };
  });

  const caption = parsed.success ? parsed.data.caption : '';
  const mark = liveMark(
    source.snapshot,
    parsed.success && parsed.data.source.type === 'aggregate' ? 'aggregate' : 'value',
  );
  return (
    <NodeViewWrapper
      className={`live-block chart-block${selected ? ' is-selected' : ''}`}
      data-testid="chart-node"
    >
      {rows?.state === 'ok' ? (
        <>
          <div
            ref={box}
            style={{ width: '100%', height: 300 }}
            aria-label={parsed.success ? parsed.data.title : ''}
          />
          {loading && <div className="live-note">{T.chart.loading}</div>}
          {rows.missing.length > 0 && <div className="live-warning">{rows.missing.join('；')}</div>}
        </>
      ) : (
        <div className="live-warning">
          {T.chart.unavailable(rows?.state === 'unavailable' ? rows.reason : '图表设置无效')}
        </div>
      )}
      {caption && <div className="live-caption">{caption}</div>}
      {mark !== null && (
        <div className="draft-note" data-testid="live-mark">
          {mark}
        </div>
      )}
    </NodeViewWrapper>
  );
}
