import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sheetDataBounds, splitSheetParts, splitSheetXml, withoutRows } from './sheet-split';

const te = new TextEncoder();
const td = new TextDecoder();
const enc = (s: string): Uint8Array => te.encode(s);
/** The text of parts joined as bytes (a part may end inside a Chinese character). */
const text = (parts: readonly Uint8Array[]): string =>
  td.decode(Uint8Array.from(parts.flatMap((p) => [...p])));
/** Byte length of a string as UTF-8 (offsets below are in bytes, cells hold Chinese text). */
const len = (s: string): number => te.encode(s).length;

const HEAD =
  '<?xml version="1.0"?><worksheet><dimension ref="A1:B9"/><cols><col min="1" max="2"/></cols><sheetData>';
const TAIL = '</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>';
const row = (r: number, value: string, p = ''): string =>
  `<${p}row r="${r}"><${p}c r="A${r}" t="inlineStr"><${p}is><${p}t>${value}</${p}t></${p}is></${p}c></${p}row>`;
const sheet = (rows: string, head = HEAD, tail = TAIL): Uint8Array => enc(head + rows + tail);
const rowsOf = (n: number, value = '张三'): string[] =>
  Array.from({ length: n }, (_, i) => row(i + 1, value));

describe('sheetDataBounds', () => {
  const bounds = (xml: string) => sheetDataBounds(enc(xml));

  it('finds the rows between <sheetData> and </sheetData>, in bytes', () => {
    const rows = row(1, '学号') + row(2, '张三');
    expect(bounds(HEAD + rows + TAIL)).toEqual({ start: len(HEAD), end: len(HEAD + rows) });
  });

  it('finds a prefixed tag with attributes: <x:sheetData attr="1"> … </x:sheetData>', () => {
    const head = '<x:worksheet xmlns:x="s"><x:sheetData attr="1">';
    const rows = row(1, 'a', 'x:');
    expect(bounds(`${head}${rows}</x:sheetData></x:worksheet>`)).toEqual({
      start: len(head),
      end: len(head + rows),
    });
  });

  it("ends at the LAST closing tag, as SheetJS's greedy regex does", () => {
    const inner = `${row(1, 'a')}</sheetData><extra/>${row(2, 'b')}`;
    expect(bounds(`${HEAD}${inner}</sheetData><ext>x</ext></worksheet>`)).toEqual({
      start: len(HEAD),
      end: len(HEAD + inner),
    });
  });

  it('has no rows for <sheetData/>, an unclosed <sheetData>, or no sheetData at all', () => {
    expect(bounds('<worksheet><sheetData/></worksheet>')).toBeNull();
    expect(bounds('<worksheet><sheetData /><other/></worksheet>')).toBeNull();
    expect(bounds(`<worksheet><sheetData>${row(1, 'a')}</worksheet>`)).toBeNull();
    expect(bounds('<worksheet><cols/></worksheet>')).toBeNull();
    expect(bounds('')).toBeNull();
  });

  it('ignores "sheetData" not preceded by < or <prefix:, opening or closing', () => {
    const head =
      '<worksheet><note>sheetData</note><xsheetData/><a:b:sheetData>x</a:b:sheetData><:sheetData><sheetData>';
    const rows = `${row(1, 'a')}<t>/sheetData></t>`;
    expect(
      bounds(
        `${head}${rows}</sheetData><t>x:sheetData></t><t>y/sheetData></t><sheetDataExt></sheetDataExt></worksheet>`,
      ),
    ).toEqual({ start: len(head), end: len(head + rows) });
  });
});

