/**
 * The edge between the UI's repository and the data writer: who acts, and the writer's receipt turned
 * into the plain outcome the UI needs (committed, or refused with a Chinese reason, nothing written).
 */
import { err, ok, type Result } from '../../shared/result';
import type { WriteContext, WriteResult } from '../db/data-writer';
import type { Actor } from '../db/write-actor';

export type { Actor };

/** A write either committed, or was refused with a Chinese reason and changed nothing. */
export type WriteOutcome = Result<void>;

export function outcome(r: WriteResult): WriteOutcome {
  return r.ok ? ok(undefined) : err(r.error.code, r.error.message);
}

/** The writer records only the actor's name in the audit event. */
export function writeContext(actor: Actor): WriteContext {
  return { actor: actor.name };
}
