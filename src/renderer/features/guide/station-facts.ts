/** Gathers the 开始使用 facts of the open station from its stored data (exchange state, submissions, slices). */
import { OFFICE_DEPARTMENT_CODE } from '../../../shared/departments/builtin-departments';
import type { StationFacts } from '../../../shared/guidance/getting-started';
import { stateRank } from '../../../shared/review/review-types';
import { contributingDepartments } from '../../../shared/tasks/task-types';
import type { WorkspaceData } from '../../data/workspace-data-store';
import { repository } from '../../data/repository-instance';

export async function loadStationFacts(data: WorkspaceData): Promise<StationFacts> {
  const repo = repository();
  const ws = data.workspace;
  const [exchange, submissions] = await Promise.all([repo.loadExchange(ws.id), repo.listSubmissions(ws.id)]);
  const expected = new Set(
    data.tasks.flatMap((t) => contributingDepartments(t)).filter((d) => d !== OFFICE_DEPARTMENT_CODE),
  );
  const registered = new Set(
    (exchange.trustList?.list.keys ?? [])
      .filter((k) => k.role !== 'office' && k.revokedAt === undefined && expected.has(k.departmentCode))
      .map((k) => k.departmentCode),
  );
  const own = ws.station.departmentCode;
  const approved = stateRank('school-approved');
  return {
    station: ws.station.role,
    hasKey: exchange.ownKey !== null,
    departmentsExpected: expected.size,
    departmentsRegistered: registered.size,
    setupSent: exchange.bundles.some((b) => b.kind === 'setup' && b.direction === 'sent'),
    slicesExpected: data.tasks.reduce((n, t) => n + contributingDepartments(t).length, 0),
    slicesApproved: submissions.filter((s) => stateRank(s.state) >= approved).length,
    officePinned: exchange.officePin !== null,
    setupApplied: exchange.setup !== null,
    ownRows: data.slices.filter((s) => s.departmentCode === own).reduce((n, s) => n + s.rowCount, 0),
    submitted: submissions.some(
      (s) => s.departmentCode === own && stateRank(s.state) >= stateRank('submitted'),
    ),
    dataSent: exchange.bundles.some(
      (b) => (b.kind === 'data' || b.kind === 'forward') && b.direction === 'sent',
    ),
  };
}
