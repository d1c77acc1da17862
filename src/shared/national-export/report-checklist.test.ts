import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { checklistWorkbook } from './national-package';
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

  it('escapes names in the printable page', () => {
    const t = input.tables[0]!;
    const html = checklistHtml([{ ...t, table: { ...t.table, name: '<b>表</b>' } }], input.context);
    expect(html).toContain('&lt;b&gt;表&lt;/b&gt;');
  });
});
