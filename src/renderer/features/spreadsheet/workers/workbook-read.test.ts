import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { readWorkbook } from './workbook-read';

function xlsxOf(rows: unknown[][], merges: XLSX.Range[] = []): Uint8Array {
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!merges'] = merges;
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '教工');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('readWorkbook (SheetJS dense sheet as a SheetGrid)', () => {
  it('reads sizes, cells and merges straight from the parsed sheet', () => {
    const bytes = xlsxOf(
      [['工号', '姓名', '年龄'], ['T1', '王一', 30], [], ['T3', null, true, '多一列']],
      [{ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } }],
    );
    const read = readWorkbook(bytes, { maxSheets: 5, sheetRows: 100 });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const g = read.grids[0];
    expect(g?.name).toBe('教工');
    expect([g?.rowCount, g?.columnCount]).toEqual([4, 4]);
    expect([0, 1, 2, 3, 9, -1].map((r) => g?.rowLength(r))).toEqual([3, 3, 0, 4, 0, 0]);
    expect([
      g?.cell(1, 0),
      g?.cell(1, 2),
      g?.cell(3, 1),
      g?.cell(3, 2),
      g?.cell(3, 3),
      g?.cell(2, 0),
      g?.cell(9, 9),
    ]).toEqual(['T1', 30, null, true, '多一列', null, null]);
    expect(g?.merges).toEqual([{ r0: 0, c0: 0, r1: 0, c1: 1 }]);
  });

  it('turns date-formatted numbers into calendar tuples and percent formats into percents', () => {
    const ws = XLSX.utils.aoa_to_sheet([['入职', '比例']]);
    XLSX.utils.sheet_add_aoa(
      ws,
      [
        [
          { t: 'n', v: 45170, z: 'yyyy-mm-dd' },
          { t: 'n', v: 0.125, z: '0.0%' },
        ],
      ],
      { origin: 'A2' },
    );
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    const read = readWorkbook(
      new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer),
      { maxSheets: 5, sheetRows: 100 },
    );
    if (!read.ok) throw new Error('not read');
    expect(read.grids[0]?.cell(1, 0)).toEqual({ date: [2023, 9, 1, 0, 0, 0] });
    expect(read.grids[0]?.cell(1, 1)).toEqual({ percent: 0.125 });
  });
});
