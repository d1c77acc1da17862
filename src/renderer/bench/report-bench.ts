/**
 * Report benches, run in headless Chromium by bench/run.mjs through `window.runReportBench(rows)`:
 *   report-live-500: every live value of a report with 500 指标数值 nodes resolved again after a data
 *                change (a new data source), median of 21; goal ≤ 50 ms. Floor: walking the same
 *                document to find the nodes without resolving them.
 *   report-docx-P:  a P-page report (100 at the full size, 25 for bench:ci) with 20 charts and 30 data
 *                tables packed to .docx by our builder vs the plain `docx` API packing the same text,
 *                images and tables (no styles, captions, TOC or footnotes), median of 3; goal ≤ 2×.
 */
import { Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import type { IndicatorInfo } from '../../shared/report/data-source';
import { packDocx } from '../../shared/report/export/docx-builder';
import type { Block, ExportDoc } from '../../shared/report/export/export-model';
import { resolveIndicatorValue } from '../../shared/report/live-values';
import { walkPm, type PmNode } from '../../shared/report/pm-json';
import { createStaticSource } from '../../shared/report/static-source';
import { median, round2, timed, type PageBenchResult } from './bench-stats';

const INDICATORS: IndicatorInfo[] = Array.from({ length: 40 }, (_, i) => ({
  id: `ind${i}`,
  name: `指标${i}`,
  unit: i % 2 ? '%' : '人',
  precision: i % 3,
  definition: '基准用指标',
  sourceTables: ['A1'],
  standard: i % 4 ? null : { op: '>=', value: 10, source: '基准' },
}));

function sourceFor(seed: number) {
  return createStaticSource(
    { kind: 'draft', id: 'draft', label: '草稿数据' },
    INDICATORS.map((info, i) => ({ info, reading: { value: seed + i * 1.37, previous: seed + i } })),
  );
}

function liveDoc(n: number): PmNode {
  const phrases = ['value', 'growth', 'standard'];
  const paras: PmNode[] = [];
  for (let i = 0; i < n; i += 5) {
    const content: PmNode[] = [];
    for (let k = i; k < Math.min(n, i + 5); k++)
      content.push(
        { type: 'text', text: `第${k}项数据为` },
        {
          type: 'indicatorValue',
          attrs: { indicatorId: `ind${k % 40}`, phrase: phrases[k % 3], seen: null },
        },
      );
    paras.push({ type: 'paragraph', content });
  }
  return { type: 'doc', content: paras };
}

function liveBench(): PageBenchResult {
  const doc = liveDoc(500);
  const ours: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < 21; i++) {
    floor.push(timed(() => walkPm(doc, (n) => void (n.type === 'indicatorValue' && n.attrs))));
    ours.push(
      timed(() => {
        const source = sourceFor(100 + i);
        walkPm(doc, (n) => {
          if (n.type === 'indicatorValue')
            resolveIndicatorValue(
              { indicatorId: String(n.attrs?.indicatorId), phrase: n.attrs?.phrase as 'value' },
              source,
            );
        });
      }),
    );
  }
  return {
    name: 'report-live-500',
    ms: round2(median(ours)),
    floorMs: round2(median(floor)),
    goalMs: 50,
    rows: 500,
  };
}

/** A PNG-sized payload (the packers copy image bytes, they do not decode them). */
const FAKE_PNG = (() => {
  const b = new Uint8Array(60_000);
  b.set([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 7, 8, 0, 0, 4,
    26,
  ]);
  return b;
})();

function reportDoc(pages: number): ExportDoc {
  const blocks: Block[] = [];
  const charts = Math.round((20 * pages) / 100);
  const tables = Math.round((30 * pages) / 100);
  const para = '本年度学校坚持立德树人根本任务，深化产教融合、校企合作，人才培养质量稳步提升。'.repeat(8);
  for (let p = 0; p < pages; p++) {
    blocks.push({ kind: 'heading', level: 2, runs: [{ text: `第${p + 1}节` }] });
    for (let k = 0; k < 3; k++) blocks.push({ kind: 'paragraph', runs: [{ text: para }] });
    if (p < charts)
      blocks.push({
        kind: 'chart',
        chartId: `c${p}`,
        chart: 'bar',
        title: `图${p}`,
        caption: `图题${p}`,
        rows: [],
        note: '',
      });
    if (p < tables)
      blocks.push({
        kind: 'dataTable',
        title: `表${p}`,
        caption: `表题${p}`,
        head: ['项目', '数值'],
        rows: Array.from({ length: 10 }, (_, r) => [`项目${r}`, String(r * 13)] as const),
        note: '',
      });
  }
  return {
    title: '基准报告',
    school: '基准学校',
    year: 2025,
    snapshotLabel: '草稿数据',
    draft: true,
    chapters: [{ title: '正文', blocks }],
  };
}

/** The same content through the plain docx API: the floor our builder is compared with. */
async function plainDocx(doc: ExportDoc): Promise<ArrayBuffer> {
  const children: (Paragraph | Table)[] = [];
  for (const b of doc.chapters.flatMap((c) => c.blocks)) {
    if (b.kind === 'heading' || b.kind === 'paragraph')
      children.push(new Paragraph({ children: b.runs.map((r) => new TextRun(r.text)) }));
    else if (b.kind === 'chart')
      children.push(
        new Paragraph({
          children: [
            new ImageRun({ type: 'png', data: FAKE_PNG, transformation: { width: 580, height: 338 } }),
          ],
        }),
      );
    else if (b.kind === 'dataTable')
      children.push(
        new Table({
          rows: [b.head, ...b.rows].map(
            (r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) }),
          ),
        }),
      );
  }
  return Packer.toArrayBuffer(new Document({ sections: [{ children }] }));
}

async function docxBench(pages: number): Promise<PageBenchResult> {
  const doc = reportDoc(pages);
  const chartIds = doc.chapters[0]!.blocks.flatMap((b) => (b.kind === 'chart' ? [b.chartId] : []));
  const charts = new Map(chartIds.map((id) => [id, { png: FAKE_PNG, width: 1800, height: 1050 }]));
  const ours: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < 3; i++) {
    let t0 = performance.now();
    await plainDocx(doc);
    floor.push(performance.now() - t0);
    t0 = performance.now();
    await packDocx(doc, { charts });
    ours.push(performance.now() - t0);
  }
  const ms = median(ours);
  const floorMs = median(floor);
  return {
    name: `report-docx-${pages}p`,
    ms: round2(ms),
    floorMs: round2(floorMs),
    ratio: round2(ms / floorMs),
    goal: 2,
    rows: pages,
  };
}

export async function runReportBench(rows: number): Promise<PageBenchResult[]> {
  return [liveBench(), await docxBench(rows >= 100_000 ? 100 : 25)];
}

declare global {
  interface Window {
    runReportBench?: typeof runReportBench;
  }
}
window.runReportBench = runReportBench;
