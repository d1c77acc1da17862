/**
 * Departments of the school. Built-in departments have stable ASCII codes so every station names a
 * department alike (docs/ARCHITECTURE.md §1); secondary colleges added by the office get codes C01, C02, …
 */
import { z } from 'zod';

export const DEPARTMENT_KINDS = ['functional', 'teaching', 'college'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

export const DEPARTMENT_CODE_PATTERN = /^[A-Z][A-Z0-9]{1,15}$/;

export const departmentSchema = z
  .object({
    code: z.string().regex(DEPARTMENT_CODE_PATTERN),
    name: z.string().trim().min(1).max(40),
    kind: z.enum(DEPARTMENT_KINDS),
    builtIn: z.boolean(),
    /** 信息员 (information officer) name and phone. */
    infoOfficer: z.string(),
    /** 负责人 (head) name. */
    head: z.string(),
    phone: z.string(),
    sortOrder: z.number().int(),
  })
  .strict();
export type Department = z.infer<typeof departmentSchema>;

export const DEPARTMENT_KIND_LABELS: Readonly<Record<DepartmentKind, string>> = {
  functional: '职能部门',
  teaching: '教学部门',
  college: '二级学院',
};
