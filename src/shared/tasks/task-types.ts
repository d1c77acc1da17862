/**
 * The task matrix: each table is assigned to one responsible department, optionally with cooperating
 * departments and a summary department that aggregates (L2 review), and a deadline (docs/ARCHITECTURE.md §1).
 * A table without a summary department goes straight from its department to the office.
 */
import { z } from 'zod';

export const taskAssignmentSchema = z
  .object({
    tableCode: z.string().min(1),
    responsibleDepartment: z.string().min(1),
    cooperatingDepartments: z.array(z.string()),
    summaryDepartment: z.string().nullable(),
    /** YYYYMMDD */
    deadline: z.string().regex(/^\d{8}$/),
    /**
     * 实时采集: YYYYMMDD dates during the year by which the table must be brought up to date
     * (update-points.ts); absent when the table is collected once a year only.
     */
    updatePoints: z
      .array(z.string().regex(/^\d{8}$/))
      .max(12)
      .optional(),
    /**
     * 实时采集 when the fact changes (发生变化时, e.g. a teacher hired or leaving): the filling
     * department may reopen its handed-over slice through 更新 at any time instead of on dates;
     * exclusive with `updatePoints` (update-points.ts).
     */
    updateOnChange: z.literal(true).optional(),
  })
  .strict();
export type TaskAssignment = z.infer<typeof taskAssignmentSchema>;

/** Departments that fill a table: the responsible department and its cooperating departments. */
export function contributingDepartments(t: TaskAssignment): string[] {
  return [t.responsibleDepartment, ...t.cooperatingDepartments.filter((d) => d !== t.responsibleDepartment)];
}
