import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { FieldDef } from '../catalog/catalog-types';
import { columnSpecs } from '../sheets/template-layout';
import { CATALOG_HEADER, CATALOG_HEADER_ROW, CATALOG_SHEET } from './catalog-sheet';
import { nationalWorkbook } from './national-package';
import { packageFixture } from './testing/package-fixture';
import { sampleValue } from './testing/sample-rows';

const ROWS = 12;
const input = packageFixture(() => ROWS);
const bytes = await nationalWorkbook(input);
const wb = XLSX.read(bytes, { type: 'array' });
const files = unzipSync(bytes);
const xml = (path: string): string => strFromU8(files[path] as Uint8Array);

/** What a cell of `field` must look like in the sheet: SheetJS cell type and value. */
function expected(field: FieldDef, i: number, c: number): { t: string; v: string | number } | null {
  const v = sampleValue(field, i, c > 0);
  if (v === null) return null;
  if (typeof v === 'boolean') return { t: 's', v: v ? '是' : '否' };
  if (field.type === 'integer' || field.type === 'decimal' || field.type === 'percent')
    return { t: 'n', v: v as number };
  return { t: 's', v: String(v) };
}

describe('national workbook layout', () => {
  it('opens with the 状态数据目录 and has one sheet per table, named by its code, in catalog order', () => {
    expect(wb.SheetNames).toEqual([CATALOG_SHEET, ...input.tables.map((t) => t.table.code)]);
    const cat = wb.Sheets[CATALOG_SHEET] as XLSX.WorkSheet;
    const header = CATALOG_HEADER.map(
      (_, c) => cat[XLSX.utils.encode_cell({ r: CATALOG_HEADER_ROW - 1, c })]?.v,
    );
    expect(header).toEqual(CATALOG_HEADER);
    expect(cat[`B${CATALOG_HEADER_ROW + 1}`]?.v).toBe(input.tables[0]?.table.code);
    expect(cat['A3']?.v).toContain(input.context.lock.hash);
  });

  for (const t of input.tables) {
    const { table } = t;
    it(`${table.code}: title block, header on row 10 in catalog order, typed cells from row 11`, () => {
      const ws = wb.Sheets[table.code] as XLSX.WorkSheet;
      expect(ws['A1']?.v).toBe(`${table.code} ${table.name}`);
      expect(ws['A2']?.v).toContain('4144012954');
      expect(ws['A5']?.v).toContain(input.context.lock.hash);
      expect(ws['A6']?.v).toContain(t.hash);
      if (table.period === 'calendar-year')
        expect(ws['A3']?.v).toContain('2025年（自然年，2025-01-01 至 2025-12-31）');
      if (table.period === 'academic-year') expect(ws['A3']?.v).toContain('2025-2026学年');
      const specs = columnSpecs(table);
      specs.forEach((s, c) => {
        expect(ws[XLSX.utils.encode_cell({ r: 9, c })]?.v).toBe(s.header);
        expect(ws[XLSX.utils.encode_cell({ r: 8, c })]?.v).toBe(s.hint);
      });
      const rows = table.status === 'pending' ? 0 : ROWS;
      const seed = input.tables.indexOf(t) * 1000 + 1;
      for (let i = 0; i < rows; i++)
        table.fields.forEach((f, c) => {
          const cell = ws[XLSX.utils.encode_cell({ r: 10 + i, c })];
          const want = expected(f, i + seed, c);
          if (want === null) expect(cell?.v, `${f.key} row ${i}`).toBeUndefined();
          else expect({ t: cell?.t, v: cell?.v }, `${f.key} row ${i}`).toEqual(want);
        });
      // Nothing below the data: no empty template rows.
      const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1');
      expect(range.e.r + 1).toBe(10 + rows);
    });
  }

  it('keeps formula-like texts as text with the quote-prefix style, not an added apostrophe', () => {
    const styles = xml('xl/styles.xml');
    const xfs = [...styles.slice(styles.indexOf('<cellXfs')).matchAll(/<xf [^>]*>/g)].map((m) => m[0]);
    const quoted = xfs.findIndex((x) => x.includes('quotePrefix="1"'));
    expect(quoted).toBeGreaterThan(0);
    const sheets = input.tables.map((t, i) => ({ t, x: xml(`xl/worksheets/sheet${i + 2}.xml`) }));
    const withFormulaText = sheets.filter(({ x }) => x.includes('=SUM(A1:A3)'));
    expect(withFormulaText.length).toBeGreaterThan(0);
    for (const { x } of withFormulaText) {
      expect(x).toMatch(new RegExp(`s="${quoted}" t="inlineStr"><is><t>=SUM\\(A1:A3\\)\\d+</t>`));
      expect(x).not.toContain("'=SUM");
      expect(x).not.toContain('<f>');
    }
  });

  it('writes codes with leading zeros and 18-character ID numbers as text cells', () => {
    const a101 = wb.Sheets['A10-1'] as XLSX.WorkSheet;
    const table = input.tables.find((t) => t.table.code === 'A10-1')?.table;
    const id = table?.fields.findIndex((f) => f.type === 'idCard') ?? -1;
    const code = table?.fields.findIndex((f) => f.type === 'code' && !f.pattern) ?? -1;
    if (id >= 0) expect(a101[XLSX.utils.encode_cell({ r: 10, c: id })]?.t).toBe('s');
    expect(code).toBeGreaterThanOrEqual(0);
    const cell = a101[XLSX.utils.encode_cell({ r: 10, c: code })];
    expect(cell?.t).toBe('s');
    expect(String(cell?.v)).toMatch(/^00\d{6}$/);
  });
});
