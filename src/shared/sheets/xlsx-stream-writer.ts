/**
 * A small streaming .xlsx writer over fflate for data exports of up to 100,000 rows (speed
 * goal: ExcelJS's streaming writer is not in its browser build, and its in-memory writer needs 2.4 GB).
 * Sheet XML is produced row by row into ~256 KB text chunks that are deflated at once, so memory holds
 * the compressed output plus one chunk. Cells are inline strings (no shared-string table to keep),
 * numbers and booleans; every text is XML-escaped with characters XML 1.0 forbids removed. Formula
 * neutralisation is the caller's job (formula-guard.ts): this layer writes exactly what it is given,
 * and never writes <f> elements.
 */
import { strToU8 } from 'fflate';
import { ZipBuilder } from '../bundle/zip-writer';
import { columnLetter } from './sheet-cell';
import { XLSX_STATIC, stylesXml, type XlsxStyle } from './xlsx-parts';
import { SheetBytes } from './sheet-bytes';
import { escapeXml } from './xml-text';

export type XValue = string | number | boolean | null;

export interface XlsxValidation {
  /** e.g. 'C11:C5010' */
  readonly sqref: string;
  /** A range ('选项'!$A$1:$A$56) or a quoted inline list ("是,否"). */
  readonly formula: string;
}

export interface XlsxSheet {
  readonly name: string;
  readonly hidden?: boolean;
  /** Column widths and default style ids (see xlsx-parts.ts STYLE). */
  readonly columns: readonly { readonly width: number; readonly style: number }[];
  /** Rows above the frozen pane. */
  readonly freezeRows?: number;
  readonly merges?: readonly string[];
  readonly validations?: readonly XlsxValidation[];
  /** Printing: landscape A4, optionally one page wide, with rows ('$9:$10') repeated on every page. */
  readonly print?: XlsxPrint;
  /** Rows in order, each with a style per cell (a number applies to the whole row). */
  rows(): Iterable<{
    readonly values: readonly XValue[];
    readonly style: number | readonly number[];
    /** Row height in points, for wrapped text (LibreOffice and Excel do not grow merged rows themselves). */
    readonly height?: number;
  }>;
  /**
   * Further rows written as XML bytes into `out`, numbered from `first`, yielding after each row (a
   * sheet whose layout is fixed per column writes its data this way: no value arrays, no strings).
   */
  rowBytes?(first: number, out: SheetBytes): Iterable<void>;
}

export interface XlsxPrint {
  readonly fitToWidth: boolean;
  readonly titleRows?: string;
}

export interface XlsxWriteOptions {
  readonly level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  readonly styles: readonly XlsxStyle[];
  /** Called every `progressEvery` rows with the rows written so far. */
  readonly onProgress?: (rows: number) => void | Promise<void>;
  readonly progressEvery?: number;
}

const CHUNK_CHARS = 1 << 18;
function cellXml(ref: string, v: XValue, s: number): string {
  const st = s === 0 ? '' : ` s="${s}"`;
  if (v === null || v === '') return s === 0 ? '' : `<c r="${ref}"${st}/>`;
  if (typeof v === 'number') return Number.isFinite(v) ? `<c r="${ref}"${st}><v>${v}</v></c>` : '';
  if (typeof v === 'boolean') return `<c r="${ref}"${st} t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${st} t="inlineStr">${inlineText(v)}</c>`;
}

/** The `<is>` of an inline-string cell: escaped, with edge spaces kept. */
function inlineText(v: string): string {
  const space = v.charCodeAt(0) <= 32 || v.charCodeAt(v.length - 1) <= 32 ? ' xml:space="preserve"' : '';
  return `<is><t${space}>${escapeXml(v)}</t></is>`;
}

function sheetHead(sheet: XlsxSheet): string {
  const pane =
    sheet.freezeRows && sheet.freezeRows > 0
      ? `<pane ySplit="${sheet.freezeRows}" topLeftCell="A${sheet.freezeRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${sheet.freezeRows + 1}" sqref="A${sheet.freezeRows + 1}"/>`
      : '';
  const cols = sheet.columns
    .map(
      (c, i) =>
        `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"${c.style ? ` style="${c.style}"` : ''}/>`,
    )
    .join('');
  return (
    `${XLSX_STATIC.xmlDecl}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    (sheet.print?.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    `<sheetViews><sheetView workbookViewId="0"${sheet.hidden ? '' : ' tabSelected="0"'}>${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>`
  );
}

function sheetTail(sheet: XlsxSheet): string {
  const merges = sheet.merges ?? [];
  const dv = sheet.validations ?? [];
  return (
    '</sheetData>' +
    (merges.length
      ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
      : '') +
    (dv.length
      ? `<dataValidations count="${dv.length}">${dv
          .map(
            (v) =>
              `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="stop" sqref="${v.sqref}"><formula1>${escapeXml(v.formula)}</formula1></dataValidation>`,
          )
          .join('')}</dataValidations>`
      : '') +
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    (sheet.print
      ? `<pageSetup paperSize="9" orientation="landscape"${sheet.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`
      : '') +
    '</worksheet>'
  );
}

/** Writes the workbook and resolves with the .xlsx bytes. Yields to the event loop at each progress call. */
export async function writeXlsx(
  sheets: readonly XlsxSheet[],
  options: XlsxWriteOptions,
): Promise<Uint8Array> {
  const zip = new ZipBuilder(options.level ?? 6);
  const small = (name: string, text: string): void => {
    const f = zip.entry(name);
    f.push(strToU8(text));
    f.end();
  };
  small('[Content_Types].xml', XLSX_STATIC.contentTypes(sheets.length));
  small('_rels/.rels', XLSX_STATIC.rootRels);
  small(
    'xl/workbook.xml',
    XLSX_STATIC.workbook(
      sheets.map((s) => ({ name: s.name, hidden: s.hidden === true, titleRows: s.print?.titleRows ?? null })),
    ),
  );
  small('xl/_rels/workbook.xml.rels', XLSX_STATIC.workbookRels(sheets.length));
  small('xl/styles.xml', stylesXml(options.styles));
  const every = options.progressEvery ?? 5000;
  let written = 0;
  for (const [i, sheet] of sheets.entries()) {
    const f = zip.entry(`xl/worksheets/sheet${i + 1}.xml`);
    const letters = sheet.columns.map((_, c) => columnLetter(c));
    let buf = sheetHead(sheet);
    let r = 0;
    for (const row of sheet.rows()) {
      r++;
      let xml = row.height ? `<row r="${r}" ht="${row.height}" customHeight="1">` : `<row r="${r}">`;
      const { values, style } = row;
      for (let c = 0; c < values.length; c++) {
        const s = typeof style === 'number' ? style : (style[c] ?? 0);
        xml += cellXml(`${letters[c] ?? columnLetter(c)}${r}`, values[c] ?? null, s);
      }
      buf += `${xml}</row>`;
      if (buf.length > CHUNK_CHARS) {
        f.push(strToU8(buf));
        buf = '';
      }
      if (++written % every === 0 && options.onProgress) await options.onProgress(written);
    }
    if (sheet.rowBytes) {
      f.push(strToU8(buf));
      buf = '';
      const out = new SheetBytes((chunk) => f.push(chunk));
      for (const _ of sheet.rowBytes(r + 1, out)) {
        out.maybeFlush();
        if (++written % every === 0 && options.onProgress) await options.onProgress(written);
      }
      out.flush();
    }
    f.push(strToU8(buf + sheetTail(sheet)));
    f.end();
  }
  return zip.finish();
}
