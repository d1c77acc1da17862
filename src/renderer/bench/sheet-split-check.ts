/**
 * The two-Worker reading of a big sheet (workbook-split.ts) in Chromium's real Workers and
 * MessageChannel, for test/e2e/sheet-split-browser.spec.ts: the app only cuts sheets of tens of MB, too
 * big for an end-to-end test, so this page reads a 3,000-row file with a low threshold both ways — two
 * Workers and one — and reports what each gave. (The Node-thread test covers the same protocol.)
 */
import { DEFAULT_SHEET_LIMITS } from '../../shared/sheets/sheet-limits';
import { ParseClient, createParseWorker } from '../features/spreadsheet/parse-client';
import { makeBenchRows } from './bench-rows';
import { benchTable, buildBenchXlsx } from './sheet-bench-core';

export interface SplitCheck {
  readonly readers: readonly [number, number];
  readonly sameSummary: boolean;
  readonly sameResult: boolean;
  readonly sameRows: boolean;
  readonly rows: number;
  readonly duplicates: number;
}

async function readWith(client: ParseClient, bytes: Uint8Array) {
  try {
    if (!(await client.ready()).ok) throw new Error('parser did not start');
    const opened = await client.open('教工.xlsx', bytes.slice(), benchTable());
    if (!opened.ok) throw new Error(opened.message);
    const header = opened.value.sheets[0]?.header;
    if (!header) throw new Error('no header');
    const mapping = header.columns.reduce<(string | null)[]>((m, c) => ((m[c.index] = c.fieldKey), m), []);
    const converted = await client.convert(
      0,
      mapping,
      header.dataStart,
      header.columns.map((c) => c.label),
    );
    if (!converted.ok) throw new Error(converted.message);
    return { opened: opened.value, converted: converted.value };
  } finally {
    client.dispose();
  }
}

export async function runSheetSplitCheck(): Promise<SplitCheck> {
  const rows = makeBenchRows(3000);
  // The same 工号 in both halves, which only the joined check can find.
  (rows[2900] as { values: Record<string, unknown> }).values['gh'] = (
    rows[5] as { values: Record<string, unknown> }
  ).values['gh'];
  const bytes = await buildBenchXlsx(rows);
  const limits = { ...DEFAULT_SHEET_LIMITS, splitMinBytes: 64 * 1024 };
  const two = await readWith(new ParseClient(limits, undefined, createParseWorker, createParseWorker), bytes);
  const one = await readWith(new ParseClient(limits, undefined, createParseWorker, null), bytes);
  return {
    readers: [two.opened.readers, one.opened.readers],
    sameSummary: JSON.stringify(two.opened.sheets) === JSON.stringify(one.opened.sheets),
    sameResult: JSON.stringify(two.converted.summary) === JSON.stringify(one.converted.summary),
    sameRows: two.converted.values === one.converted.values,
    rows: two.converted.summary.rows,
    duplicates: two.converted.summary.counts.duplicates,
  };
}

declare global {
  interface Window {
    runSheetSplitCheck?: typeof runSheetSplitCheck;
  }
}

window.runSheetSplitCheck = runSheetSplitCheck;
