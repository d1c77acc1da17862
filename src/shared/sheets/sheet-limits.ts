/**
 * Limits of the spreadsheet reader (THREATS S1–S3), checked before parsing (file bytes, zip entries,
 * real inflated bytes) and during it (sheets, rows × columns, time). Defaults fit the largest real
 * table — a 100,000-row × 20-column student list takes 12–14 s to parse here and inflates to ~150 MB
 * — with room to spare; tests inject small ones.
 */
export interface SheetLimits {
  readonly maxFileBytes: number;
  readonly maxZipEntries: number;
  readonly maxInflatedBytes: number;
  readonly maxSheets: number;
  /** Data rows per sheet (the header block is extra). */
  readonly maxRows: number;
  /** rows × columns of a sheet's used range. */
  readonly maxCells: number;
  /** Wall-clock time for reading the file, after which the worker is terminated. */
  readonly timeoutMs: number;
}

export const DEFAULT_SHEET_LIMITS: SheetLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxZipEntries: 2000,
  maxInflatedBytes: 600 * 1024 * 1024,
  maxSheets: 100,
  maxRows: 200_000,
  maxCells: 8_000_000,
  timeoutMs: 120_000,
};
