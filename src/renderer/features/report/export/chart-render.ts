/**
 * Draws each chart of an export with the editor's own option: a PNG at print resolution (3× a
 * 600×350 frame, canvas) for the .docx, and an SVG string (ECharts' server-side SVG renderer, no DOM)
 * for the HTML. ECharts is loaded on first use.
 */
import type { EChartsType } from 'echarts';
import { exportChartOption } from '../../../../shared/report/chart-option';
import type { ExportDoc } from '../../../../shared/report/export/export-model';

const W = 600;
const H = 350;
const PRINT_RATIO = 3;

export interface PrintPng {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

export interface ChartImages {
  readonly png: Map<string, PrintPng>;
  readonly svg: Map<string, string>;
}

function dataUrlBytes(url: string): Uint8Array {
  const b64 = url.slice(url.indexOf(',') + 1);
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

export async function renderCharts(
  doc: ExportDoc,
  want: { png: boolean; svg: boolean },
): Promise<ChartImages> {
  const echarts = await import('echarts');
  const out: ChartImages = { png: new Map(), svg: new Map() };
  const charts = doc.chapters.flatMap((c) => c.blocks).filter((b) => b.kind === 'chart' && b.rows.length > 0);
  for (const b of charts) {
    if (b.kind !== 'chart') continue;
    const option = exportChartOption(b);
    if (want.svg) {
      const c = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: W, height: H });
      c.setOption(option);
      out.svg.set(b.chartId, c.renderToSVGString());
      c.dispose();
    }
    if (want.png) out.png.set(b.chartId, await renderPng(option, W, H));
  }
  return out;
}

/** One ECharts option drawn to a PNG at print resolution (3×), on an off-screen canvas. */
export async function renderPng(
  option: Parameters<EChartsType['setOption']>[0],
  width: number,
  height: number,
): Promise<PrintPng> {
  const echarts = await import('echarts');
  const el = document.createElement('div');
  el.style.cssText = `position:fixed;left:-10000px;top:0;width:${width}px;height:${height}px`;
  document.body.appendChild(el);
  try {
    const c = echarts.init(el, undefined, { renderer: 'canvas', width, height });
    c.setOption(option);
    const url = c.getDataURL({ type: 'png', pixelRatio: PRINT_RATIO, backgroundColor: '#fff' });
    c.dispose();
    return { png: dataUrlBytes(url), width: width * PRINT_RATIO, height: height * PRINT_RATIO };
  } finally {
    el.remove();
  }
}
