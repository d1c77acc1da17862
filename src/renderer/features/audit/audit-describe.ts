/**
 * One readable Chinese line per audit summary (审计日志 的“内容”列). Every writer's summary is a small
 * JSON object with English keys (they are part of the hash chain and never change); here each key gets
 * its Chinese label and each value its Chinese form — review states, levels, station roles, bundle kinds,
 * cell edits, bundle slices. Hashes and key ids go to the row's 详情 (describeAuditTechnical). A key this
 * table does not know yet is shown under its own name rather than dropped, so nothing recorded is hidden.
 */
import type { JsonValue } from '../../../shared/canonical-json';
import { BUNDLE_KIND_LABELS } from '../../../shared/bundle/bundle-messages';
import { REVIEW_LEVEL_LABELS, REVIEW_STATE_LABELS } from '../../../shared/review/review-text';
import { STATION_ROLE_LABELS } from '../../../shared/workspace/workspace-types';
import { A } from './texts';

type Obj = { readonly [key: string]: JsonValue };
const isObj = (v: JsonValue | undefined): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const label = (map: Readonly<Record<string, string>>, v: JsonValue): string =>
  typeof v === 'string' ? (map[v] ?? v) : plain(v);

/** A hash or key id: its first 16 characters are enough to tell it apart on screen. */
const short = (v: JsonValue): string =>
  typeof v === 'string' && v.length > 16 ? `${v.slice(0, 16)}…` : plain(v);

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

/** Field labels of the catalog, for cell edits and comments; without it the field key is shown. */
export type FieldLabel = (tableCode: string, fieldKey: string) => string;
interface Ctx {
  readonly tableCode: string;
  readonly field: FieldLabel;
}
const fieldOf = (ctx: Ctx, key: JsonValue | undefined): string =>
  typeof key === 'string' ? ctx.field(ctx.tableCode, key) : plain(key ?? null);
const cell = (c: JsonValue, ctx: Ctx): string =>
  isObj(c) ? A.cell(fieldOf(ctx, c.field), plain(c.old ?? null), plain(c.new ?? null)) : plain(c);
const comment = (c: JsonValue, ctx: Ctx): string =>
  isObj(c) ? A.comment(fieldOf(ctx, c.fieldKey), plain(c.text ?? null)) : plain(c);
const slice = (s: JsonValue): string => {
  if (!isObj(s)) return plain(s);
  const where = `${plain(s.table ?? s.tableCode ?? null)}/${plain(s.department ?? s.departmentCode ?? null)}`;
  return A.slice(where, plain(s.rows ?? null), plain(s.previousRows ?? 0));
};
const levelName = (v: JsonValue | undefined): string =>
  v === 1 || v === 2 || v === 3 ? REVIEW_LEVEL_LABELS[v] : plain(v ?? null);
const approval = (a: JsonValue): string =>
  isObj(a) ? `${levelName(a.level)} ${plain(a.by ?? null)}` : plain(a);
const reviewOf = (v: JsonValue): string => (isObj(v) ? describeObject(v) : plain(v));

/** How a key's value reads, where it is more than its plain text. */
const FORMAT: Readonly<Record<string, (v: JsonValue, ctx: Ctx) => string>> = {
  from: (v) => label(REVIEW_STATE_LABELS, v),
  to: (v) => label(REVIEW_STATE_LABELS, v),
  previous: (v) => label(REVIEW_STATE_LABELS, v),
  state: (v) => label(REVIEW_STATE_LABELS, v),
  approvals: (v) => (Array.isArray(v) ? list(v.map(approval)) : plain(v)),
  level: levelName,
  role: (v) => label(STATION_ROLE_LABELS, v),
  kind: (v) => label(BUNDLE_KIND_LABELS, v),
  kinds: (v) => (Array.isArray(v) ? list(v.map((k) => label(A.trustKinds, k))) : plain(v)),
  direction: (v) => label(A.directions, v),
  addressee: (v) => label(A.addressees, v),
  storage: (v) => label(A.storages, v),
  operation: (v) => label(A.operations, v),
  changed: (v) => (Array.isArray(v) ? list(v.map((k) => label(A.workspaceParts, k))) : plain(v)),
  sender: (v) =>
    typeof v === 'string' && v.includes(':')
      ? `${label(STATION_ROLE_LABELS, v.split(':')[0]!)} ${v.split(':')[1]}`
      : plain(v),
  cells: (v, ctx) => (Array.isArray(v) ? list(v.map((c) => cell(c, ctx))) : plain(v)),
  comments: (v, ctx) => (Array.isArray(v) ? list(v.map((c) => comment(c, ctx))) : plain(v)),
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
const FIRST = [
  'tableCode',
  'table',
  'departmentCode',
  'department',
  'previous',
  'state',
  'from',
  'to',
  'level',
  'reason',
  'kind',
  'sender',
  'addressee',
];

/**
 * Keys whose values only the office checks (hashes, key ids, chain positions, storage blocks): the 内容
 * line leaves them out and the row's 详情 lists them, so a clerk reads what happened in plain words.
 */
const TECHNICAL: ReadonlySet<string> = new Set([
  'bundleHash',
  'senderAuditHead',
  'auditHead',
  'auditSeq',
  'replacedAuditHead',
  'replacedAuditSeq',
  'keyId',
  'fingerprint',
  'blocks',
  'workspaceId',
]);

const NO_LABELS: FieldLabel = (_t, key) => key;

type Part = 'plain' | 'technical' | 'all';

function describeObject(o: Obj, field: FieldLabel = NO_LABELS, part: Part = 'all'): string {
  const table = o.tableCode ?? o.table;
  const ctx: Ctx = { tableCode: typeof table === 'string' ? table : '', field };
  const keys = [...FIRST.filter((k) => k in o), ...Object.keys(o).filter((k) => !FIRST.includes(k))].filter(
    (k) => part === 'all' || (part === 'technical') === TECHNICAL.has(k),
  );
  const parts: string[] = [];
  for (const k of keys) {
    if (k === 'to' && 'from' in o) continue;
    const v = o[k] as JsonValue;
    if (k === 'from' && 'to' in o) {
      parts.push(`${A.keys.state}：${FORMAT.from!(v, ctx)} → ${FORMAT.to!(o.to as JsonValue, ctx)}`);
      continue;
    }
    parts.push(`${A.keys[k] ?? k}：${(FORMAT[k] ?? plain)(v, ctx)}`);
  }
  return parts.join('；');
}

/** The 内容 line of one audit event; `field` names catalog fields in cell edits and comments. */
export function describeAuditSummary(summary: Obj, field?: FieldLabel): string {
  return describeObject(summary, field, 'plain');
}

/** The technical values of one audit event (for its 详情), or '' when it has none. */
export function describeAuditTechnical(summary: Obj): string {
  return describeObject(summary, NO_LABELS, 'technical');
}
