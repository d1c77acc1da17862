import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../catalog/builtin-catalog';
import type { StoredRow } from '../records/record-types';
import { blankCheckId, countExplainedEmpty, explainedBlanks } from './blank-notes';
import { cellBlockers } from './cell-blockers';
import { CHECK_ID_PATTERN } from './review-types';

const ID = '00000000-0000-4000-8000-000000000001';
const note = { text: '待学籍系统确认', by: '陈信息', at: '2026-09-01' };
const table = builtInCatalog().tables.find((t) => t.code === 'A10-1')!;
const rows: StoredRow[] = [
  { id: ID, values: { no: '2023001', name: null, sex: '男' }, by: 'x', at: 'a', src: 'typed' },
];

describe('留空说明 notes', () => {
  it('are justifications with a valid check id, read back by cell', () => {
    const id = blankCheckId(ID, 'name');
    expect(CHECK_ID_PATTERN.test(id)).toBe(true);
    const got = explainedBlanks({ [id]: note, 'rule:R1': note });
    expect([...got.values()]).toEqual([{ rowId: ID, fieldKey: 'name', note }]);
  });

  it('count only cells that are required and empty; a cell filled since needs none', () => {
    const blanks = explainedBlanks({ [blankCheckId(ID, 'name')]: note, [blankCheckId(ID, 'no')]: note });
    expect(countExplainedEmpty(table.fields, rows, blanks)).toBe(1);
  });

  it('keep an explained cell from blocking, and count it apart', () => {
    expect(cellBlockers(table, rows)).toMatchObject({ requiredEmpty: 1, explainedEmpty: 0 });
    const blanks = explainedBlanks({ [blankCheckId(ID, 'name')]: note });
    expect(cellBlockers(table, rows, blanks)).toMatchObject({
      requiredEmpty: 0,
      explainedEmpty: 1,
      first: [],
    });
  });
});
