import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ColumnMapping } from './column-mapping';
import { convertRows, convertSheet, joinParts, type ConvertedPart } from './import-convert';
import { MAX_LISTED_ISSUES, type ImportIssue, type IssueCounts } from './import-issues';
import { FORMULA_WITHOUT_VALUE, type SheetCell } from './sheet-cell';
import { grid, studentTable } from './test-tables';

const table = studentTable();
const labels = ['学号', '姓名', '性别', '学制', '出生日期', '入学成绩', '入学日期'];
const FULL: ColumnMapping = [
  'no',
  'name',
  'sex',
  'lengthofschooling',
  'birthday',
  'test_scores',
  'admissiondate',
];
/** 性别 (required) left unmapped: every row gets a required-cell notice in column —. */
const WITHOUT_SEX: ColumnMapping = [
  'no',
  'name',
  null,
  'lengthofschooling',
  'birthday',
  'test_scores',
  'admissiondate',
];

/**
 * Cells per column: good values, values the column cannot hold (blocking), trimmed and warned ones, empty
 * required cells, and few keys so natural keys repeat (within a part and across the cut).
 */
const COLUMN_CELLS: readonly (readonly SheetCell[])[] = [
  ['2023001', '2023002', 20230003, ' 2023001 ', 440508199001011000, null, { error: '#N/A' }],
  ['张三', ' 李四 ', null, { error: FORMULA_WITHOUT_VALUE }],
  ['男', '女', '男性', null],
  [3, 3.5, '三年', '4', null, 9],
  [{ date: [2005, 1, 2, 0, 0, 0] }, '2005-13-01', '20050304', null, true],
  ['90', '12.5%', { percent: 0.125 }, 'abc', null, 0.1 + 0.2],
  ['202309', '20230901', { date: [2023, 9, 1, 0, 0, 0] }, '2023-13', null],
];

const dataRow = fc
  .tuple(...COLUMN_CELLS.map((cells) => fc.constantFrom(...cells)))
  .map((cells): SheetCell[] => cells);
const blankRow = fc.constant<SheetCell[]>(COLUMN_CELLS.map(() => null));
/** Data rows, some blank; the header is row 1. */
const sheetRows = fc.array(fc.oneof({ arbitrary: dataRow, weight: 4 }, { arbitrary: blankRow, weight: 1 }), {
  maxLength: 40,
});

/** The two parts joined, with the parts' values laid end to end, as convertSheet returns a whole sheet. */
function convertInTwo(rows: SheetCell[][], mapping: ColumnMapping, cut: number) {
  const g = grid([labels, ...rows], [], '学生');
  const parts: ConvertedPart[] = [
    convertRows(g, table, mapping, { start: 1, end: cut }, labels),
    convertRows(g, table, mapping, { start: cut, end: g.rowCount }, labels),
  ];
  const summaries = parts.map(({ values: _values, ...summary }) => summary);
  const joined = joinParts(summaries, { table, mapping, labels, sheet: g.name });
  return {
    joined: { ...joined, values: parts.flatMap((p) => p.values) },
    whole: convertSheet(g, table, mapping, 1, labels),
    parts,
  };
}

/** The counts a list of every problem implies (how the converter counts, restated). */
function countsOf(issues: readonly ImportIssue[]): IssueCounts {
  const c: IssueCounts = { blocking: 0, duplicates: 0, required: 0, warning: 0, trimmed: 0, reformatted: 0 };
  for (const i of issues) {
    if (i.code === 'duplicate-key') c.duplicates++;
    if (i.blocking) c.blocking++;
    else if (i.code === 'required') c.required++;
    else if (i.code === 'trimmed') c.trimmed++;
    else if (i.code === 'reformatted') c.reformatted++;
    else c.warning++;
  }
  return c;
}

