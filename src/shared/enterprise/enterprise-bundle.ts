/**
 * Enterprise reports in chapter bundles (docs/annexes.md "Enterprise reports travel", docs/SECURITY.md C14):
 * - office → college: the college's enterprise-report assignments of the rotation (the enterprise and its
 *   report's id), an optional part of the office's chapter payload; the college creates each report from
 *   the enterprise outline under the same id;
 * - college → office: the whole report its 负责人 approved, every chapter, as a numbered revision, either
 *   straight or through the summary department the office named, which relays the college's signed
 *   bundle unchanged (report-workflow/chapter-relay.ts).
 * Checked after the bundle's signature, signer, addressee and sequence, before anything is written, and
 * again inside the commit on the stored copy.
 */
import { z } from 'zod';
import { OFFICE_ADDRESSEE, type Manifest } from '../bundle/manifest';
import { codeAsName, type DepartmentName } from '../departments/department-names';
import { pmNodeSchema, type PmNode } from '../report/pm-json';
import type { Report } from '../report/report-types';
import { err, ok, type Result } from '../result';
import {
  enterpriseReportLinkSchema,
  enterpriseSchema,
  type Enterprise,
  type EnterpriseReportLink,
} from './enterprise-types';

/** One assignment the office sends down: the link (report id, college, year) and the enterprise. */
export const enterpriseAssignmentSchema = z
  .object({ link: enterpriseReportLinkSchema, enterprise: enterpriseSchema })
  .strict();
export interface EnterpriseAssignment {
  readonly link: EnterpriseReportLink;
  readonly enterprise: Enterprise;
}
export const ENTERPRISE_ASSIGNMENTS_MAX = 50;

const chapterSchema = z
  .object({ id: z.string().min(1).max(60), title: z.string().min(1).max(100), content: pmNodeSchema })
  .strict();

export const enterpriseSubmissionSchema = z
  .object({
    format: z.literal('sdd-chapter'),
    version: z.literal(1),
    from: z.literal('enterprise'),
    reportId: z.string().min(1).max(60),
    revision: z.number().int().min(1).max(1_000_000),
    title: z.string().min(1).max(200),
    chapters: z.array(chapterSchema).min(1).max(20),
    approvedBy: z.string().min(1).max(60),
    approvedAt: z.string().max(40),
  })
  .strict();
export interface EnterpriseSubmission extends Omit<z.infer<typeof enterpriseSubmissionSchema>, 'chapters'> {
  readonly chapters: readonly { readonly id: string; readonly title: string; readonly content: PmNode }[];
}

/** The college's approved report as the next revision; refused while it is not 已审定. */
export function enterpriseSubmission(
  report: Report,
  contents: ReadonlyMap<string, PmNode>,
  link: EnterpriseReportLink,
  approvedBy: string,
  at: string,
): Result<EnterpriseSubmission> {
  if (report.kind !== 'enterprise' || report.id !== link.reportId)
    return err('chapter-invalid', '这不是本站分配的企业年报。');
  if (report.status !== 'final') return err('chapter-state', '企业年报须经负责人审定后才能报送督导室。');
  const chapters = report.chapters.map((c) => ({ id: c.id, title: c.title, content: contents.get(c.id) }));
  const missing = chapters.find((c) => c.content === undefined);
  if (missing) return err('chapter-invalid', `“${missing.title}”没有内容，无法报送。`);
  return ok({
    format: 'sdd-chapter',
    version: 1,
    from: 'enterprise',
    reportId: report.id,
    revision: (link.revision ?? 0) + 1,
    title: report.title,
    chapters: chapters.map((c) => ({ ...c, content: c.content! })),
    approvedBy,
    approvedAt: at,
  });
}

/** Where the college sends this report: the summary department the office named, or the office. */
export function enterpriseRoute(link: Pick<EnterpriseReportLink, 'via'>): string {
  return link.via ?? OFFICE_ADDRESSEE;
}

