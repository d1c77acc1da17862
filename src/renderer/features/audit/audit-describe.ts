/**
 * One readable Chinese line per audit summary (审计日志 的“内容”列). Every writer's summary is a small
 * JSON object with English keys (they are part of the hash chain and never change); here each key gets
 * its Chinese label and each value its Chinese form — review states, levels, station roles, bundle kinds,
 * shortened hashes, cell edits, bundle slices. A key this table does not know yet is shown under its
 * own name rather than dropped, so nothing recorded is ever hidden.
 */
import type { JsonValue } from '../../../shared/canonical-json';
import { BUNDLE_KIND_LABELS } from '../../../shared/bundle/bundle-messages';
import { REVIEW_LEVEL_LABELS, REVIEW_STATE_LABELS } from '../../../shared/review/review-text';
import { STATION_ROLE_LABELS } from '../../../shared/workspace/workspace-types';
import { A } from './texts';

type Obj = { readonly [key: string]: JsonValue };
const isObj = (v: JsonValue | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const label = (map: Readonly<Record<string, string>>, v: JsonValue): string => (typeof v === 'string' ? (map[v] ?? v) : plain(v));

/** A hash or key id: its first 16 characters are enough to tell it apart on screen. */
const short = (v: JsonValue): string => (typeof v === 'string' && v.length > 16 ? `${v.slice(0, 16)}…` : plain(v));

function plain(v: JsonValue): string {
  if (v === null) return A.empty;
  if (typeof v === 'boolean') return v ? A.yes : A.no;
  if (Array.isArray(v)) return list(v.map(plain));
  if (isObj(v)) return describeObject(v);
  return String(v);
}

function list(items: readonly string[]): string {
  if (items.length === 0) return A.none;
  return items.length > 5 ? A.andMore(items.slice(0, 5).join('、'), items.length) : items.join('、');
}

const cell = (c: JsonValue): string => (isObj(c) ? A.cell(plain(c.field ?? null), plain(c.old ?? null), plain(c.new ?? null)) : plain(c));
const comment = (c: JsonValue): string => (isObj(c) ? A.comment(plain(c.fieldKey ?? null), plain(c.text ?? null)) : plain(c));
const slice = (s: JsonValue): string => {
  if (!isObj(s)) return plain(s);
  const where = `${plain(s.table ?? s.tableCode ?? null)}/${plain(s.department ?? s.departmentCode ?? null)}`;
  return A.slice(where, plain(s.rows ?? null), plain(s.previousRows ?? 0));
};
const reviewOf = (v: JsonValue): string => (isObj(v) ? describeObject(v) : plain(v));

/** How a key's value reads, where it is more than its plain text. */
const FORMAT: Readonly<Record<string, (v: JsonValue) => string>> = {
  from: (v) => label(REVIEW_STATE_LABELS, v),
  to: (v) => label(REVIEW_STATE_LABELS, v),
  level: (v) => (typeof v === 'number' && (v === 1 || v === 2 || v === 3) ? REVIEW_LEVEL_LABELS[v] : plain(v)),
  role: (v) => label(STATION_ROLE_LABELS, v),
  kind: (v) => label(BUNDLE_KIND_LABELS, v),
  kinds: (v) => (Array.isArray(v) ? list(v.map((k) => label(A.trustKinds, k))) : plain(v)),
  direction: (v) => label(A.directions, v),
  storage: (v) => label(A.storages, v),
  operation: (v) => label(A.operations, v),
  changed: (v) => (Array.isArray(v) ? list(v.map((k) => label(A.workspaceParts, k))) : plain(v)),
  sender: (v) => (typeof v === 'string' && v.includes(':') ? `${label(STATION_ROLE_LABELS, v.split(':')[0]!)} ${v.split(':')[1]}` : plain(v)),
  cells: (v) => (Array.isArray(v) ? list(v.map(cell)) : plain(v)),
  comments: (v) => (Array.isArray(v) ? list(v.map(comment)) : plain(v)),
  slices: (v) => (Array.isArray(v) ? list(v.map(slice)) : plain(v)),
  bundleHash: short,
  senderAuditHead: short,
  auditHead: short,
  replacedAuditHead: short,
  keyId: short,
  created: short,
  added: (v) => (Array.isArray(v) ? plain(v) : short(v)),
  revoked: short,
  delivered: short,
  workspaceId: short,
  feedback: reviewOf,
  catalog: reviewOf,
  departments: reviewOf,
  tasks: reviewOf,
};

/** Keys shown first, in this order; the rest follow in the order they were recorded. */
const FIRST = ['tableCode', 'table', 'departmentCode', 'department', 'from', 'to', 'level', 'reason', 'kind', 'sender', 'addressee'];

function describeObject(o: Obj): string {
  const keys = [...FIRST.filter((k) => k in o), ...Object.keys(o).filter((k) => !FIRST.includes(k))];
  const parts: string[] = [];
  for (const k of keys) {
    if (k === 'to' && 'from' in o) continue;
    const v = o[k] as JsonValue;
    if (k === 'from' && 'to' in o) {
      parts.push(`${A.keys.state}：${FORMAT.from!(v)} → ${FORMAT.to!(o.to as JsonValue)}`);
      continue;
    }
    parts.push(`${A.keys[k] ?? k}：${(FORMAT[k] ?? plain)(v)}`);
  }
  return parts.join('；');
}

/** The 内容 line of one audit event. */
export function describeAuditSummary(summary: Obj): string {
  return describeObject(summary);
}
