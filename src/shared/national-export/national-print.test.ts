/** How the package prints: columns wide enough for long values, wrapped lines with the height they need. */
import { describe, expect, it } from 'vitest';
import { StyleBook } from '../sheets/style-book';
import { columnSpecs, MAX_COLUMN_WIDTH, wrappedRowHeight } from '../sheets/template-layout';
import { catalogSheet } from './catalog-sheet';
import { nationalSheet, nationalStyles } from './national-sheet';
import { packageFixture } from './testing/package-fixture';

const input = packageFixture((code) => (code === 'A10-1' ? 3 : 0));
const a101 = input.tables.find((t) => t.table.code === 'A10-1')!;

describe('national package printing', () => {
  it('widens a column to its longest value, up to the maximum, and never narrows the template', () => {
    const specs = columnSpecs(a101.table);
    const name = specs.findIndex((s) => s.field.label === '姓名');
    const [slice] = a101.slices;
    const long = {
      ...slice!,
      rows: slice!.rows.map((r, i) =>
        i === 0 ? { ...r, values: { ...r.values, [specs[name]!.field.key]: '阿卜杜热合曼·买买提艾力' } } : r,
      ),
    };
    const book = new StyleBook();
    const sheet = nationalSheet({ ...a101, slices: [long] }, input.context, book, nationalStyles(book));
    expect(sheet.columns[name]?.width).toBeGreaterThanOrEqual(24);
    for (const [c, s] of specs.entries()) expect(sheet.columns[c]?.width).toBeGreaterThanOrEqual(s.width);
    const huge = {
      ...long,
      rows: [{ ...long.rows[0]!, values: { [specs[name]!.field.key]: '名'.repeat(60) } }],
    };
    const wide = nationalSheet({ ...a101, slices: [huge] }, input.context, book, nationalStyles(book));
    expect(wide.columns[name]?.width).toBe(MAX_COLUMN_WIDTH);
  });

  it('gives a header line longer than the table the height of its wrapped lines', () => {
    const narrow = input.tables.find((t) => t.table.fields.length > 0 && t.table.fields.length <= 2);
    const t = narrow ?? a101;
    const book = new StyleBook();
    const sheet = nationalSheet(t, input.context, book, nationalStyles(book));
    const total = sheet.columns.reduce((n, c) => n + c.width, 0);
    const rows = [...sheet.rows()];
    const source = rows.find((r) => String(r.values[0]).startsWith('数据来源'));
    expect(source?.height).toBe(wrappedRowHeight([{ text: String(source?.values[0]), width: total }]));
    expect(wrappedRowHeight([{ text: 'x'.repeat(30), width: 10 }])).toBe(4 * 14 + 2);
    expect(wrappedRowHeight([{ text: 'short', width: 10 }])).toBeUndefined();
  });

  it('fits the 目录 on one page wide, hashes wrapped onto two lines', () => {
    const book = new StyleBook();
    const sheet = catalogSheet(input.tables, input.context, book, nationalStyles(book));
    expect(sheet.print?.fitToWidth).toBe(true);
    expect(sheet.columns.reduce((n, c) => n + c.width, 0)).toBeLessThanOrEqual(180);
    const items = [...sheet.rows()].filter((r) => typeof r.values[0] === 'number');
    expect(items.length).toBe(input.tables.length);
    expect(items.every((r) => (r.height ?? 0) >= 30)).toBe(true);
  });
});
