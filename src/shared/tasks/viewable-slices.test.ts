import { describe, expect, it } from 'vitest';
import type { TaskAssignment } from './task-types';
import { viewableSliceDepartments } from './viewable-slices';

const task = (summaryDepartment: string | null): TaskAssignment => ({
  tableCode: 'A9-6-1',
  responsibleDepartment: 'TW',
  cooperatingDepartments: ['JWC'],
  summaryDepartment,
  deadline: '20260531',
});
const at = (role: 'office' | 'summary' | 'department', code: string | null, t?: TaskAssignment) =>
  viewableSliceDepartments({
    station: { role, departmentCode: code },
    task: t,
    ownerDepartment: 'XGC',
    departments: ['TW', 'XGC', 'JWC'],
  });

describe('viewableSliceDepartments', () => {
  it('the office opens every contributor’s slice, the responsible department first', () => {
    expect(at('office', null, task('XGC'))).toEqual(['TW', 'JWC']);
    expect(at('office', null)).toEqual(['XGC']);
  });

  it('a summary department opens its own slice first, then those of the departments it summarises', () => {
    expect(at('summary', 'XGC', task('XGC'))).toEqual(['XGC', 'TW', 'JWC']);
  });

  it('a summary department holds no copy of a table that does not go through it', () => {
    expect(at('summary', 'XGC', task(null))).toEqual(['XGC']);
    expect(at('summary', 'XGC', task('ZZB'))).toEqual(['XGC']);
    expect(at('summary', 'XGC')).toEqual(['XGC']);
  });

  it('a department station opens only its own slice', () => {
    expect(at('department', 'TW', task('XGC'))).toEqual(['TW']);
  });
});
