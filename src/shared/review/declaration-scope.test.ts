import { describe, expect, it } from 'vitest';
import { declarationScope } from './declaration-scope';
import type { Submission } from './review-types';

const sub = (tableCode: string, state: Submission['state'], departmentCode = 'TW'): Submission => ({
  departmentCode,
  tableCode,
  summaryDepartment: null,
  state,
  justifications: {},
  history: [],
});

describe('declarationScope', () => {
  it('covers only approved slices with rows; lists the others and the empty tables apart', () => {
    const scope = declarationScope(
      'TW',
      ['A10-3', 'A10-4', 'A10-5', 'A9-6-1', 'A9-6-3'],
      [
        sub('A10-3', 'dept-approved'),
        sub('A10-4', 'submitted'),
        sub('A10-5', 'school-approved'),
        sub('A9-6-1', 'dept-approved', 'XGC'),
      ],
      new Map([
        ['A10-3', 3],
        ['A10-4', 2],
        ['A10-5', 1],
        ['A9-6-1', 4],
      ]),
    );
    expect(scope).toEqual({
      approved: ['A10-3', 'A10-5'],
      notApproved: [
        { tableCode: 'A10-4', state: 'submitted' },
        // Another department's approval does not count for this one's slice.
        { tableCode: 'A9-6-1', state: 'draft' },
      ],
      empty: ['A9-6-3'],
    });
  });
});
