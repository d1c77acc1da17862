import { describe, expect, it } from 'vitest';
import { OFFICE_ADDRESSEE } from '../bundle/manifest';
import { builtInDepartments } from './builtin-departments';
import { departmentNamer } from './department-names';

describe('departmentNamer', () => {
  const name = departmentNamer([...builtInDepartments(), { code: 'C01', name: '机电学院' }]);
  it('names a department, a college and the office by name, and an unknown code as itself', () => {
    expect(name('XGC')).toBe('学生工作处');
    expect(name('C01')).toBe('机电学院');
    expect(name(OFFICE_ADDRESSEE)).toBe('督导室');
    expect(name('C99')).toBe('C99');
  });
});
