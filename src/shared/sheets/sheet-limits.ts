/**
 * Limits of the spreadsheet reader (docs/SECURITY.md S1–S3), checked before parsing (file bytes, zip entries,
 * real inflated bytes) and during it (sheets, rows × columns, time). Defaults fit the largest real
 * table — a 100,000-row × 20-column student list takes 12–14 s to parse here and inflates to ~150 MB
 * — with room to spare; tests inject small ones. Reading a file is also limited by its size
 * (parseTimeLimitMs): SheetJS never returns on some damaged .xls files, and a 6 KB file must not keep
 * the user waiting two minutes to learn it cannot be read.
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
  /** Wall-clock time for reading the file, after which the worker is terminated (the cap for any size). */
  readonly timeoutMs: number;
  /** Time for reading the smallest file… */
  readonly timeoutBaseMs: number;
  /** …plus this much per MB of file (a legitimate file parses at about 1 s per MB here). */
  readonly timeoutPerMbMs: number;
  /**
   * A worksheet with at least this many bytes of rows is read by two parser Workers, half each
   * (workbook-split.ts). Measured here (20 columns, ~1.1 KB a row), whole import with and without:
   * 100k rows 9.6 s vs 12.8 s, 50k 5.5 vs 6.1 s, 30k 4.0 vs 4.7 s, but 10k 1.6 vs 1.5 s — two SheetJS
   * reads at once compete for memory and the garbage collector's threads, which small sheets do not
   * repay — so sheets under ~15k rows are read in one.
   */
  readonly splitMinBytes: number;
}

export const DEFAULT_SHEET_LIMITS: SheetLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxZipEntries: 2000,
  maxInflatedBytes: 600 * 1024 * 1024,
  maxSheets: 100,
  maxRows: 200_000,
  maxCells: 8_000_000,
  timeoutMs: 120_000,
  timeoutBaseMs: 10_000,
  timeoutPerMbMs: 10_000,
  splitMinBytes: 16 * 1024 * 1024,
};

/** How long reading a file of `bytes` may take before its Worker is terminated. */
export function parseTimeLimitMs(bytes: number, limits: SheetLimits): number {
  return Math.min(
    limits.timeoutMs,
    Math.round(limits.timeoutBaseMs + (bytes / (1024 * 1024)) * limits.timeoutPerMbMs),
  );
}
