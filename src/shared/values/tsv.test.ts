import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTsv, toTsv } from './tsv';

describe('parseTsv', () => {
  it('reads Excel text/plain: tabs, CRLF and the trailing CRLF after the last row', () => {
    expect(parseTsv('学号\t姓名\r\n2023000001\t张三\r\n')).toEqual([
      ['学号', '姓名'],
      ['2023000001', '张三'],
    ]);
  });

  it('keeps empty cells, empty rows and trailing empty cells', () => {
    expect(parseTsv('a\t\tc\r\n\r\n\t\r\n')).toEqual([['a', '', 'c'], [''], ['', '']]);
    expect(parseTsv('\r\n')).toEqual([['']]);
    expect(parseTsv('')).toEqual([]);
  });

  it('accepts text without a final line break, LF-only and lone CR line ends', () => {
    expect(parseTsv('a\tb')).toEqual([['a', 'b']]);
    expect(parseTsv('a\nb\n')).toEqual([['a'], ['b']]);
    expect(parseTsv('a\rb')).toEqual([['a'], ['b']]);
  });

  it('reads quoted cells with line breaks, tabs and doubled quotes', () => {
    expect(parseTsv('"第一行\n第二行"\t2\r\n"a\tb"\t"say ""hi""\n"\r\n')).toEqual([
      ['第一行\n第二行', '2'],
      ['a\tb', 'say "hi"\n'],
    ]);
    expect(parseTsv('"x\r\ny"\r\n')).toEqual([['x\r\ny']]);
  });

  it('keeps quotes Excel writes raw: a cell that only contains or is wrapped in quotes', () => {
    expect(parseTsv('"surrounded by quotes"\t3\r\n')).toEqual([['"surrounded by quotes"', '3']]);
    expect(parseTsv('5" disk\t"open\r\n')).toEqual([['5" disk', '"open']]);
    expect(parseTsv('"unterminated\nnext')).toEqual([['"unterminated'], ['next']]);
  });

  it('reads an Excel block whose quoted cell spans lines between ordinary cells', () => {
    const excel = '序号\t备注\t人数\r\n1\t"多行\r\n备注"\t30\r\n2\t\t40\r\n';
    expect(parseTsv(excel)).toEqual([
      ['序号', '备注', '人数'],
      ['1', '多行\r\n备注', '30'],
      ['2', '', '40'],
    ]);
  });
});

describe('toTsv', () => {
  it('writes TAB/CRLF with a CRLF after every row, quoting only cells that need it', () => {
    expect(
      toTsv([
        ['a', 'b'],
        ['1', ''],
      ]),
    ).toBe('a\tb\r\n1\t\r\n');
    expect(toTsv([['a\nb', 'c\td', '5" disk', '"q']])).toBe('"a\nb"\t"c\td"\t5" disk\t"""q"\r\n');
    expect(toTsv([])).toBe('');
  });

  it('round-trips any grid of strings through parseTsv', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.stringMatching(/^[\t\r\n"a 中]{0,6}$/),
      fc.constantFrom('', '"', '""', '"a"', '\r\n', '\t', 'a"', '"\t"'),
    );
    const grid = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 6 });
    fc.assert(
      fc.property(grid, (rows) => {
        expect(parseTsv(toTsv(rows))).toEqual(rows);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips rectangular grids the way a copied range is', () => {
    const grid = fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
      .chain(([r, c]) =>
        fc.array(fc.array(fc.string(), { minLength: c, maxLength: c }), { minLength: r, maxLength: r }),
      );
    fc.assert(
      fc.property(grid, (rows) => {
        expect(parseTsv(toTsv(rows))).toEqual(rows);
      }),
    );
  });
});
