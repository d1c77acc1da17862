/**
 * The stored audit logs. Each workspace has its own chain (key [workspaceId+seq]); deleting a workspace
 * removes its chain together with its data and records the deletion — with the deleted chain's head and
 * counts — in the global log GLOBAL_AUDIT_LOG, so a deletion is itself evidence that cannot be dropped
 * silently. Appending must run inside the writer's rw transaction: only IndexedDB is awaited.
 */
import Dexie from 'dexie';
import {
  GENESIS_HASH,
  nextAuditEvent,
  verifyAuditChain,
  type AuditChainCheck,
  type AuditEvent,
  type AuditKind,
  type AuditSummary,
} from '../../shared/audit/audit-chain';
import type { StatusDb } from './schema';

/** Log id of installation-wide events (workspace deletions). Not a UUID, so no workspace can collide. */
export const GLOBAL_AUDIT_LOG = '@global';

export interface AuditHead {
  readonly seq: number;
  readonly hash: string;
}

export async function readAuditHead(db: StatusDb, logId: string): Promise<AuditHead> {
  const last = await db.audit.where(':id').between([logId, Dexie.minKey], [logId, Dexie.maxKey]).last();
  return last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: GENESIS_HASH };
}

export type AuditFields = { at: string; actor: string; kind: AuditKind; summary: AuditSummary };

/** The event that follows `head` in `logId`'s chain (nothing stored yet). */
export function auditEventAfter(head: AuditHead, logId: string, fields: AuditFields): AuditEvent {
  return nextAuditEvent(head.seq === 0 ? null : head, { workspaceId: logId, ...fields });
}

/** Stores an event made by auditEventAfter; call inside a rw transaction that includes `audit`. */
export async function addAuditEvent(db: StatusDb, event: AuditEvent): Promise<void> {
  // add (not put): a second writer that raced us to the same seq makes this transaction fail, not fork.
  await db.audit.add(event);
}

/** Appends one event to `logId`'s chain; call inside a rw transaction that includes `audit`. */
export async function appendAuditEvent(
  db: StatusDb,
  logId: string,
  fields: AuditFields,
): Promise<AuditEvent> {
  const event = auditEventAfter(await readAuditHead(db, logId), logId, fields);
  await addAuditEvent(db, event);
  return event;
}

/** All events of one log in seq order. */
export async function listAuditEvents(db: StatusDb, logId: string): Promise<AuditEvent[]> {
  return db.audit.where(':id').between([logId, Dexie.minKey], [logId, Dexie.maxKey]).toArray();
}

export async function verifyStoredAuditLog(db: StatusDb, logId: string): Promise<AuditChainCheck> {
  return verifyAuditChain(await listAuditEvents(db, logId));
}
