/**
 * May this station take this chapter bundle (docs/bundle-rules.md, docs/SECURITY.md)? Checked after the
 * bundle's signature, signer, addressee and sequence (verifyBundle), before anything is written, and
 * again inside the commit on the stored copy:
 * - the shape matches the signer: a chapter from a department key, assignments and decisions only from
 *   the office key;
 * - the signer is bound to the assignment: only the department the chapter was assigned to submits it,
 *   along the route the office set (straight to the office, or through the summary department named);
 * - an older revision than the one held, or one for an accepted chapter, is refused;
 * - the office's assignments are all for this department (or for chapters it relays), its enterprise
 *   reports for this college;
 * - a college's enterprise report: enterprise-bundle.ts checkEnterpriseSubmission;
 * - a relayed chapter (or college's enterprise report) comes from the summary department the assignment
 *   names, and the original inside it passes every check a direct one does, on the route to that summary
 *   department.
 */
import { OFFICE_ADDRESSEE, type Manifest } from '../bundle/manifest';
import { codeAsName, type DepartmentName } from '../departments/department-names';
import {
  checkEnterpriseAssignments,
  checkEnterpriseRelay,
  checkEnterpriseSubmission,
} from '../enterprise/enterprise-bundle';
import type { EnterpriseReportLink } from '../enterprise/enterprise-types';
import type { Report } from '../report/report-types';
import { err, ok, type Result } from '../result';
import type {
  ChapterPayload,
  ChapterRelayPayload,
  ChapterSubmission,
  OfficeChapterPayload,
} from './chapter-payload';
import type { RelayedChapter } from './chapter-relay';
import { checkCaseDelivery } from './case-library';
import type { ChapterWork } from './chapter-types';

export function checkChapterShape(payload: ChapterPayload, sender: Manifest['sender']): Result<null> {
  if (payload.from === 'office' && sender.stationRole !== 'office')
    return err('chapter-signer', '章节分工和审阅意见只能由督导室签发，已拒绝。');
  if (payload.from !== 'office' && sender.stationRole === 'office')
    return err('chapter-signer', '部门章节稿和案例不能由督导室签发，已拒绝。');
  return ok(null);
}

/** The route a department's chapter takes: the office, or the summary department the office named. */
export function chapterAddressee(work: Pick<ChapterWork, 'assignment'>): string {
  return work.assignment.via ?? OFFICE_ADDRESSEE;
}

export function checkSubmission(
  payload: ChapterSubmission,
  sender: Manifest['sender'],
  here: string,
  held: ChapterWork | undefined,
  name: DepartmentName = codeAsName,
): Result<null> {
  if (held === undefined)
    return err(
      'chapter-unassigned',
      `本站没有分配过该章节（分工 ${payload.assignmentId}），${name(sender.departmentCode)}提交的“${payload.title}”已拒绝。`,
    );
  const a = held.assignment;
  if (a.departmentCode !== sender.departmentCode)
    return err(
      'chapter-unassigned',
      `“${a.title}”分配给了${name(a.departmentCode)}，${name(sender.departmentCode)}不能提交该章节，已拒绝。`,
    );
  if (chapterAddressee(held) !== here)
    return err(
      'chapter-route',
      a.via === null
        ? `“${a.title}”应直接报送督导室，不能发往${name(here)}，已拒绝。`
        : `“${a.title}”应经${name(a.via)}汇总后报送，已拒绝。`,
    );
  if (held.state === 'accepted') return err('chapter-state', `“${a.title}”已采纳，不再接收新稿，已拒绝。`);
  if (payload.revision <= held.revision)
    return err(
      'chapter-older',
      `收到的“${a.title}”是第 ${payload.revision} 稿，不新于本站已有的第 ${held.revision} 稿，已拒绝。`,
    );
  return ok(null);
}

