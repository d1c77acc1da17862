import { describe, expect, it } from 'vitest';
import { builtInDepartments, nextCollegeCode } from './builtin-departments';
import { validateDepartments } from './validate-departments';
import type { Department } from './department-types';

const college = (code: string, name: string): Department => ({
  code,
  name,
  kind: 'college',
  builtIn: false,
  infoOfficer: '',
  head: '',
  phone: '',
  sortOrder: 100,
});

describe('departments', () => {
  it('ships the 17 departments of the regulation with unique stable codes', () => {
    const list = builtInDepartments();
    expect(list).toHaveLength(17);
    expect(new Set(list.map((d) => d.code)).size).toBe(17);
    expect(list.find((d) => d.code === 'DDS')?.name).toBe('教学督导室');
    expect(validateDepartments(list, []).ok).toBe(true);
  });

  it('numbers added secondary colleges C01, C02 … filling gaps', () => {
    expect(nextCollegeCode(builtInDepartments())).toBe('C01');
    expect(nextCollegeCode([...builtInDepartments(), college('C01', '机电学院'), college('C03', 'x')])).toBe(
      'C02',
    );
  });

  it('refuses duplicate names, removed built-ins and departments still holding tasks', () => {
    const list = builtInDepartments();
    const dup = validateDepartments([...list, college('C01', '人事处')], []);
    expect(!dup.ok && dup.error.message).toBe('部门名称「人事处」重复');
    const removed = validateDepartments(list.slice(1), []);
    expect(!removed.ok && removed.error.code).toBe('builtin-removed');
    const inUse = validateDepartments(list, [
      {
        tableCode: 'A10-1',
        responsibleDepartment: 'C09',
        cooperatingDepartments: [],
        summaryDepartment: null,
        deadline: '20260930',
      },
    ]);
    expect(!inUse.ok && inUse.error.message).toBe('部门 C09 仍承担表 A10-1 的任务，请先在任务分配中改派');
  });
});
