/**
 * The 对标 chart: each judged indicator's value as a share of its standard (100% = reaches it), drawn by
 * ECharts, loaded on first use. Exports as SVG (the chart's own rendering) and PNG (that SVG drawn
 * onto a canvas).
 */
import { useEffect, useRef, useState } from 'react';
import { Button, Space, Typography } from 'antd';
import {
  benchmarkBars,
  benchmarkChartHeight,
  benchmarkChartOption,
} from '../../../shared/standards/benchmark-chart';
import { getPlatform } from '../../platform/platform';
import type { AnalysisRow } from './use-analysis';
import { T } from './texts';

async function svgToPng(svg: string, width: number, height: number): Promise<Uint8Array> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * 2;
  canvas.height = height * 2;
  const g = canvas.getContext('2d');
  if (g === null) return new Uint8Array();
  g.fillStyle = '#fff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(img, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((ok) => canvas.toBlob(ok, 'image/png'));
  return blob === null ? new Uint8Array() : new Uint8Array(await blob.arrayBuffer());
}

export function BenchmarkChart({ rows }: { rows: readonly AnalysisRow[] }) {
  const box = useRef<HTMLDivElement>(null);
  const [svg, setSvg] = useState<string | null>(null);
  const data = benchmarkBars(rows);
  const key = JSON.stringify(data);

  useEffect(() => {
    const el = box.current;
    if (!el || data.length === 0) return;
    let disposed = false;
    let dispose = () => {};
    void import('echarts').then((echarts) => {
      if (disposed) return;
      const chart = echarts.init(el, undefined, { renderer: 'svg' });
      chart.setOption(benchmarkChartOption(data));
      setSvg(chart.renderToSVGString());
      dispose = () => chart.dispose();
    });
    return () => {
      disposed = true;
      dispose();
    };
    // The chart depends on the bars only; `key` is their content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const height = benchmarkChartHeight(data);
  const save = async (kind: 'svg' | 'png') => {
    if (svg === null) return;
    const bytes =
      kind === 'svg'
        ? new TextEncoder().encode(svg)
        : await svgToPng(svg, box.current?.clientWidth ?? 800, height);
    await getPlatform().saveFile({ suggestedName: `对标分析.${kind}`, bytes });
  };
  if (data.length === 0) return null;
  return (
    <div>
      <Space style={{ marginBottom: 8 }}>
        <Typography.Text strong>{T.chartTitle}</Typography.Text>
        <Button size="small" disabled={svg === null} onClick={() => void save('png')}>
          {T.exportPng}
        </Button>
        <Button size="small" disabled={svg === null} onClick={() => void save('svg')}>
          {T.exportSvg}
        </Button>
      </Space>
      <div
        ref={box}
        data-testid="benchmark-chart"
        style={{ width: '100%', height }}
        aria-label={T.chartTitle}
      />
      {svg === null && <Typography.Text type="secondary">{T.chartLoading}</Typography.Text>}
    </div>
  );
}
