import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { splitWorkbook } from './workbook-split';
import type { InflatedEntry } from './zip-scan';

const te = new TextEncoder();

/** An entry whose bytes come in `pieces` parts, cut anywhere (even inside a Chinese character). */
function entry(name: string, xml: string, pieces = 1): InflatedEntry {
  const bytes = te.encode(xml);
  const step = Math.ceil(bytes.length / pieces);
  const parts: Uint8Array[] = [];
  for (let o = 0; o < bytes.length || parts.length === 0; o += step) parts.push(bytes.subarray(o, o + step));
  return { rawName: te.encode(name), parts };
}

const row = (r: number, name: string): string =>
  `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${name}</t></is></c></row>`;
const rows = (from: number, to: number, name: string): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => row(from + i, name));
const ws = (body: string): string =>
  `<worksheet><dimension ref="A1:A9"/><sheetData>${body}</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;

/** The big sheet: nine rows of equal length, so the cut falls after row 5 (sheet-split.ts). */
const BIG = rows(1, 9, '张三');
const SMALL = rows(1, 3, '李四');

/** The entries that are not worksheets, as name → text. */
const OTHERS = {
  types: ['[Content_Types].xml', '<Types><Override PartName="/xl/workbook.xml"/></Types>'],
  book: [
    'xl/workbook.xml',
    '<workbook><sheets><sheet name="学生" sheetId="1"/><sheet name="说明" sheetId="2"/></sheets></workbook>',
  ],
  // Bigger than any worksheet, but not worksheets: never the one that is cut, never emptied (the last
  // two sit under xl/worksheets/, the last is even shaped like one, but in a subfolder).
  strings: ['xl/sharedStrings.xml', `<sst>${'<si><t>共享字符串</t></si>'.repeat(200)}</sst>`],
  rels: [
    'xl/worksheets/_rels/sheet2.xml.rels',
    `<Relationships>${'<Relationship Id="r"/>'.repeat(100)}</Relationships>`,
  ],
  copy: ['xl/worksheets/old/sheet2.xml', ws(rows(1, 30, '王五').join(''))],
} as const;

const workbook = (): InflatedEntry[] => [
  entry(...OTHERS.types),
  entry(...OTHERS.book),
  entry('xl/worksheets/sheet1.xml', ws(SMALL.join('')), 2),
  entry('xl/worksheets/sheet2.xml', ws(BIG.join('')), 5),
  entry(...OTHERS.rels),
  entry(...OTHERS.strings, 3),
  entry(...OTHERS.copy),
];

/** Each entry of an archive as [name, text], in the archive's order. */
function texts(zip: Uint8Array): [string, string][] {
  return Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, strFromU8(bytes)]);
}

/** What an archive of workbook() should hold, with the two worksheets' rows given. */
function expected(sheet1Rows: readonly string[], sheet2Rows: readonly string[]): [string, string][] {
  return [
    [...OTHERS.types],
    [...OTHERS.book],
    ['xl/worksheets/sheet1.xml', ws(sheet1Rows.join(''))],
    ['xl/worksheets/sheet2.xml', ws(sheet2Rows.join(''))],
    [...OTHERS.rels],
    [...OTHERS.strings],
    [...OTHERS.copy],
  ];
}

describe('splitWorkbook', () => {
  it("cuts the biggest worksheet: the first archive holds its first rows, the second its last rows and no other sheet's rows", () => {
    const halves = splitWorkbook(workbook(), 0);
    if (!halves) throw new Error('not cut');
    expect(texts(halves.first)).toEqual(expected(SMALL, BIG.slice(0, 5)));
    expect(texts(halves.second)).toEqual(expected([], BIG.slice(5)));
  });

  it('cuts the biggest worksheet wherever it stands in the archive', () => {
    const [types, book, small, big] = workbook();
    const halves = splitWorkbook(
      [big, types, small, book].filter((e) => e !== undefined),
      0,
    );
    if (!halves) throw new Error('not cut');
    expect(texts(halves.first).map(([name]) => name)).toEqual([
      'xl/worksheets/sheet2.xml',
      '[Content_Types].xml',
      'xl/worksheets/sheet1.xml',
      'xl/workbook.xml',
    ]);
    expect(new Map(texts(halves.first)).get('xl/worksheets/sheet2.xml')).toBe(ws(BIG.slice(0, 5).join('')));
    expect(new Map(texts(halves.second)).get('xl/worksheets/sheet2.xml')).toBe(ws(BIG.slice(5).join('')));
    expect(new Map(texts(halves.second)).get('xl/worksheets/sheet1.xml')).toBe(ws(''));
  });

  it('keeps a worksheet without sheet data as it is in the second archive', () => {
    const empty = '<worksheet><sheetData/></worksheet>';
    const halves = splitWorkbook(
      [entry('xl/worksheets/sheet1.xml', empty), entry('xl/worksheets/sheet2.xml', ws(BIG.join('')), 2)],
      0,
    );
    if (!halves) throw new Error('not cut');
    expect(texts(halves.second)).toEqual([
      ['xl/worksheets/sheet1.xml', empty],
      ['xl/worksheets/sheet2.xml', ws(BIG.slice(5).join(''))],
    ]);
  });

  it('is null when no worksheet reaches minBytes, even if another entry does', () => {
    const entries = workbook();
    const bigBytes = te.encode(ws(BIG.join(''))).length;
    expect(splitWorkbook(entries, bigBytes + 1)).toBeNull();
    expect(
      splitWorkbook(
        [entry(...OTHERS.book), entry(...OTHERS.strings), entry(...OTHERS.rels), entry(...OTHERS.copy)],
        0,
      ),
    ).toBeNull();
  });

  it('is null when the biggest worksheet cannot be cut, even if a smaller one could', () => {
    const shared = `<row r="9"><c r="A9"><f t="shared" ref="A8:A9" si="0">B8</f><v>1</v></c></row>`;
    const entries = [
      entry('xl/worksheets/sheet1.xml', ws(SMALL.join(''))),
      entry('xl/worksheets/sheet2.xml', ws([...BIG.slice(0, 8), shared].join('')), 3),
    ];
    expect(splitWorkbook(entries, 0)).toBeNull();
  });
});
