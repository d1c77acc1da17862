import { describe, expect, it } from 'vitest';
import { defaultTableKind, tableKind } from './table-kind';

describe('table kind', () => {
  it('defaults by the national category: A1–A5 basic, A6/A7/A10 source, the rest special', () => {
    expect(['A1', 'A1-6', 'A3', 'A5-2'].map(defaultTableKind)).toEqual(['basic', 'basic', 'basic', 'basic']);
    expect(['A6-1-1', 'A7-2', 'A10-1'].map(defaultTableKind)).toEqual(['source', 'source', 'source']);
    expect(['A8-1', 'A9-5', 'A11-2', 'A12', 'X-1', 'A100'].map(defaultTableKind)).toEqual([
      'special',
      'special',
      'special',
      'special',
      'special',
      'special',
    ]);
  });

  it('prefers the kind the catalog stores', () => {
    expect(tableKind({ code: 'A3', kind: 'special' })).toBe('special');
    expect(tableKind({ code: 'A3' })).toBe('basic');
  });
});
