/**
 * The fixed parts of an .xlsx package (content types, relationships, workbook, styles) for
 * xlsx-stream-writer.ts. Styles are a short list of cell formats referred to by index.
 */
import { escapeXml } from './xml-text';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface XlsxStyle {
  /** Excel number format code: 'General', '@', '0', '0.00' … */
  readonly numFmt: string;
  readonly bold?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly fill?: string;
  readonly wrap?: boolean;
  /** Where the text sits in a tall row; wrapped cells default to the middle, others to Excel's bottom. */
  readonly vertical?: 'top' | 'center';
  /**
   * Excel's quote-prefix flag: the cell is text typed with a leading apostrophe, without the apostrophe
   * being part of the value (=SUM(A1) stays the text =SUM(A1), and Excel will not turn it into a formula on edit).
   */
  readonly quotePrefix?: boolean;
}

const BUILTIN_FORMATS: Readonly<Record<string, number>> = { General: 0, '0': 1, '0.00': 2, '@': 49 };

/** The xf's end: its alignment when it wraps or sets where the text sits, else nothing. */
function alignmentXml(s: XlsxStyle): string {
  const vertical = s.vertical ?? (s.wrap ? 'center' : null);
  if (vertical === null) return '/>';
  return ` applyAlignment="1"><alignment vertical="${vertical}"${s.wrap ? ' wrapText="1"' : ''}/></xf>`;
}

export function stylesXml(styles: readonly XlsxStyle[]): string {
  const custom = new Map<string, number>();
  for (const s of styles)
    if (!(s.numFmt in BUILTIN_FORMATS) && !custom.has(s.numFmt)) custom.set(s.numFmt, 164 + custom.size);
  const fmtId = (f: string): number => BUILTIN_FORMATS[f] ?? custom.get(f) ?? 0;
  const fonts = styles.map(
    (s) =>
      `<font>${s.bold ? '<b/>' : ''}<sz val="${s.size ?? 11}"/>${s.color ? `<color rgb="${s.color}"/>` : ''}<name val="宋体"/><charset val="134"/></font>`,
  );
  const fills = styles.map((s) =>
    s.fill
      ? `<fill><patternFill patternType="solid"><fgColor rgb="${s.fill}"/><bgColor indexed="64"/></patternFill></fill>`
      : '',
  );
  const fillIds: number[] = [];
  const fillXml = [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ];
  for (const f of fills) {
    if (f === '') fillIds.push(0);
    else {
      fillIds.push(fillXml.length);
      fillXml.push(f);
    }
  }
  const xfs = styles.map(
    (s, i) =>
      `<xf numFmtId="${fmtId(s.numFmt)}" fontId="${i}" fillId="${fillIds[i] ?? 0}" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"${fillIds[i] ? ' applyFill="1"' : ''}${s.quotePrefix ? ' quotePrefix="1"' : ''}${alignmentXml(s)}`,
  );
  return (
    `${DECL}<styleSheet xmlns="${MAIN}">` +
    (custom.size
      ? `<numFmts count="${custom.size}">${[...custom].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`).join('')}</numFmts>`
      : '') +
    `<fonts count="${fonts.length}">${fonts.join('')}</fonts><fills count="${fillXml.length}">${fillXml.join('')}</fills>` +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
  );
}

/** Print titles (rows repeated on every printed page) are workbook-level defined names, one per sheet. */
function printTitles(sheets: readonly { name: string; titleRows: string | null }[]): string {
  const names = sheets.flatMap((s, i) =>
    s.titleRows === null
      ? []
      : [
          `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(`'${s.name.replace(/'/g, "''")}'!${s.titleRows}`)}</definedName>`,
        ],
  );
  return names.length ? `<definedNames>${names.join('')}</definedNames>` : '';
}

export const XLSX_STATIC = {
  xmlDecl: DECL,
  contentTypes: (sheets: number): string =>
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    Array.from(
      { length: sheets },
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    ).join('') +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
  rootRels: `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  workbook: (sheets: readonly { name: string; hidden: boolean; titleRows: string | null }[]): string =>
    `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
    sheets
      .map(
        (s, i) =>
          `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`,
      )
      .join('') +
    '</sheets>' +
    printTitles(sheets) +
    '</workbook>',
  workbookRels: (sheets: number): string =>
    `${DECL}<Relationships xmlns="${PKG_REL}">` +
    Array.from(
      { length: sheets },
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    ).join('') +
    `<Relationship Id="rId${sheets + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
};
