import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../catalog/builtin-catalog';
import { BUILTIN_INDICATORS, compileIndicators, computeIndicators } from '../indicators';
import { fixtureSource } from '../indicators/testing/fixture-school';
import { sampleRectificationItem } from '../rectification/testing/sample-item';
import { schemaFromTables } from '../rules/rule-data-source';
import { builtInStandards, indicatorTrends, judgeIndicator } from '../standards';
import { NO_PREV_TEXT, packAnalysisNote } from './analysis-note-docx';
import { buildAnalysisNoteModel } from './analysis-note-model';

function model() {
  const { compiled } = compileIndicators(BUILTIN_INDICATORS, schemaFromTables(builtInCatalog().tables));
  const defs = compiled.map((c) => c.def);
  const values = computeIndicators(compiled, fixtureSource());
  const standards = { ...builtInStandards('2026-09-01T00:00:00.000Z'), category: 'engineering' as const };
  const judgements = new Map(defs.map((d) => [d.id, judgeIndicator(d, values.get(d.id)!, standards)]));
  const trends = indicatorTrends(
    defs,
    [
      { academicYearStart: 2024, values },
      { academicYearStart: 2025, values },
    ],
    standards,
  );
  const item = sampleRectificationItem();
  return buildAnalysisNoteModel({
    school: '汕头职业技术学院',
    academicYearStart: 2025,
    snapshot: { name: '2025 学年审定前快照', at: '2026-12-20T08:30:00.000Z', hash: 'ab'.repeat(32) },
    defs,
    values,
    prev: null,
    judgements,
    standards,
    trends,
    items: [item],
    departmentName: (code) => (code === 'RSC' ? '人事处' : code),
    today: '20261221',
  });
}

describe('the analysis note', () => {
  it('lists the core indicators, the 未达标 ones across years, open 整改 items and the trend', () => {
    const m = model();
    expect(m.title).toBe('汕头职业技术学院2025-2026学年核心数据分析报告');
    expect(m.indicators).toHaveLength(BUILTIN_INDICATORS.length);
    expect(m.category).toBe('工科、农、林院校');
    expect(m.below.length).toBeGreaterThan(0);
    for (const r of m.below) {
      expect(r.status).toBe('未达标');
      expect(r.streak).toBe('连续两年未达标');
    }
    expect(m.items).toEqual([['人事处', '生师比未达标', '待整改', '2026-12-15（已逾期）', '是']]);
    expect(m.trend.years).toEqual(['2024-2025学年', '2025-2026学年']);
  });

  it('packs into a Word document that names its snapshot, in the report’s fonts', async () => {
    const m = model();
    const files = unzipSync(await packAnalysisNote(m));
    const doc = strFromU8(files['word/document.xml']!);
    expect(doc).toContain('数据来源：审定前快照“2025 学年审定前快照”（2026-12-20 08:30');
    expect(doc).toContain('核心指标与对标值和规划目标');
    // The remark about the table is in the note size, not the 三号 body.
    const remark = doc.split('<w:p>').find((p) => p.includes(NO_PREV_TEXT));
    expect(remark).toContain('<w:pStyle w:val="ReportNote"/>');
    expect(doc).toContain(m.indicators[0]!.name);
    expect(doc).toContain('生师比未达标');
    expect(doc).toContain('2024-2025学年');
    expect(strFromU8(files['word/fontTable.xml']!)).toContain('仿宋_GB2312');
    expect(strFromU8(files['word/styles.xml']!)).toContain('ReportBody');
    // Its tables share the report's 表格文字 style (五号, single-spaced), not a copy of it.
    expect(doc).toContain('<w:pStyle w:val="ReportCell"/>');
  });

  it('says why a value cannot be computed once, in a note under the table, not in the cell', () => {
    const m = model();
    const failing = m.indicators.filter((r) => r.value.startsWith('无法计算'));
    expect(failing.length).toBeGreaterThan(0);
    for (const r of failing) expect(r.value).toMatch(/^无法计算（注 \d+）$/);
    // Each reason once, numbered in the order the table shows them.
    expect(new Set(m.notes).size).toBe(m.notes.length);
    expect(failing[0]!.value).toBe('无法计算（注 1）');
    expect(m.notes[0]).not.toContain('无法计算');
  });

  it('fixes the table columns, lists the notes under table 1 and embeds the chart', async () => {
    const m = model();
    expect(m.chart.length).toBeGreaterThan(0);
    // A 1×1 PNG stands in for the page's ECharts drawing.
    const png = Uint8Array.from(
      atob(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      ),
      (c) => c.charCodeAt(0),
    );
    const files = unzipSync(await packAnalysisNote(m, { png, width: 1800, height: 1200 }));
    const doc = strFromU8(files['word/document.xml']!);
    expect(doc).toContain('w:tblLayout w:type="fixed"');
    // 30% of the 9026-twip text width for the names.
    expect(doc).toContain('w:gridCol w:w="2708"');
    expect(doc).toContain(`注 1：${m.notes[0]}`);
    expect(doc).toContain('图 1　达到对标值的程度');
    expect(Object.keys(files).some((f) => f.startsWith('word/media/'))).toBe(true);
  });
});
