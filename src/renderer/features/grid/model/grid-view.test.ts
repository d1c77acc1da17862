import { describe, expect, it } from 'vitest';
import type { FieldDef, TableDef } from '../../../../shared/catalog/catalog-types';
import type { StoredRow } from '../../../../shared/records/record-types';
import { clipboardFlavours, rangeCells } from './copy-out';
import { gridColumns } from './grid-columns';
import { cellText, computeView, findNext, NO_FILTER, patchView } from './grid-view';
import { buildIssues, listIssues, updateIssues } from './issue-index';
import { parseTsv } from '../../../../shared/values/tsv';

const f = (key: string, type: FieldDef['type'], required = false): FieldDef => ({
  key,
  label: key,
  type,
  unit: '',
  required,
  note: '',
  verified: true,
});
const table = {
  code: 'T1',
  fields: [f('name', 'text', true), f('n', 'integer')],
  naturalKey: [],
} as unknown as TableDef;
const columns = gridColumns(table);
const row = (id: string, name: string | null, n: number | string | null): StoredRow => ({
  id,
  values: { name, n },
  by: 'u',
  at: '2025-09-01T00:00:00.000Z',
  src: 'typed',
});
const rows = [row('a', '张三', 3), row('b', '李四', null), row('c', '王五', 1), row('d', null, '三十')];

describe('computeView', () => {
  it('is null for the stored order and sorts numbers with empty cells last in both directions', () => {
    expect(computeView(rows, columns, null, NO_FILTER, () => false)).toBeNull();
    expect(computeView(rows, columns, { col: 1, dir: 'asc' }, NO_FILTER, () => false)).toEqual([2, 0, 3, 1]);
    expect(computeView(rows, columns, { col: 1, dir: 'desc' }, NO_FILTER, () => false)).toEqual([3, 0, 2, 1]);
  });

  it('filters by text in any or one column, and to rows with issues', () => {
    expect(
      computeView(rows, columns, null, { text: '李', col: null, onlyIssues: false }, () => false),
    ).toEqual([1]);
    expect(computeView(rows, columns, null, { text: '3', col: 0, onlyIssues: false }, () => false)).toEqual(
      [],
    );
    const issues = buildIssues(table, rows);
    const view = computeView(rows, columns, null, { text: '', col: null, onlyIssues: true }, (r) =>
      issues.byRow.has(r.id),
    );
    expect(view).toEqual([3]);
  });

  it('patches the view after deletes and inserts without re-sorting', () => {
    const view = [2, 0, 3, 1];
    expect(patchView(view, [{ index: 0, before: rows[0] as StoredRow, after: null }])).toEqual([1, 2, 0]);
    expect(patchView(view, [{ index: 0, before: null, after: row('x', 'x', 0) }])).toEqual([3, 0, 1, 4, 2]);
    expect(patchView(null, [])).toBeNull();
  });

  it('finds the next matching cell, wrapping', () => {
    expect(findNext(rows, null, columns, '王', { col: 0, row: 0 })).toEqual({ col: 0, row: 2 });
    expect(findNext(rows, null, columns, '张', { col: 0, row: 2 })).toEqual({ col: 0, row: 0 });
    expect(findNext(rows, null, columns, '不存在', { col: 0, row: 0 })).toBeNull();
  });
});

describe('issue index', () => {
  it('counts errors and empty required cells and follows edits', () => {
    const index = buildIssues(table, rows);
    expect(index.counts).toEqual({ errors: 1, requiredEmpty: 1, warnings: 0 });
    expect(listIssues(table, rows, index, 10).map((i) => [i.storedIndex, i.fieldKey, i.issue.code])).toEqual([
      [3, 'name', 'required'],
      [3, 'n', 'not-a-number'],
    ]);
    updateIssues(index, [{ index: 3, before: rows[3] as StoredRow, after: row('d', '赵六', 30) }]);
    expect(index.counts).toEqual({ errors: 0, requiredEmpty: 0, warnings: 0 });
  });
});

describe('copy out', () => {
  it('gives TSV that parses back to the same cells, and HTML marking text columns', () => {
    const cells = [
      ['张三', '1'],
      ['多行\n文本', '"引号"'],
      ['', '\t'],
    ];
    const out = clipboardFlavours(cells, (i) => i === 0);
    expect(parseTsv(out.text)).toEqual(cells);
    expect(out.html).toContain("mso-number-format:'\\@'");
    expect(rangeCells({ c0: 0, r0: 0, c1: 1, r1: 0 }, (r, c) => `${r}${c}`)).toEqual([['00', '01']]);
  });
});

describe('the 待核实 filter', () => {
  it('keeps only rows carried from last year and not yet confirmed, marked in the 确认人 and 确认时间 columns', () => {
    const carried = rows.map((r, i) => (i % 2 === 0 ? { ...r, src: 'carried' as const } : r));
    expect(computeView(carried, columns, null, { ...NO_FILTER, onlyCarried: true }, () => false)).toEqual([
      0, 2,
    ]);
    const by = columns.find((c) => c.kind === 'meta' && c.meta === 'by');
    expect(cellText(by, carried[0])).toBe('待核实（u）');
    expect(cellText(by, carried[1])).toBe('u');
    const at = columns.find((c) => c.kind === 'meta' && c.meta === 'at');
    expect(cellText(at, carried[0])).toBe('待核实');
    expect(cellText(at, carried[1])).not.toBe('待核实');
  });
});
