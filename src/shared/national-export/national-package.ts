/**
 * The 上报数据包 as files: one workbook (状态数据目录 + one sheet per table named by its code), the same
 * tables as one workbook each in a .zip for platforms that take tables singly, and the 上报核对单 as a
 * workbook and a printable page. Pure: the caller's Worker hands in the locked tables and gets bytes.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { StyleBook } from '../sheets/style-book';
import { writeXlsx, type XlsxSheet } from '../sheets/xlsx-stream-writer';
import { academicYearLabel } from '../workspace/collection-period';
import { catalogSheet } from './catalog-sheet';
import { correctionsSheet } from './corrections-sheet';
import { rowCount, type NationalContext, type NationalTable } from './national-context';
import { nationalSheet, nationalStyles } from './national-sheet';
import { checklistHtml, checklistSheet } from './report-checklist';

export interface NationalPackageInput {
  readonly tables: readonly NationalTable[];
  readonly context: NationalContext;
}

export interface PackageProgress {
  /** Called with the data rows written so far and the total. */
  readonly onProgress?: (done: number, total: number) => void | Promise<void>;
  /** Deflate level of the sheets (6 by default: the package is uploaded, so size matters). */
  readonly level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
}

const PROGRESS_EVERY = 5000;

/** File names: "<5位学校代码>_<学年>_上报数据包.xlsx" as the platform's Excel era named its workbooks. */
export function packageFileNames(ctx: NationalContext): {
  workbook: string;
  zip: string;
  checklist: string;
  checklistHtml: string;
} {
  const base = `${ctx.schoolCode}_${academicYearLabel(ctx.period.academicYearStart)}`;
  return {
    workbook: `${base}_上报数据包.xlsx`,
    zip: `${base}_上报数据包_分表.zip`,
    checklist: `${base}_上报核对单.xlsx`,
    checklistHtml: `${base}_上报核对单.html`,
  };
}

async function write(
  sheets: XlsxSheet[],
  book: StyleBook,
  opts: PackageProgress,
  base: number,
  total: number,
) {
  // writeXlsx counts every row it writes, the 10 header rows of each sheet too; the bar shows data rows.
  const onProgress = opts.onProgress;
  return writeXlsx(sheets, {
    styles: book.styles,
    level: opts.level ?? 6,
    progressEvery: PROGRESS_EVERY,
    ...(onProgress ? { onProgress: (rows: number) => onProgress(Math.min(total, base + rows), total) } : {}),
  });
}

const totalRows = (input: NationalPackageInput): number => input.tables.reduce((n, t) => n + rowCount(t), 0);

/** The one workbook: 状态数据目录 first, then every table's sheet in catalog order. */
export async function nationalWorkbook(
  input: NationalPackageInput,
  opts: PackageProgress = {},
): Promise<Uint8Array> {
  const book = new StyleBook();
  const st = nationalStyles(book);
  const sheets = [
    catalogSheet(input.tables, input.context, book, st),
    ...input.tables.map((t) => nationalSheet(t, input.context, book, st)),
  ];
  const total = totalRows(input);
  const bytes = await write(sheets, book, opts, 0, total);
  await opts.onProgress?.(total, total);
  return bytes;
}

/** The 上报核对单 workbook, with the 校级更正 sheet when the lock recorded any. */
export async function checklistWorkbook(input: NationalPackageInput): Promise<Uint8Array> {
  const book = new StyleBook();
  const st = nationalStyles(book);
  const sheets = [checklistSheet(input.tables, input.context, book, st)];
  if (input.context.corrections.length > 0)
    sheets.push(correctionsSheet(input.tables, input.context, book, st));
  return write(sheets, book, {}, 0, 0);
}

/**
 * One workbook per table ("A10-1.xlsx" …) with the 状态数据目录 and the 上报核对单 beside them, in one
 * .zip. The workbooks are already deflated, so the archive stores them as they are.
 */
export async function nationalZip(
  input: NationalPackageInput,
  opts: PackageProgress = {},
): Promise<Uint8Array> {
  const total = totalRows(input);
  const files: Zippable = {};
  let done = 0;
  {
    const book = new StyleBook();
    files['状态数据目录.xlsx'] = [
      await write([catalogSheet(input.tables, input.context, book, nationalStyles(book))], book, {}, 0, 0),
      { level: 0 },
    ];
  }
  for (const t of input.tables) {
    const book = new StyleBook();
    const bytes = await write(
      [nationalSheet(t, input.context, book, nationalStyles(book))],
      book,
      opts,
      done,
      total,
    );
    files[`${t.table.code}.xlsx`] = [bytes, { level: 0 }];
    done += rowCount(t);
  }
  files['上报核对单.xlsx'] = [await checklistWorkbook(input), { level: 0 }];
  files['上报核对单.html'] = [strToU8(checklistHtml(input.tables, input.context)), { level: 6 }];
  const zipped = zipSync(files);
  await opts.onProgress?.(total, total);
  return zipped;
}