export function checkOfficePayload(
  payload: OfficeChapterPayload,
  here: string,
  name: DepartmentName = codeAsName,
): Result<null> {
  const enterprises = checkEnterpriseAssignments(payload.enterprises ?? [], here, name);
  if (!enterprises.ok) return enterprises;
  // A summary department also holds the assignments it relays, to check what departments send it.
  const foreign = payload.assignments.find((a) => a.departmentCode !== here && a.via !== here);
  if (foreign !== undefined)
    return err(
      'chapter-unassigned',
      `章节包中的分工“${foreign.title}”是给${name(foreign.departmentCode)}的，不是本部门（${name(here)}），已拒绝。`,
    );
  return ok(null);
}

/** A summary department's relay, at the office: the assignment's route, then the original's own checks. */
export function checkRelay(
  payload: ChapterRelayPayload,
  relayed: RelayedChapter | undefined,
  sender: Manifest['sender'],
  here: string,
  held: ChapterWork | undefined,
  name: DepartmentName = codeAsName,
): Result<null> {
  if (here !== OFFICE_ADDRESSEE) return err('chapter-route', '转报的章节只发往督导室，已拒绝。');
  if (relayed === undefined) return err('chapter-relay', '转报的章节缺少部门签名的原件，已拒绝。');
  if (held !== undefined && held.assignment.via !== sender.departmentCode)
    return err(
      'chapter-route',
      held.assignment.via === null
        ? `“${held.assignment.title}”应由${name(held.assignment.departmentCode)}直接报送，${name(sender.departmentCode)}不能转报，已拒绝。`
        : `“${held.assignment.title}”应经${name(held.assignment.via)}汇总，${name(sender.departmentCode)}不能转报，已拒绝。`,
    );
  const s = relayed.submission;
  if (s.from === 'enterprise') return err('chapter-relay', '转报记录与原件不符，已拒绝。');
  if (s.assignmentId !== payload.assignmentId) return err('chapter-relay', '转报记录与原件不符，已拒绝。');
  return checkSubmission(
    s,
    { stationRole: relayed.signer.role, departmentCode: relayed.signer.departmentCode },
    relayed.addressee,
    held,
    name,
  );
}

/** This station's enterprise report and its rotation link, for a college's enterprise report. */
export type HeldEnterpriseReport = (reportId: string) => {
  readonly link: EnterpriseReportLink | undefined;
  readonly report: Report | undefined;
};

/** Every chapter-bundle check after verification, in order; `held` looks up this station's work record. */
export function checkChapterBundle(
  payload: ChapterPayload,
  sender: Manifest['sender'],
  here: string,
  held: (assignmentId: string) => ChapterWork | undefined,
  heldEnterprise: HeldEnterpriseReport = () => ({ link: undefined, report: undefined }),
  relayed?: RelayedChapter,
  name: DepartmentName = codeAsName,
): Result<null> {
  const shape = checkChapterShape(payload, sender);
  if (!shape.ok) return shape;
  if (payload.from === 'enterprise') {
    const { link, report } = heldEnterprise(payload.reportId);
    return checkEnterpriseSubmission(payload, sender, here, link, report, name);
  }
  if (payload.from === 'cases')
    return here === OFFICE_ADDRESSEE
      ? checkCaseDelivery(payload.cases, sender.departmentCode, name)
      : err('chapter-route', '案例只报送督导室，已拒绝。');
  if (payload.from === 'relay' && relayed?.submission.from === 'enterprise') {
    if (here !== OFFICE_ADDRESSEE) return err('chapter-route', '转报的企业年报只发往督导室，已拒绝。');
    const { link, report } = heldEnterprise(relayed.submission.reportId);
    const college = { stationRole: relayed.signer.role, departmentCode: relayed.signer.departmentCode };
    return checkEnterpriseRelay(relayed.submission, college, sender.departmentCode, link, report, name);
  }
  if (payload.from === 'relay')
    return checkRelay(payload, relayed, sender, here, held(payload.assignmentId), name);
  return payload.from === 'department'
    ? checkSubmission(payload, sender, here, held(payload.assignmentId), name)
    : checkOfficePayload(payload, here, name);
}
