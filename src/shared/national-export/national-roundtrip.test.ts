/**
 * The export's promise: re-reading the 上报数据包 with our own importer (the parser Worker's reading,
 * header detection, column mapping and conversion) gives back exactly the locked values, for every
 * table of the built-in catalog, in the workbook and in the per-table files of the .zip.
 */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../renderer/features/spreadsheet/workers/workbook-read';
import type { TableDef } from '../catalog/catalog-types';
import type { CellValue } from '../records/record-types';
import { initialMapping } from '../sheets/column-mapping';
import { detectHeader } from '../sheets/header-detect';
import { convertSheet } from '../sheets/import-convert';
import type { SheetGrid } from '../sheets/sheet-cell';
import { DATA_START_ROW, HEADER_ROW } from '../sheets/template-layout';
import type { NationalTable } from './national-context';
import { nationalWorkbook, nationalZip } from './national-package';
import { packageFixture } from './testing/package-fixture';

const input = packageFixture((code) => (code === 'A8-9' ? 0 : 60));
const LIMITS = { maxSheets: 200, sheetRows: 1_000_000 };

function normalise(table: TableDef, values: Readonly<Record<string, CellValue>>): Record<string, CellValue> {
  return Object.fromEntries(table.fields.map((f) => [f.key, values[f.key] ?? null]));
}

function reimport(grid: SheetGrid, t: NationalTable): Record<string, CellValue>[] {
  const header = detectHeader(grid, t.table);
  expect(header.headerRow, t.table.code).toBe(HEADER_ROW - 1);
  expect(header.dataStart).toBe(DATA_START_ROW - 1);
  const mapping = initialMapping(header.columns, t.table, null);
  expect(mapping.filter((k) => k !== null)).toEqual(t.table.fields.map((f) => f.key));
  const labels = header.columns.map((c) => c.label);
  const converted = convertSheet(grid, t.table, mapping, header.dataStart, labels);
  // 选项待定 columns warn on every value by design (the catalog's state, not the file's); anything else is a change.
  const problems = converted.issues.filter((i) => i.code !== 'options-pending');
  expect(problems, t.table.code).toEqual([]);
  return converted.values.map((v) => normalise(t.table, v));
}

const defined = input.tables.filter((t) => t.table.status === 'defined');
const locked = (t: NationalTable) => t.slices.flatMap((s) => s.rows.map((r) => normalise(t.table, r.values)));

describe('national export round trip through our importer', () => {
  it('gives back exactly the locked values of every table from the one workbook', async () => {
    const read = readWorkbook(await nationalWorkbook(input), LIMITS);
    if (!read.ok) throw new Error(read.reason);
    const grids = new Map(read.grids.map((g) => [g.name, g]));
    for (const t of defined) expect(reimport(grids.get(t.table.code)!, t), t.table.code).toEqual(locked(t));
    expect(defined.reduce((n, t) => n + locked(t).length, 0)).toBeGreaterThan(2000);
  });

  it('gives back the same from the per-table files of the .zip', async () => {
    const files = unzipSync(await nationalZip(input));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['状态数据目录.xlsx', '上报核对单.xlsx', '上报核对单.html', 'A10-1.xlsx']),
    );
    for (const t of defined) {
      const read = readWorkbook(files[`${t.table.code}.xlsx`]!, LIMITS);
      if (!read.ok) throw new Error(read.reason);
      expect(read.grids.map((g) => g.name)).toEqual([t.table.code]);
      expect(reimport(read.grids[0]!, t), t.table.code).toEqual(locked(t));
    }
  });
});
