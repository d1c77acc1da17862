/**
 * What an incoming chapter bundle does at this station, and how its preview reads: at the office a
 * department's chapter (direct or relayed) becomes the next version of the report chapter; at a summary
 * department a department's chapter (or a college's enterprise report) is held to review and relay; cases
 * go to the 案例库; a college's enterprise report goes to its enterprise report; the office's part updates the department's
 * assignments.
 */
import { OFFICE_ADDRESSEE } from '../../../shared/bundle/manifest';
import type { DepartmentName } from '../../../shared/departments/department-names';
import type { ChapterPayload } from '../../../shared/report-workflow/chapter-payload';
import type { RelayedChapter } from '../../../shared/report-workflow/chapter-relay';
import { err, ok, type Result } from '../../../shared/result';
import type { ChapterEffect } from '../../data/records';
import { W } from './texts';

export function effectOf(
  chapter: ChapterPayload,
  sender: string,
  here: string,
  bundleHash: string,
  seq: number,
  relayed: RelayedChapter | undefined,
): Result<ChapterEffect> {
  switch (chapter.from) {
    case 'department':
      // Away from the office, a department's chapter is held for relaying (chapter-delivery.ts checked
      // that this station is the summary department the assignment names).
      return ok(
        here === OFFICE_ADDRESSEE
          ? { kind: 'receive', submission: chapter, sender, here }
          : { kind: 'hold', submission: chapter, sender, here, original: { bundleHash, seq } },
      );
    case 'relay': {
      if (relayed === undefined) return err('chapter-relay', W.noPayload);
      const common = {
        sender: relayed.signer.departmentCode,
        here: relayed.addressee,
        relay: { by: sender, reviewedBy: chapter.reviewedBy, note: chapter.note },
      };
      const s = relayed.submission;
      return ok(
        s.from === 'enterprise'
          ? { kind: 'enterprise', direction: 'received', submission: s, ...common }
          : { kind: 'receive', submission: s, ...common },
      );
    }
    case 'cases':
      return ok({ kind: 'cases', cases: chapter.cases });
    case 'enterprise':
      // Away from the office, the summary department the office named holds it to relay.
      return ok(
        here === OFFICE_ADDRESSEE
          ? { kind: 'enterprise', direction: 'received', submission: chapter, sender, here }
          : {
              kind: 'enterprise',
              direction: 'held',
              submission: chapter,
              sender,
              here,
              original: { bundleHash, seq },
            },
      );
    case 'office':
      return ok({ kind: 'office', payload: chapter });
  }
}

export function summaryOf(
  chapter: ChapterPayload,
  sender: string,
  here: string,
  relayed: RelayedChapter | undefined,
  name: DepartmentName,
): string {
  const from = name(sender);
  switch (chapter.from) {
    case 'department':
      return here === OFFICE_ADDRESSEE
        ? W.previewSubmission(from, chapter.title, chapter.revision, chapter.approvedBy)
        : W.previewHold(from, chapter.title, chapter.revision, chapter.approvedBy);
    case 'relay': {
      const s = relayed!.submission;
      return W.previewRelay(
        from,
        name(relayed!.signer.departmentCode),
        s.title,
        s.revision,
        chapter.reviewedBy,
      );
    }
    case 'enterprise':
      return here === OFFICE_ADDRESSEE
        ? W.previewSubmission(from, chapter.title, chapter.revision, chapter.approvedBy)
        : W.previewHold(from, chapter.title, chapter.revision, chapter.approvedBy);
    case 'cases':
      return W.previewCases(
        from,
        chapter.cases.map((c) => c.title),
      );
    case 'office':
      return W.previewOffice(chapter.assignments.length, chapter.decisions.length, chapter.snapshot !== null);
  }
}
