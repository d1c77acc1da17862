import { describe, expect, it } from 'vitest';
import type { Report } from '../report/report-types';
import type { PmNode } from '../report/pm-json';
import {
  checkEnterpriseAssignments,
  checkEnterpriseRelay,
  enterpriseRoute,
  checkEnterpriseSubmission,
  enterpriseSubmission,
  type EnterpriseSubmission,
} from './enterprise-bundle';
import { newEnterpriseReport } from './enterprise-report';
import type { Enterprise, EnterpriseReportLink } from './enterprise-types';

const AT = '2026-04-01T00:00:00.000Z';
const { report: draft, versions } = newEnterpriseReport({
  id: 'er-1',
  workspaceId: 'w',
  year: 2026,
  enterpriseName: '汕头智造科技有限公司',
  school: '汕头职业技术学院',
  at: AT,
  by: '吴',
});
const final: Report = { ...draft, status: 'final' };
const contents = new Map<string, PmNode>(versions.map((v) => [v.chapterId, v.content]));
const link: EnterpriseReportLink = {
  reportId: 'er-1',
  enterpriseId: 'e-1',
  collegeCode: 'JDXY',
  year: 2025,
  assignedAt: AT,
};
const college = { stationRole: 'department' as const, departmentCode: 'JDXY' };

function submission(): EnterpriseSubmission {
  const r = enterpriseSubmission(final, contents, link, '李院长', AT);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('an enterprise report in a chapter bundle', () => {
  it('leaves the college only once approved, every chapter, as the next revision', () => {
    const r = enterpriseSubmission(draft, contents, link, '李院长', AT);
    expect(!r.ok && r.error.message).toContain('负责人审定');
    const s = submission();
    expect(s.revision).toBe(1);
    expect(s.chapters.map((c) => c.id)).toEqual(draft.chapters.map((c) => c.id));
    const next = enterpriseSubmission(final, contents, { ...link, revision: 3 }, '李院长', AT);
    expect(next.ok && next.value.revision).toBe(4);
  });

  it('the office takes it from the assigned college, newer than held, into its own outline', () => {
    expect(checkEnterpriseSubmission(submission(), college, 'OFFICE', link, draft).ok).toBe(true);
    const other = checkEnterpriseSubmission(
      submission(),
      { ...college, departmentCode: 'TW' },
      'OFFICE',
      link,
      draft,
    );
    expect(!other.ok && other.error.message).toContain('TW不能报送该企业年报');
    const older = checkEnterpriseSubmission(submission(), college, 'OFFICE', { ...link, revision: 1 }, draft);
    expect(!older.ok && older.error.message).toContain('不新于');
    const route = checkEnterpriseSubmission(submission(), college, 'XGC', link, draft);
    expect(!route.ok && route.error.message).toContain('应直接报送督导室，不能发往XGC');
    expect(checkEnterpriseSubmission(submission(), college, 'OFFICE', undefined, undefined).ok).toBe(false);
    const stray = {
      ...submission(),
      chapters: [{ id: 'x', title: '外来章节', content: contents.get('overview')! }],
    };
    const strayR = checkEnterpriseSubmission(stray, college, 'OFFICE', link, draft);
    expect(!strayR.ok && strayR.error.message).toContain('外来章节');
    const closed = checkEnterpriseSubmission(submission(), college, 'OFFICE', link, final);
    expect(!closed.ok && closed.error.message).toContain('已在本站审定');
  });

  it('the office’s assignments must be for the receiving college and name their enterprise', () => {
    const enterprise: Enterprise = {
      id: 'e-1',
      name: '汕头智造科技有限公司',
      aliases: [],
      creditCode: '913201001000000089',
      industry: '',
      collegeCode: 'JDXY',
      yearsCompiled: [],
      inactive: false,
    };
    expect(checkEnterpriseAssignments([{ link, enterprise }], 'JDXY').ok).toBe(true);
    const foreign = checkEnterpriseAssignments([{ link, enterprise }], 'TW');
    expect(!foreign.ok && foreign.error.message).toContain('不是本部门（TW）');
    const mismatch = checkEnterpriseAssignments([{ link, enterprise: { ...enterprise, id: 'e-2' } }], 'JDXY');
    expect(mismatch.ok).toBe(false);
    // The summary department the office named holds the report it relays.
    expect(checkEnterpriseAssignments([{ link: { ...link, via: 'XGC' }, enterprise }], 'XGC').ok).toBe(true);
  });

  it('through a named summary department: held there, relayed only by it, checked whole at the office', () => {
    const routed = { ...link, via: 'XGC' };
    expect(enterpriseRoute(routed)).toBe('XGC');
    expect(enterpriseRoute(link)).toBe('OFFICE');
    // At XGC (no report document there): the college, the route and the revision.
    expect(checkEnterpriseSubmission(submission(), college, 'XGC', routed, undefined).ok).toBe(true);
    const past = checkEnterpriseSubmission(submission(), college, 'OFFICE', routed, draft);
    expect(!past.ok && past.error.message).toContain('应经XGC汇总后报送');
    // At the office: the relaying station is the one named, then the original's own checks.
    expect(checkEnterpriseRelay(submission(), college, 'XGC', routed, draft).ok).toBe(true);
    const other = checkEnterpriseRelay(submission(), college, 'JWC', routed, draft);
    expect(!other.ok && other.error.message).toContain('应经XGC汇总，JWC不能转报');
    const direct = checkEnterpriseRelay(submission(), college, 'XGC', link, draft);
    expect(!direct.ok && direct.error.message).toContain('应由JDXY直接报送，XGC不能转报');
    const closed = checkEnterpriseRelay(submission(), college, 'XGC', routed, final);
    expect(!closed.ok && closed.error.message).toContain('已在本站审定');
  });
});