describe('convertRows + joinParts (a sheet converted in two parts)', () => {
  it('gives what one pass over the whole sheet gives, wherever the cut falls', () => {
    fc.assert(
      fc.property(sheetRows, fc.nat(), fc.constantFrom(FULL, WITHOUT_SEX), (rows, c, mapping) => {
        const cut = 1 + (c % (rows.length + 1));
        const { joined, whole } = convertInTwo(rows, mapping, cut);
        expect(joined.issues).toEqual(whole.issues);
        expect(joined.counts).toEqual(whole.counts);
        expect(joined.skippedEmptyRows).toBe(whole.skippedEmptyRows);
        expect(joined.sheetRows).toEqual(whole.sheetRows);
        expect(joined.keys).toEqual(whole.keys);
        expect(joined.values).toEqual(whole.values);
        expect(joined.dropped).toEqual(whole.dropped);
        // Every dropped cell is one the written rows leave empty, and one blocking cell problem.
        for (const d of joined.dropped) expect(joined.values[d.index]?.[d.fieldKey]).toBeNull();
        expect(joined.dropped).toHaveLength(joined.counts.blocking - joined.counts.duplicates);
        // And checks that do not go through joinParts, which convertSheet uses too.
        expect(joined.values.length + joined.skippedEmptyRows).toBe(rows.length);
        expect(joined.keys).toEqual(joined.values.map((v) => (v.no ? `${String(v.no)}\u0000` : null)));
        if (joined.issues.length < MAX_LISTED_ISSUES) expect(joined.counts).toEqual(countsOf(joined.issues));
      }),
    );
  });

  it('finds a natural key repeated across the cut, which neither part finds alone', () => {
    const row = (no: string): SheetCell[] => [no, '张三', '男', 3, '20050304', '90', '202309'];
    const { joined, whole, parts } = convertInTwo(
      [row('2023002'), row('2023001'), row('2023003'), row('2023001')],
      FULL,
      3,
    );
    expect(parts.map((p) => p.counts.duplicates)).toEqual([0, 0]);
    expect(parts.map((p) => p.keys)).toEqual([
      ['2023002\u0000', '2023001\u0000'],
      ['2023003\u0000', '2023001\u0000'],
    ]);
    expect(joined.counts).toMatchObject({ duplicates: 1, blocking: 1 });
    expect(joined.issues).toEqual([
      expect.objectContaining({ code: 'duplicate-key', row: 5, column: 'A', value: '2023001' }),
    ]);
    expect(joined.issues[0]?.message).toContain('第 3 行');
    expect(joined).toEqual(whole);
  });

  it("lists problems up to MAX_LISTED_ISSUES across the join, in one pass's order, and keeps counting past it", () => {
    // Two blocking cells a row (性别, 学制) and a key every row repeats: 8,000 cell problems, 3,999 repeats.
    const rows: SheetCell[][] = Array.from({ length: 4000 }, () => [
      '2023001',
      '张三',
      '男性',
      '三年',
      '20050304',
      '90',
      '202309',
    ]);
    const { joined, whole, parts } = convertInTwo(rows, FULL, 3001);
    expect(parts[0]?.issues).toHaveLength(MAX_LISTED_ISSUES);
    expect(parts[0]?.counts.blocking).toBe(6000);
    expect(parts[1]?.issues).toHaveLength(2000);
    expect(joined.issues).toHaveLength(MAX_LISTED_ISSUES);
    expect(joined.issues).toEqual(whole.issues);
    expect(joined.issues.at(-1)).toMatchObject({ row: 2501, column: 'D' });
    expect(joined.counts).toEqual({
      blocking: 8000 + 3999,
      duplicates: 3999,
      required: 0,
      warning: 0,
      trimmed: 0,
      reformatted: 0,
    });
    expect(joined.counts).toEqual(whole.counts);
  });

  it("lists the second part's problems after the first part's until the cap, then only counts them", () => {
    // 2,400 rows × 2 problems before the cut: the second part's first 200 problems fill the list.
    const rows: SheetCell[][] = Array.from({ length: 3000 }, (_, i) => [
      `20230${i}`,
      '张三',
      '男性',
      '三年',
      '20050304',
      '90',
      null,
    ]);
    const { joined, whole } = convertInTwo(rows, FULL, 2401);
    expect(joined.issues).toHaveLength(MAX_LISTED_ISSUES);
    expect(joined.issues.at(-1)).toMatchObject({ row: 2501, column: 'D' });
    expect(joined.counts.blocking).toBe(6000);
    expect(joined).toEqual(whole);
  });
});
