/**
 * SheetJS (npm xlsx 0.18.5, two open High advisories: CVE-2023-30533 prototype pollution and
 * CVE-2024-22363 ReDoS) seen as SheetGrids. Imported ONLY by the disposable parser Worker
 * (docs/SECURITY.md S1/S2); never by page code. Limits: the zip was scanned before (zip-scan.ts), rows are
 * capped by `sheetRows` while parsing, and the real size is checked after.
 */
import * as XLSX from 'xlsx';
import { FORMULA_WITHOUT_VALUE, type SheetCell, type SheetGrid } from '../../../../shared/sheets/sheet-cell';

const ERRORS: Readonly<Record<number, string>> = {
  0: '#NULL!',
  7: '#DIV/0!',
  15: '#VALUE!',
  23: '#REF!',
  29: '#NAME?',
  36: '#NUM!',
  42: '#N/A',
  43: '#GETTING_DATA',
};

// Quoted text and [..] sections (colours, locales, elapsed time) are not date/percent tokens.
const literalParts = (fmt: string): string => fmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');

interface FormatKind {
  readonly date: boolean;
  readonly monthOnly: boolean;
  readonly percent: boolean;
}

const formatCache = new Map<string, FormatKind>();

function formatKind(fmt: string | number | undefined): FormatKind | null {
  if (typeof fmt !== 'string' || fmt === 'General') return null;
  let kind = formatCache.get(fmt);
  if (kind === undefined) {
    const bare = literalParts(fmt);
    const date = XLSX.SSF.is_date(fmt);
    kind = { date, monthOnly: date && !/d/i.test(bare), percent: !date && bare.includes('%') };
    formatCache.set(fmt, kind);
  }
  return kind;
}

function toSheetCell(cell: XLSX.CellObject | undefined, date1904: boolean): SheetCell {
  if (cell === undefined) return null;
  if (cell.v === undefined || cell.v === null)
    return cell.f !== undefined ? { error: FORMULA_WITHOUT_VALUE } : null;
  switch (cell.t) {
    case 's':
      return String(cell.v);
    case 'b':
      return Boolean(cell.v);
    case 'e':
      return { error: typeof cell.v === 'number' ? (ERRORS[cell.v] ?? `#ERR${cell.v}`) : String(cell.v) };
    case 'n': {
      const v = Number(cell.v);
      const kind = formatKind(cell.z);
      if (kind?.date) {
        const d = XLSX.SSF.parse_date_code(v, { date1904 });
        if (d)
          return kind.monthOnly
            ? { date: [d.y, d.m, d.d, d.H, d.M, Math.round(d.S)], monthOnly: true }
            : { date: [d.y, d.m, d.d, d.H, d.M, Math.round(d.S)] };
      }
      return kind?.percent ? { percent: v } : v;
    }
    case 'd':
      return cell.v instanceof Date
        ? {
            date: [
              cell.v.getFullYear(),
              cell.v.getMonth() + 1,
              cell.v.getDate(),
              cell.v.getHours(),
              cell.v.getMinutes(),
              cell.v.getSeconds(),
            ],
          }
        : null;
    default:
      return null;
  }
}

/**
 * SheetJS's dense sheet seen as a SheetGrid: a cell is converted when asked for, so the rows are not
 * copied into a second grid before the header detection (first rows) and the conversion (each mapped
 * cell once) read them.
 */
function denseGrid(
  name: string,
  ws: (XLSX.CellObject[] | undefined)[] & XLSX.WorkSheet,
  date1904: boolean,
): SheetGrid {
  const rowCount = Array.isArray(ws) ? ws.length : 0;
  const rowAt = (r: number): XLSX.CellObject[] | null => {
    const row = r >= 0 && r < rowCount ? ws[r] : undefined;
    return Array.isArray(row) ? row : null;
  };
  let columnCount = 0;
  for (let r = 0; r < rowCount; r++) columnCount = Math.max(columnCount, rowAt(r)?.length ?? 0);
  const merges = (ws['!merges'] ?? []).map((m) => ({ r0: m.s.r, c0: m.s.c, r1: m.e.r, c1: m.e.c }));
  return {
    name,
    rowCount,
    columnCount,
    merges,
    rowLength: (r) => rowAt(r)?.length ?? 0,
    cell: (r, c) => toSheetCell(rowAt(r)?.[c], date1904),
  };
}

export interface WorkbookLimits {
  readonly maxSheets: number;
  /** Rows parsed per sheet (SheetJS stops reading a sheet there). */
  readonly sheetRows: number;
}

export type WorkbookRead =
  | { readonly ok: true; readonly grids: SheetGrid[] }
  | { readonly ok: false; readonly reason: 'too-many-sheets' | 'parse-failed' };

export function readWorkbook(bytes: Uint8Array, limits: WorkbookLimits): WorkbookRead {
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      cellNF: true,
      cellFormula: true,
      cellText: false,
      cellHTML: false,
      cellDates: false,
      sheetRows: limits.sheetRows,
    });
  } catch {
    return { ok: false, reason: 'parse-failed' };
  }
  if (wb.SheetNames.length > limits.maxSheets) return { ok: false, reason: 'too-many-sheets' };
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const grids: SheetGrid[] = [];
  // Hidden sheets (our own drop-down lists, helper sheets) hold no records; skip them unless all are hidden.
  const hidden = (i: number): boolean => (wb.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0;
  const visible = wb.SheetNames.filter((_, i) => !hidden(i));
  for (const name of visible.length > 0 ? visible : wb.SheetNames) {
    const ws = wb.Sheets[name] as unknown as (XLSX.CellObject[] | undefined)[] & XLSX.WorkSheet;
    grids.push(denseGrid(String(name), ws, date1904));
  }
  return { ok: true, grids };
}
