import { writeFileSync, mkdirSync } from 'node:fs';
import { it } from 'vitest';
import * as echarts from 'echarts';
import { chromium } from 'playwright';
import { buildExportModel, type ExportDoc } from '../shared/report/export/export-model';
import { packDocx } from '../shared/report/export/docx-builder';
import { buildHtml } from '../shared/report/export/html-builder';
import { buildChartOption } from '../shared/report/chart-option';
import { school, schoolChapters, enterpriseChapters } from './fixture';

const OUT = process.env.OUT ?? '/work/notes/shots/outputs/gen';

async function charts(doc: ExportDoc) {
  const svg = new Map<string, string>();
  const png = new Map<string, { png: Uint8Array; width: number; height: number }>();
  const blocks = doc.chapters.flatMap((c) => c.blocks).filter((b) => b.kind === 'chart' && b.rows.length > 0);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  const page = await browser.newPage({ deviceScaleFactor: 3, viewport: { width: 600, height: 350 } });
  for (const b of blocks) {
    if (b.kind !== 'chart') continue;
    const option = buildChartOption(b.chart, b.title, b.rows);
    const c = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: 600, height: 350 });
    c.setOption(option);
    const s = c.renderToSVGString();
    c.dispose();
    svg.set(b.chartId, s);
    await page.setContent(`<html><body style="margin:0;background:#fff">${s}</body></html>`);
    const shot = await page.screenshot({ clip: { x: 0, y: 0, width: 600, height: 350 } });
    png.set(b.chartId, { png: new Uint8Array(shot), width: 1800, height: 1050 });
  }
  await browser.close();
  return { svg, png };
}

it('produces', async () => {
  mkdirSync(OUT, { recursive: true });
  const { source } = school();
  const { report, chapters } = schoolChapters();
  const model = buildExportModel(report, chapters, source);
  writeFileSync(`${OUT}/model.json`, JSON.stringify(model, null, 1));
  const c = await charts(model);
  writeFileSync(`${OUT}/report.docx`, await packDocx(model, { charts: c.png }));
  writeFileSync(`${OUT}/report.html`, buildHtml(model, c.svg));
  const e = enterpriseChapters();
  const em = buildExportModel(e.report, e.chapters, source);
  writeFileSync(`${OUT}/enterprise.docx`, await packDocx(em, { charts: new Map() }));
  writeFileSync(`${OUT}/enterprise.html`, buildHtml(em, new Map()));
}, 120000);

import { packageFixture } from '../shared/national-export/testing/package-fixture';
import { nationalWorkbook, checklistWorkbook } from '../shared/national-export/national-package';
import { annexWorkbook } from '../renderer/features/annex/annex-xlsx';
import { buildTemplate } from '../renderer/features/spreadsheet/template-workbook';
import { builtInCatalog } from '../shared/catalog/builtin-catalog';
import { BUILTIN_ANNEXES } from '../shared/annex/builtin-annexes';

it('produces sheets', async () => {
  mkdirSync(OUT, { recursive: true });
  const input = packageFixture((code) => (code === 'A8-9' ? 0 : 12));
  writeFileSync(`${OUT}/national.xlsx`, await nationalWorkbook(input));
  writeFileSync(`${OUT}/checklist.xlsx`, await checklistWorkbook(input));
  const { source } = school();
  const tables = BUILTIN_ANNEXES.map((a) => source.annexes!.table(a.id)!);
  writeFileSync(`${OUT}/annex.xlsx`, await annexWorkbook(tables, '附表'));
  const cat = builtInCatalog();
  const pick = cat.tables.filter((t) => ['A6-1-1', 'A7-1-1', 'A1-X1', 'A10-1'].includes(t.code));
  writeFileSync(
    `${OUT}/template.xlsx`,
    await buildTemplate(pick, () => ({ schoolName: '汕头职业技术学院', schoolIdentifier: '4144012954', periodText: '2025-09-01 至 2026-08-31', departmentName: '人事处', generatedOn: '2026-12-07' })),
  );
}, 120000);
