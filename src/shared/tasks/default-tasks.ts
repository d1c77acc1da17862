/**
 * The starting task matrix for a new collection year: every defined table goes to the owner department
 * the catalog names (the office reassigns as needed), due at the year's fill deadline. Pending tables
 * (待定义) get no task until the office defines their fields. A table the secondary colleges fill (各二级学院)
 * is filled by every college of the year and routed through its owner as summary department, which
 * reviews and gathers the colleges' rows (docs/ARCHITECTURE.md §1, three-level review). The teachers'
 * basic-information tables are kept current when their facts change (update-points.ts).
 */
import type { Catalog } from '../catalog/catalog-types';
import { COLLEGE_FILLED_TABLES, ON_CHANGE_TABLES } from '../catalog/builtin/table-profiles';
import { OFFICE_DEPARTMENT_CODE } from '../departments/builtin-departments';
import type { Department } from '../departments/department-types';
import type { TaskAssignment } from './task-types';

export function defaultTasks(
  catalog: Catalog,
  departments: readonly Pick<Department, 'code' | 'kind'>[],
  deadline: string,
): TaskAssignment[] {
  const known = new Set(departments.map((d) => d.code));
  const colleges = departments.filter((d) => d.kind === 'college').map((d) => d.code);
  return catalog.tables
    .filter((t) => t.status === 'defined')
    .map((t) => {
      const owner =
        t.ownerDepartment && known.has(t.ownerDepartment) ? t.ownerDepartment : OFFICE_DEPARTMENT_CODE;
      const fromColleges = COLLEGE_FILLED_TABLES.has(t.code) ? colleges : [];
      const cooperating = [...new Set([...t.cooperatingDepartments, ...fromColleges])].filter(
        (d) => d !== owner && known.has(d),
      );
      return {
        tableCode: t.code,
        responsibleDepartment: owner,
        cooperatingDepartments: cooperating,
        summaryDepartment: fromColleges.length > 0 && owner !== OFFICE_DEPARTMENT_CODE ? owner : null,
        deadline,
        ...(ON_CHANGE_TABLES.has(t.code) ? { updateOnChange: true as const } : {}),
      };
    });
}
