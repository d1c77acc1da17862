/**
 * Presenting the audit log: a Chinese label per kind, a one-line Chinese description of a summary, and the
 * filters of the 审计日志 page. Pure, so the page stays glue.
 */
import type { AuditEvent } from '../../../shared/audit/audit-chain';
import { describeAuditSummary, describeAuditTechnical, type FieldLabel } from './audit-describe';
import { T } from './texts';

export const kindLabel = (kind: string): string => T.kinds[kind] ?? kind;

/** The 内容 line: the summary in readable Chinese (audit-describe.ts). */
export function describeSummary(e: Pick<AuditEvent, 'summary'>, field?: FieldLabel): string {
  return describeAuditSummary(e.summary, field);
}

/** The event's hashes, key ids and chain positions, for its 详情 ('' when none). */
export function describeTechnical(e: Pick<AuditEvent, 'summary'>): string {
  return describeAuditTechnical(e.summary);
}

export interface AuditFilter {
  readonly kind?: string;
  readonly actor?: string;
  readonly text?: string;
  readonly field?: FieldLabel;
}

export function filterAuditEvents(events: readonly AuditEvent[], f: AuditFilter): AuditEvent[] {
  const q = f.text?.trim() ?? '';
  return events.filter(
    (e) =>
      (f.kind === undefined || e.kind === f.kind) &&
      (f.actor === undefined || e.actor === f.actor) &&
      (q === '' ||
        describeSummary(e, f.field).includes(q) ||
        describeTechnical(e).includes(q) ||
        kindLabel(e.kind).includes(q)),
  );
}
