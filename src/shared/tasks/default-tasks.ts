/**
 * The starting task matrix for a new collection year: every defined table goes to the owner department
 * the catalog names (the office reassigns as needed), due at the year's fill deadline. Pending tables
 * (待定义) get no task until the office defines their fields.
 */
import type { Catalog } from '../catalog/catalog-types';
import { OFFICE_DEPARTMENT_CODE } from '../departments/builtin-departments';
import type { TaskAssignment } from './task-types';

export function defaultTasks(
  catalog: Catalog,
  knownDepartments: ReadonlySet<string>,
  deadline: string,
): TaskAssignment[] {
  return catalog.tables
    .filter((t) => t.status === 'defined')
    .map((t) => {
      const owner =
        t.ownerDepartment && knownDepartments.has(t.ownerDepartment)
          ? t.ownerDepartment
          : OFFICE_DEPARTMENT_CODE;
      return {
        tableCode: t.code,
        responsibleDepartment: owner,
        cooperatingDepartments: t.cooperatingDepartments.filter(
          (d) => d !== owner && knownDepartments.has(d),
        ),
        summaryDepartment: null,
        deadline,
      };
    });
}
