import { describe, expect, it } from 'vitest';
import {
  canAssignTask,
  canAssignTasks,
  canEditCatalog,
  canEditDepartment,
  canEditSettings,
  taskMatrixRefusal,
} from './permissions';

const office = { role: 'office' as const, departmentCode: null };
const dept = { role: 'department' as const, departmentCode: 'JWC' };

describe('station permissions', () => {
  it('lets only the office supervisor or head edit the catalog and tasks', () => {
    expect(canEditCatalog(office, 'supervisor')).toBe(true);
    expect(canEditCatalog(office, 'filler')).toBe(false);
    expect(canEditCatalog(dept, 'head')).toBe(false);
    expect(canAssignTasks(office, 'head')).toBe(true);
    expect(canAssignTasks(dept, 'head')).toBe(false);
  });

  it("lets the leading group's 组长 assign only tables several departments fill", () => {
    const single = { cooperatingDepartments: [], summaryDepartment: null };
    const cross = { cooperatingDepartments: ['TW'], summaryDepartment: null };
    const gathered = { cooperatingDepartments: [], summaryDepartment: 'XGC' };
    expect(canAssignTasks(office, 'leader')).toBe(true);
    expect(canAssignTask(office, 'leader', single)).toBe(false);
    expect(canAssignTask(office, 'leader', cross)).toBe(true);
    expect(canAssignTask(office, 'leader', gathered)).toBe(true);
    expect(canAssignTask(office, 'supervisor', single)).toBe(true);
    expect(canAssignTask(office, 'filler', cross)).toBe(false);
    expect(canAssignTask(dept, 'head', cross)).toBe(false);
  });

  it('names why a task-matrix save is refused, judging each changed row as it was saved', () => {
    const task = (code: string, coop: string[]) => ({
      tableCode: code,
      responsibleDepartment: 'XGC',
      cooperatingDepartments: coop,
      summaryDepartment: null,
      deadline: '20251010',
    });
    const before = [task('A10-1', []), task('A9-6-1', ['TW'])];
    const unchangedSingle = [task('A10-1', []), task('A9-6-1', [])];
    expect(taskMatrixRefusal(office, 'leader', before, unchangedSingle)).toBeNull();
    expect(taskMatrixRefusal(office, 'leader', before, [task('A10-1', ['TW']), before[1]!])).toMatch(
      /表 A10-1 由单一部门填报/,
    );
    expect(taskMatrixRefusal(office, 'supervisor', before, [task('A10-1', ['TW'])])).toBeNull();
    expect(taskMatrixRefusal(office, 'filler', before, before)).toMatch(/只有督导员/);
    expect(taskMatrixRefusal(dept, 'head', before, before)).toMatch(/初始化包/);
  });

  it("lets a department head edit only their own department's contacts", () => {
    expect(canEditDepartment(dept, 'head', 'JWC')).toBe(true);
    expect(canEditDepartment(dept, 'head', 'RSC')).toBe(false);
    expect(canEditDepartment(dept, 'filler', 'JWC')).toBe(false);
    expect(canEditDepartment(office, 'supervisor', 'RSC')).toBe(true);
  });

  it('gives year settings to heads and the office supervisor', () => {
    expect(canEditSettings(dept, 'head')).toBe(true);
    expect(canEditSettings(dept, 'filler')).toBe(false);
    expect(canEditSettings(office, 'supervisor')).toBe(true);
    expect(canEditSettings(office, 'leader')).toBe(false);
  });
});