/**
 * May this station take this enterprise report? Only the college the rotation assigned it to signs it
 * (signer bound to the assignment), along the route the office set (the office, or the summary department
 * named: `here` is where the college addressed it), newer than the revision held. The office also checks
 * it against its copy of the report (`report`, absent at a summary department): not yet approved there, and
 * only chapters of its outline.
 */
export function checkEnterpriseSubmission(
  p: EnterpriseSubmission,
  sender: Manifest['sender'],
  here: string,
  link: EnterpriseReportLink | undefined,
  report: Report | undefined,
  name: DepartmentName = codeAsName,
): Result<null> {
  const title = report?.title ?? p.title;
  if (link === undefined || (here === OFFICE_ADDRESSEE && report === undefined))
    return err('chapter-unassigned', `本站没有分配过该企业年报（${p.title}），已拒绝。`);
  if (link.collegeCode !== sender.departmentCode)
    return err(
      'chapter-unassigned',
      `“${title}”分配给了${name(link.collegeCode)}，${name(sender.departmentCode)}不能报送该企业年报，已拒绝。`,
    );
  if (enterpriseRoute(link) !== here)
    return err(
      'chapter-route',
      link.via === undefined
        ? `“${title}”应直接报送督导室，不能发往${name(here)}，已拒绝。`
        : `“${title}”应经${name(link.via)}汇总后报送，已拒绝。`,
    );
  if (p.revision <= (link.revision ?? 0))
    return err(
      'chapter-older',
      `收到的“${title}”是第 ${p.revision} 稿，不新于本站已有的第 ${link.revision ?? 0} 稿，已拒绝。`,
    );
  if (report === undefined) return ok(null);
  if (report.status === 'final')
    return err('chapter-state', `“${report.title}”已在本站审定，不再接收新稿，已拒绝。`);
  const known = new Set(report.chapters.map((c) => c.id));
  const stray = p.chapters.find((c) => !known.has(c.id));
  if (stray) return err('chapter-invalid', `企业年报中的章节“${stray.title}”不在本站的提纲中，已拒绝。`);
  return ok(null);
}

/**
 * At the office, a summary department's relay of a college's report: the relaying station must be the one
 * the assignment names, then the college's original gets every check of a report sent there directly.
 */
export function checkEnterpriseRelay(
  p: EnterpriseSubmission,
  college: Manifest['sender'],
  relayedBy: string,
  link: EnterpriseReportLink | undefined,
  report: Report | undefined,
  name: DepartmentName = codeAsName,
): Result<null> {
  if (link !== undefined && link.via !== relayedBy)
    return err(
      'chapter-route',
      link.via === undefined
        ? `“${p.title}”应由${name(link.collegeCode)}直接报送，${name(relayedBy)}不能转报，已拒绝。`
        : `“${p.title}”应经${name(link.via)}汇总，${name(relayedBy)}不能转报，已拒绝。`,
    );
  if (report === undefined)
    return err('chapter-unassigned', `本站没有分配过该企业年报（${p.title}），已拒绝。`);
  return checkEnterpriseSubmission(p, college, relayedBy, link, report, name);
}

/** The office's assignments must all be for the receiving college (or relayed by it), each naming its enterprise. */
export function checkEnterpriseAssignments(
  assignments: readonly EnterpriseAssignment[],
  here: string,
  name: DepartmentName = codeAsName,
): Result<null> {
  for (const a of assignments) {
    // A summary department also holds the reports it relays, to check what colleges send it.
    if (a.link.collegeCode !== here && a.link.via !== here)
      return err(
        'chapter-unassigned',
        `章节包中的企业年报“${a.enterprise.name}”是给${name(a.link.collegeCode)}的，不是本部门（${name(here)}），已拒绝。`,
      );
    if (a.link.enterpriseId !== a.enterprise.id)
      return err('chapter-invalid', `企业年报“${a.enterprise.name}”的分配与企业不符，已拒绝。`);
  }
  return ok(null);
}
