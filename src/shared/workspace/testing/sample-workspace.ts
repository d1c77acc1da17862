/** A valid office workspace for tests and benches (2025-2026 academic year); not used by application code. */
import type { Workspace } from '../workspace-types';

export const SAMPLE_WORKSPACE_ID = '6f1d2c3b-4a59-4e8f-9a0b-1c2d3e4f5a6b';

export function sampleWorkspace(overrides: Partial<Workspace> = {}): Workspace {
  return {
    id: SAMPLE_WORKSPACE_ID,
    name: '2025-2026学年状态数据',
    school: { name: '示例职业技术学院', provinceCode: '44', code: '12954' },
    academicYearStart: 2025,
    financeYear: 2025,
    snapshotDate: '20250831',
    deadlines: {
      fill: '20251010',
      departmentReview: '20251015',
      summaryReview: '20251020',
      schoolReview: '20251030',
    },
    station: { role: 'office', departmentCode: null },
    users: [],
    createdAt: '2025-09-01T00:00:00.000Z',
    updatedAt: '2025-09-01T00:00:00.000Z',
    ...overrides,
  };
}
