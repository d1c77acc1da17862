/** Small tables for the spreadsheet tests, built from the built-in catalog's A10-1 so labels are real. */
import { builtInCatalog } from '../catalog/builtin-catalog';
import type { TableDef } from '../catalog/catalog-types';
import { arrayGrid, type SheetCell, type SheetGrid } from './sheet-cell';

export function studentTable(): TableDef {
  const t = builtInCatalog().tables.find((x) => x.code === 'A10-1');
  if (!t) throw new Error('A10-1 missing from the built-in catalog');
  return t;
}

export function grid(rows: SheetCell[][], merges: SheetGrid['merges'] = [], name = 'Sheet1'): SheetGrid {
  return arrayGrid(name, rows, merges);
}
