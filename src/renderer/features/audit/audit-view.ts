/**
 * Presenting the audit log: a Chinese label per kind, a one-line description of a summary, and the
 * filters of the 审计日志 page. Pure, so the page stays glue.
 */
import type { AuditEvent } from '../../../shared/audit/audit-chain';
import type { JsonValue } from '../../../shared/canonical-json';
import { T } from './texts';

export const kindLabel = (kind: string): string => T.kinds[kind] ?? kind;

function show(v: JsonValue): string {
  if (v === null) return '空';
  if (Array.isArray(v)) return v.length > 3 ? `${v.slice(0, 3).map(show).join('、')} 等 ${v.length} 项` : v.map(show).join('、');
  if (typeof v === 'object') return Object.entries(v).map(([k, x]) => `${k}=${show(x)}`).join(' ');
  return String(v);
}

/** `key: value` pairs of the summary, table and department first. */
export function describeSummary(e: Pick<AuditEvent, 'summary'>): string {
  const first = ['tableCode', 'departmentCode'];
  const keys = [...first.filter((k) => k in e.summary), ...Object.keys(e.summary).filter((k) => !first.includes(k))];
  return keys.map((k) => `${k}: ${show(e.summary[k] as JsonValue)}`).join('；');
}

export interface AuditFilter {
  readonly kind?: string;
  readonly actor?: string;
  readonly text?: string;
}

export function filterAuditEvents(events: readonly AuditEvent[], f: AuditFilter): AuditEvent[] {
  const q = f.text?.trim() ?? '';
  return events.filter(
    (e) =>
      (f.kind === undefined || e.kind === f.kind) &&
      (f.actor === undefined || e.actor === f.actor) &&
      (q === '' || describeSummary(e).includes(q) || kindLabel(e.kind).includes(q)),
  );
}
