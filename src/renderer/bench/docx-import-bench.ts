/**
 * Enterprise .docx import bench, run in headless Chromium by bench/run.mjs through
 * `window.runDocxImportBench(rows)`:
 *   docx-import-Pp-Ii: an enterprise's Word document of P pages with I photos (50 pages and 30 photos
 *                of about 100 KB at the full size; 10 and 6 for bench:ci) imported as a college does it
 *                (enterprise/docx-import.ts: the zip-bomb check, mammoth with its images embedded, the
 *                paste cleaning) and parsed into the report editor's schema, median of 5. Goal ≤ 3 s.
 *                Floor: mammoth's conversion alone, alternating with ours.
 *   docx-export-Pp-Ii: see benchExport below.
 */
import { generateJSON } from '@tiptap/core';
import { unzipSync } from 'fflate';
import { Document, ImageRun, Packer, PageBreak, Paragraph, HeadingLevel } from 'docx';
import { importDocx } from '../features/enterprise/docx-import';
import { mammoth } from '../features/enterprise/mammoth-chunk';
import { reportExtensions } from '../features/report/editor/report-extensions';
import { exportDocx, exportModel } from '../features/report/export/export-report';
import { newEnterpriseReport } from '../../shared/enterprise/enterprise-report';
import type { PmNode } from '../../shared/report/pm-json';
import { parseChapterContent } from '../../shared/report/report-nodes';
import { createStaticSource } from '../../shared/report/static-source';
import { median, pairedRatio, round2, type PageBenchResult } from './bench-stats';

const SENTENCE =
  '企业与学校共建产业学院，联合制定人才培养方案，选派技术骨干担任兼职教师，接收学生顶岗实习并提供实训设备。';

/** A photo-like JPEG: gradients and noise, so it compresses like a picture (about 100 KB). */
async function photo(seed: number): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(800, 600);
  const g = canvas.getContext('2d')!;
  const grad = g.createLinearGradient(0, 0, 800, 600);
  grad.addColorStop(0, `hsl(${(seed * 37) % 360} 60% 45%)`);
  grad.addColorStop(1, `hsl(${(seed * 91) % 360} 50% 70%)`);
  g.fillStyle = grad;
  g.fillRect(0, 0, 800, 600);
  const img = g.getImageData(0, 0, 800, 600);
  let x = seed * 2654435761;
  for (let i = 0; i < img.data.length; i += 4) {
    x = (x * 1103515245 + 12345) >>> 0;
    const n = (x >>> 24) % 40;
    img.data[i] = Math.min(255, img.data[i]! + n);
    img.data[i + 1] = Math.min(255, img.data[i + 1]! + n);
  }
  g.putImageData(img, 0, 0);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
  return new Uint8Array(await blob.arrayBuffer());
}

/** The Word document the docx library writes directly from the text and photos: the export's floor. */
async function enterpriseDocx(pages: number, photos: readonly Uint8Array[]): Promise<Uint8Array> {
  const images = photos.length;
  const children: Paragraph[] = [];
  for (let p = 0; p < pages; p++) {
    children.push(new Paragraph({ text: `第${p + 1}部分 参与办学情况`, heading: HeadingLevel.HEADING_2 }));
    // About a page of text: eight paragraphs of four sentences.
    for (let k = 0; k < 8; k++) children.push(new Paragraph(SENTENCE.repeat(4)));
    const at = Math.floor((p * images) / pages);
    if (at < images && Math.floor(((p + 1) * images) / pages) > at)
      children.push(
        new Paragraph({
          children: [
            new ImageRun({ type: 'jpg', data: photos[at]!, transformation: { width: 400, height: 300 } }),
          ],
        }),
      );
    children.push(new Paragraph({ children: [new PageBreak()] }));
  }
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

export async function runDocxImportBench(rows: number): Promise<PageBenchResult[]> {
  const full = rows >= 100_000;
  const pages = full ? 50 : 10;
  const images = full ? 30 : 6;
  const photos = await Promise.all(Array.from({ length: images }, (_, i) => photo(i + 1)));
  const bytes = await enterpriseDocx(pages, photos);
  const extensions = reportExtensions();
  const ours: number[] = [];
  const floor: number[] = [];
  let imported: PmNode | null = null;
  for (let i = 0; i < 5; i++) {
    let t0 = performance.now();
    await mammoth.convertToHtml({ arrayBuffer: bytes.slice().buffer }, { externalFileAccess: false });
    floor.push(performance.now() - t0);
    t0 = performance.now();
    const r = await importDocx(bytes);
    if (!r.ok) throw new Error(r.error.message);
    const json = generateJSON(r.value.html, extensions);
    ours.push(performance.now() - t0);
    if (r.value.images !== images || (json.content?.length ?? 0) < pages)
      throw new Error(`imported ${r.value.images} of ${images} images`);
    const gate = parseChapterContent(json);
    if (!gate.ok) throw new Error(gate.error.message);
    imported = gate.value;
  }
  const exported = await benchExport(imported!, pages, photos);
  return [
    {
      name: `docx-import-${pages}p-${images}i`,
      ms: round2(median(ours)),
      floorMs: round2(median(floor)),
      ratio: pairedRatio(ours, floor),
      goalMs: 3000,
      rows: bytes.length,
      runsMs: { ours: ours.map(round2), floor: floor.map(round2) },
    },
    exported,
  ];
}

/**
 *   docx-export-Pp-Ii: the imported report exported to .docx as the college and the office do it
 *                (export-report.ts: the export model, the docx Worker, images embedded), median of 5.
 *                Goal ≤ 3 s. Floor: the docx library writing the same text and photos directly.
 */
async function benchExport(content: PmNode, pages: number, photos: readonly Uint8Array[]) {
  const at = new Date().toISOString();
  const { report } = newEnterpriseReport({
    id: 'bench',
    workspaceId: 'bench',
    year: 2026,
    enterpriseName: '基准企业有限公司',
    school: '基准职业技术学院',
    at,
    by: 'bench',
  });
  const chapters = new Map<string, PmNode>([['participation', content]]);
  const source = createStaticSource({ kind: 'lock', id: 'lock:bench', label: '锁定数据' }, []);
  const ours: number[] = [];
  const floor: number[] = [];
  let size = 0;
  for (let i = 0; i < 5; i++) {
    let t0 = performance.now();
    await enterpriseDocx(pages, photos);
    floor.push(performance.now() - t0);
    t0 = performance.now();
    const out = await exportDocx(exportModel(report, chapters, source));
    ours.push(performance.now() - t0);
    size = out.length;
    const media = Object.entries(unzipSync(out)).filter(([n]) => n.startsWith('word/media/'));
    if (media.length !== photos.length)
      throw new Error(
        `the export holds ${media.length} of ${photos.length} photos: ${media.map(([n, b]) => `${n}:${b.length}`).join(',')}`,
      );
  }
  return {
    name: `docx-export-${pages}p-${photos.length}i`,
    ms: round2(median(ours)),
    floorMs: round2(median(floor)),
    ratio: pairedRatio(ours, floor),
    goalMs: 3000,
    rows: size,
    runsMs: { ours: ours.map(round2), floor: floor.map(round2) },
  } satisfies PageBenchResult;
}

declare global {
  interface Window {
    runDocxImportBench?: typeof runDocxImportBench;
  }
}

window.runDocxImportBench = runDocxImportBench;
