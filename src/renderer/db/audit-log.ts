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

/** Appends one event to `logId`'s chain; call inside a rw transaction that includes `audit`. */
export async function appendAuditEvent(
  db: StatusDb,
  logId: string,
  fields: { at: string; actor: string; kind: AuditKind; summary: AuditSummary },
): Promise<AuditEvent> {
  const head = await readAuditHead(db, logId);
  const event = nextAuditEvent(head.seq === 0 ? null : head, { workspaceId: logId, ...fields });
  // add (not put): a second writer that raced us to the same seq makes this transaction fail, not fork.
  await db.audit.add(event);
  return event;
}

/** All events of one log in seq order. */
export async function listAuditEvents(db: StatusDb, logId: string): Promise<AuditEvent[]> {
  return db.audit.where(':id').between([logId, Dexie.minKey], [logId, Dexie.maxKey]).toArray();
}

export async function verifyStoredAuditLog(db: StatusDb, logId: string): Promise<AuditChainCheck> {
  return verifyAuditChain(await listAuditEvents(db, logId));
}
