import { describe, expect, it } from 'vitest';
import { checkMapping, initialMapping, mappingNeedsReview, mappingToRemember } from './column-mapping';
import { studentTable } from './test-tables';

const columns = [
  { index: 0, label: '编号', fieldKey: null },
  { index: 1, label: '姓名', fieldKey: 'name' },
  { index: 2, label: '备注', fieldKey: null },
];

describe('column mapping', () => {
  it('uses detected fields and remembered choices, and asks for review when a labelled column is unmapped', () => {
    const t = studentTable();
    const first = initialMapping(columns, t, null);
    expect(first).toEqual([null, 'name', null]);
    expect(mappingNeedsReview(columns, first, t)).toBe(true);
    const chosen = ['no', 'name', null];
    const saved = mappingToRemember(columns, chosen, null);
    expect(saved).toEqual({ 编号: 'no' });
    expect(initialMapping(columns, t, saved)).toEqual(['no', 'name', null]);
  });

  it('reports a field chosen twice and required fields left out', () => {
    const check = checkMapping(['name', 'name', null], studentTable());
    expect(check.duplicates).toEqual(['name']);
    expect(check.missingRequired.map((f) => f.key)).toEqual(['no', 'sex']);
  });

  it('ignores remembered keys the table no longer has and keys inherited from Object.prototype', () => {
    const saved = JSON.parse('{"编号":"gone","__proto__":{"x":1}}') as Record<string, string>;
    expect(initialMapping(columns, studentTable(), saved)).toEqual([null, 'name', null]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
