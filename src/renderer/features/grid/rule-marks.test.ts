import { describe, expect, it } from 'vitest';
import type { StoredRow } from '../../../shared/records/record-types';
import type { RowRuleIssue } from '../rules/row-rule-issues';
import { cachedCheck, emptyRuleMarks, scanChunk, updateRuleMarks } from './rule-marks';

const row = (id: string, a: number, b: number): StoredRow =>
  ({ id, values: { a, b }, by: 'x', at: '2026-01-01T00:00:00Z', src: 'typed' }) as StoredRow;

/** a <= b is an error reading both cells; a > 100 a warning reading a. */
function check(r: StoredRow): RowRuleIssue[] {
  const { a, b } = r.values as { a: number; b: number };
  const out: RowRuleIssue[] = [];
  if (a > b) out.push({ ruleId: 'le', importance: 'high', message: `${a} > ${b}`, fieldKeys: ['a', 'b'] });
  if (a > 100) out.push({ ruleId: 'big', importance: 'low', message: 'big', fieldKeys: ['a'] });
  return out;
}

describe('rule marks', () => {
  it('indexes failures per row and cell, the worst level winning, in chunks', () => {
    const rows = [row('r1', 1, 2), row('r2', 200, 3), row('r3', 150, 200)];
    const index = emptyRuleMarks();
    let at = scanChunk(index, rows, 0, 2, check);
    expect(at).toBe(2);
    at = scanChunk(index, rows, at, 4, check);
    expect(at).toBe(3);
    expect(index.counts).toEqual({ errors: 1, warnings: 2 });
    expect(index.byRow.has('r1')).toBe(false);
    expect(index.cells.get('r2')?.get('a')).toBe('error');
    expect(index.cells.get('r2')?.get('b')).toBe('error');
    expect(index.cells.get('r3')?.get('a')).toBe('warning');
    expect(index.cells.get('r3')?.has('b')).toBe(false);
  });

  it('re-checks only the replaced rows after an edit, and asks for a full pass when rows were added', () => {
    const rows = [row('r1', 1, 2), row('r2', 200, 3)];
    const cache = new WeakMap<StoredRow, readonly RowRuleIssue[]>();
    let calls = 0;
    const counted = (r: StoredRow) => {
      calls++;
      return check(r);
    };
    const index = emptyRuleMarks();
    scanChunk(index, rows, 0, rows.length, (r) => cachedCheck(cache, counted, r));
    expect(calls).toBe(2);
    const edited = [rows[0] as StoredRow, row('r2', 2, 3)];
    expect(updateRuleMarks(index, rows, edited, (r) => cachedCheck(cache, counted, r))).toBe(true);
    expect(calls).toBe(3);
    expect(index.counts).toEqual({ errors: 0, warnings: 0 });
    expect(index.cells.size).toBe(0);
    expect(updateRuleMarks(index, edited, [...edited, row('r3', 5, 1)], check)).toBe(false);
  });
});
