/**
 * A department's name for messages and buttons, by its code: people read 学生工作处, not XGC. The office's
 * address in bundles (OFFICE) reads 督导室; a code no longer in the list reads as itself.
 */
import { OFFICE_ADDRESSEE } from '../bundle/manifest';
import type { Department } from './department-types';

export type DepartmentName = (code: string) => string;

export const OFFICE_NAME = '督导室';

/** Codes as they are: for checks run where no department list is at hand (tests, inner re-checks). */
export const codeAsName: DepartmentName = (code) => code;

export function departmentNamer(departments: readonly Pick<Department, 'code' | 'name'>[]): DepartmentName {
  const names = new Map(departments.map((d) => [d.code, d.name]));
  return (code) => (code === OFFICE_ADDRESSEE ? OFFICE_NAME : (names.get(code) ?? code));
}
