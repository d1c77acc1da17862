import { describe, expect, it } from 'vitest';
import {
  dept,
  direct,
  directTask,
  office,
  routedTask,
  summary,
} from '../../../shared/review/review-test-fixtures';
import { allowedActions, canJustify, stationSlices } from './review-scope';

describe('review scope', () => {
  it('shows a department its own slices, a summary station also those it summarises, the office all', () => {
    const tasks = [directTask, routedTask];
    const names = (role: 'office' | 'summary' | 'department', code: string | null) =>
      stationSlices(tasks, [], { role, departmentCode: code }).map(
        (s) => `${s.tableCode}/${s.departmentCode}`,
      );
    expect(names('department', 'XGC')).toEqual(['A10-1/XGC']);
    expect(names('summary', 'JWC')).toEqual(['A10-1/JWC', 'A10-1/XGC']);
    expect(names('office', null)).toEqual(['A3/RSC', 'A10-1/JWC', 'A10-1/XGC']);
  });

  it('offers each role only the steps the state machine would accept', () => {
    expect(allowedActions(direct('draft'), dept('RSC', 'filler'))).toEqual(['submit']);
    // In a year locked here (已锁定（未报送）) a draft offers nothing: the writer would refuse it.
    expect(allowedActions(direct('draft'), dept('RSC', 'filler'), true)).toEqual([]);
    expect(allowedActions(direct('locked'), office('supervisor'), true)).toEqual(['reopen']);
    expect(allowedActions(direct('draft'), dept('RSC', 'head'))).toEqual([]);
    expect(allowedActions(direct('submitted'), dept('RSC', 'head'))).toEqual(['approve', 'return']);
    expect(allowedActions(direct('dept-approved'), office('supervisor'))).toEqual(['receive', 'return']);
    expect(allowedActions(direct('received'), office('supervisor'))).toEqual(['approve', 'return']);
    expect(allowedActions(direct('school-approved'), office('leader'))).toEqual(['lock']);
    expect(allowedActions(direct('locked'), office('supervisor'))).toEqual(['reopen']);
    expect(allowedActions(direct('received'), summary('JWC', 'head'))).toEqual([]);
  });

  it('lets only the filling station justify, and only while the data is in its hands', () => {
    expect(canJustify(direct('draft'), dept('RSC', 'filler'))).toBe(true);
    expect(canJustify(direct('dept-approved'), dept('RSC', 'filler'))).toBe(false);
    expect(canJustify(direct('draft'), office('supervisor'))).toBe(false);
    expect(canJustify(direct('submitted'), dept('RSC', 'head'))).toBe(false);
  });
});