describe('splitSheetXml', () => {
  it('does not cut sheet data shorter than minBytes', () => {
    const rows = rowsOf(10).join('');
    expect(splitSheetXml(sheet(rows), len(rows) + 1)).toBeNull();
    expect(splitSheetXml(sheet(rows), len(rows))).not.toBeNull();
  });

  it('gives each half the head, its rows and the tail, cut right after the first row end at or after the middle', () => {
    const rows = rowsOf(9); // equal lengths: the middle lies inside row 5
    const halves = splitSheetXml(sheet(rows.join('')), 0);
    if (!halves) throw new Error('not cut');
    expect(text(halves.first)).toBe(HEAD + rows.slice(0, 5).join('') + TAIL);
    expect(text(halves.second)).toBe(HEAD + rows.slice(5).join('') + TAIL);
  });

  it('cuts after </x:row> and never inside a row, even when the middle falls in a closing tag', () => {
    const rows = [row(1, 'aaaa', 'x:'), row(2, 'b', 'x:'), row(3, 'c', 'x:'), row(4, 'd', 'x:')];
    const head = '<x:worksheet><x:sheetData>';
    const tail = '</x:sheetData></x:worksheet>';
    const all = rows.join('');
    const middle = Math.floor(len(all) / 2);
    const rowTwoEnd = len(rows.slice(0, 2).join(''));
    // The middle is inside row 2's </x:row>: that row end starts before it, so the cut is after row 3.
    expect(middle).toBeGreaterThan(rowTwoEnd - len('</x:row>'));
    expect(middle).toBeLessThan(rowTwoEnd);
    const halves = splitSheetXml(sheet(all, head, tail), 0);
    expect(text(halves?.first ?? [])).toBe(head + rows.slice(0, 3).join('') + tail);
    expect(text(halves?.second ?? [])).toBe(head + rows.slice(3).join('') + tail);
  });

  it('does not cut a sheet with a shared formula in its second half, but does when it is only in the first', () => {
    const f = (r: number) =>
      `<row r="${r}"><c r="A${r}"><f t="shared" ref="A1:A2" si="0">B1</f><v>1</v></c></row>`;
    const plain = rowsOf(6);
    expect(splitSheetXml(sheet([...plain.slice(0, 5), f(6)].join('')), 0)).toBeNull();
    expect(splitSheetXml(sheet([f(1), ...plain.slice(1)].join('')), 0)).not.toBeNull();
  });

  it('does not cut a sheet with an array formula in its first half, but does when it is only in the second', () => {
    const f = (r: number) =>
      `<row r="${r}"><c r="A${r}"><f t="array" ref="A${r}:A9">B1:B9</f><v>1</v></c></row>`;
    const plain = rowsOf(6);
    expect(splitSheetXml(sheet([f(1), ...plain.slice(1)].join('')), 0)).toBeNull();
    expect(splitSheetXml(sheet([...plain.slice(0, 5), f(6)].join('')), 0)).not.toBeNull();
  });

  it('does not cut when no row ends after the middle but before the end of the sheet data', () => {
    expect(splitSheetXml(sheet(row(1, 'a') + row(2, '很长的一行'.repeat(20))), 0)).toBeNull();
    expect(
      splitSheetXml(
        sheet(`${row(1, 'a')}${row(2, 'b')}<row r="3"><c r="A3"><v>${'9'.repeat(200)}</v></c>`),
        0,
      ),
    ).toBeNull();
    expect(splitSheetXml(sheet(''), 0)).toBeNull();
  });

  it('reads head, tail and the middle row only within a window: a sheet with a longer one is read whole', () => {
    const long = 'x'.repeat(1024 * 1024);
    const rows = rowsOf(4).join('');
    expect(splitSheetXml(sheet(rows), 0)).not.toBeNull();
    expect(splitSheetXml(sheet(rows, HEAD.replace('<cols>', `<cols>${long}`)), 0)).toBeNull();
    expect(splitSheetXml(sheet(rows, HEAD, TAIL + long), 0)).toBeNull();
    // The middle of a row over twice the window lies over a window away from its end.
    const longMiddle = [row(1, 'a'), row(2, long.repeat(3)), row(3, 'b')].join('');
    expect(splitSheetXml(sheet(longMiddle), 0)).toBeNull();
  });

  /** A generated worksheet: rows of cells whose text looks like tags (`row>`, `sheetData`, `/`, `:`). */
  const generated = fc
    .record({
      cells: fc.array(
        fc.array(
          fc.string({
            unit: fc.constantFrom('a', 'r', 'o', 'w', '>', '/', ':', ' ', '学', 'sheetData', '&lt;'),
            maxLength: 12,
          }),
          { maxLength: 3 },
        ),
        { minLength: 1, maxLength: 30 },
      ),
      p: fc.constantFrom('', 'x:'),
      newline: fc.boolean(),
      cuts: fc.array(fc.nat(), { maxLength: 8 }),
    })
    .map(({ cells, p, newline, cuts }) => {
      const rows = cells.map((values, i) => {
        const cs = values.map(
          (v, c) =>
            `<${p}c r="${String.fromCharCode(65 + c)}${i + 1}" t="inlineStr"><${p}is><${p}t>${v}</${p}t></${p}is></${p}c>`,
        );
        return `<${p}row r="${i + 1}">${cs.join('')}</${p}row>${newline ? '\n' : ''}`;
      });
      const head = `<${p}worksheet><${p}dimension ref="A1"/><${p}sheetData>`;
      const tail = `</${p}sheetData><${p}mergeCells/></${p}worksheet>`;
      const bytes = sheet(rows.join(''), head, tail);
      // The same bytes in chunks cut anywhere, as the zip scan hands them over.
      const at = [...new Set(cuts.map((c) => c % (bytes.length + 1))), bytes.length].sort((x, y) => x - y);
      const parts = at.map((end, i) => bytes.subarray(i === 0 ? 0 : (at[i - 1] as number), end));
      return { p, rows, head, tail, bytes, parts };
    });

  it('hands back every generated row, in order, once, from one buffer or chunks: the first half ends with the first row end at or after the middle', () => {
    fc.assert(
      fc.property(generated, ({ p, rows, head, tail, bytes, parts }) => {
        const halves = splitSheetParts(parts, 0);
        const whole = splitSheetXml(bytes, 0);
        expect(halves && { first: text(halves.first), second: text(halves.second) }).toEqual(
          whole && { first: text(whole.first), second: text(whole.second) },
        );
        // The expected cut: after the first closing row tag that starts at or after the middle, short of the end.
        const all = rows.join('');
        const middle = Math.floor(len(all) / 2);
        let at = 0;
        let cutRows = -1;
        rows.forEach((r, i) => {
          const end = at + len(r.replace(/\n$/, ''));
          if (cutRows < 0 && end - len(`</${p}row>`) >= middle && end < len(all)) cutRows = i + 1;
          at += len(r);
        });
        if (cutRows < 0) {
          expect(halves).toBeNull();
          return;
        }
        if (!halves) throw new Error('not cut');
        const [first, second] = [text(halves.first), text(halves.second)];
        expect(
          first.startsWith(head) && first.endsWith(tail) && second.startsWith(head) && second.endsWith(tail),
        ).toBe(true);
        const firstRows = first.slice(head.length, first.length - tail.length);
        expect(firstRows + second.slice(head.length, second.length - tail.length)).toBe(all);
        expect(firstRows).toBe(rows.slice(0, cutRows).join('').replace(/\n$/, ''));
        expect(text(withoutRows(parts) ?? [])).toBe(head + tail);
      }),
    );
  });
});

describe('withoutRows', () => {
  it('keeps the head and the tail and drops the rows', () => {
    expect(text(withoutRows(sheet(rowsOf(3).join(''))) ?? [])).toBe(HEAD + TAIL);
  });

  it('is null for a worksheet without sheet data', () => {
    expect(withoutRows(enc('<worksheet><sheetData/></worksheet>'))).toBeNull();
    expect(withoutRows(enc('<worksheet/>'))).toBeNull();
  });
});
