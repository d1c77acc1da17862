import { describe, expect, it } from 'vitest';
import { compareTableCodes } from './table-code-order';

describe('compareTableCodes', () => {
  it('sorts by the numbers in the code, not character by character', () => {
    const codes = ['A10-1', 'A2', 'A1-X1', 'A11-2', 'A1', 'A6-1-2-1', 'A6-1-10', 'A1-6', 'A9-6-3', 'A10-2-1'];
    expect([...codes].sort(compareTableCodes)).toEqual([
      'A1',
      'A1-6',
      'A1-X1',
      'A2',
      'A6-1-2-1',
      'A6-1-10',
      'A9-6-3',
      'A10-1',
      'A10-2-1',
      'A11-2',
    ]);
  });
});
