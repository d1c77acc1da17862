/**
 * Small fixtures shared by the review tests: two routes (straight to the office, and through a summary
 * department), one actor per station × role, and checklists that pass or block.
 */
import type { TaskAssignment } from '../tasks/task-types';
import type { UserRole } from '../workspace/workspace-types';
import { buildChecklist, type Checklist, type ChecklistInput } from './checklist';
import type { Actor, ReviewLevel, ReviewState, Submission } from './review-types';
import { newSubmission } from './review-workflow';

/** A3 is filled by 人事处 (RSC) and goes straight to the office. */
export const directTask: TaskAssignment = {
  tableCode: 'A3',
  responsibleDepartment: 'RSC',
  cooperatingDepartments: [],
  summaryDepartment: null,
  deadline: '20260930',
};
/** A10-1 is filled by 教务处 (JWC) with 学工处 (XGC) contributing; JWC summarises (L2). */
export const routedTask: TaskAssignment = {
  tableCode: 'A10-1',
  responsibleDepartment: 'JWC',
  cooperatingDepartments: ['XGC'],
  summaryDepartment: 'JWC',
  deadline: '20261015',
};
/** A1 is the office's own table (department DDS). */
export const officeTask: TaskAssignment = {
  tableCode: 'A1',
  responsibleDepartment: 'DDS',
  cooperatingDepartments: [],
  summaryDepartment: null,
  deadline: '20260930',
};

export const dept = (code: string, role: UserRole): Actor => ({
  name: `${code}-${role}`,
  role,
  station: { role: 'department', departmentCode: code },
});
export const summary = (code: string, role: UserRole): Actor => ({
  name: `${code}-sum-${role}`,
  role,
  station: { role: 'summary', departmentCode: code },
});
export const office = (role: UserRole): Actor => ({
  name: `office-${role}`,
  role,
  station: { role: 'office', departmentCode: null },
});

export const direct = (state: ReviewState = 'draft'): Submission => ({
  ...newSubmission(directTask, 'RSC'),
  state,
});
export const routed = (state: ReviewState = 'draft'): Submission => ({
  ...newSubmission(routedTask, 'XGC'),
  state,
});

const emptyInput = (level: ReviewLevel): ChecklistInput => ({
  level,
  rows: 3,
  requiredEmpty: 0,
  ruleResults: [],
  outliers: [],
  yoy: [],
  manual: [],
});
export const passing = (level: ReviewLevel, extra: Partial<ChecklistInput> = {}): Checklist =>
  buildChecklist({ ...emptyInput(level), ...extra });

export const ctx = { at: '2026-09-20T10:00:00.000Z' };
