/**
 * What every exchange step needs, passed in rather than fetched from singletons so the DB-level threat
 * tests run the very same import and export paths as the UI: the repository, the station's keys, the
 * sequence store outside the database, a clock and an id source. Also the station's identity in bundle
 * terms and the verification context built from what the station holds.
 */
import { OFFICE_DEPARTMENT_CODE } from '../../../shared/departments/builtin-departments';
import { base64ToBytes } from '../../../shared/base64';
import { OFFICE_ADDRESSEE } from '../../../shared/bundle/manifest';
import { summaryDepartmentsOf } from '../../../shared/bundle/routes';
import type { SequenceState } from '../../../shared/bundle/sequence-policy';
import type {
  PlainVerifyContext,
  SequenceEntry,
  VerifyRunner,
  VerifySession,
} from '../../../shared/bundle/verify-ops';
import { err, ok, type Result } from '../../../shared/result';
import type { TaskAssignment } from '../../../shared/tasks/task-types';
import { keyStoreIdOf, type Workspace } from '../../../shared/workspace/workspace-types';
import type { VerifiedBundle } from '../../../shared/bundle/verify-bundle';
import type { BundleRecord, ExchangeState, GuardedSequence } from '../../data/records';
import type { Actor, Repository } from '../../data/repository';
import type { Platform } from '../../platform/platform-types';
import type { StationKeys } from '../../platform/station-keys';
import { X } from './texts';

export interface ExchangeDeps {
  readonly repo: Repository;
  readonly keys: StationKeys;
  readonly seq: Pick<Platform, 'nextSeq'>;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly appVersion: string;
  /** Runs the untrusted-bytes part of an import: a disposable Worker in the app, in process in tests. */
  readonly verify: VerifyRunner;
  /** A batch of such requests on one disposable Worker (several files imported at once). */
  readonly openVerifySession: () => VerifySession;
}

/** Runs `fn` with `deps.verify` on one session (one Worker for the whole batch), closed afterwards. */
export async function withVerifySession<T>(
  deps: ExchangeDeps,
  fn: (deps: ExchangeDeps) => Promise<T>,
): Promise<T> {
  const session = deps.openVerifySession();
  try {
    return await fn({ ...deps, verify: session.run });
  } finally {
    session.close();
  }
}

/** Who acts: the open workspace, the signed-in user and (Electron) the 负责人's passphrase for signing. */
export interface Acting {
  readonly workspace: Workspace;
  readonly actor: Actor;
  readonly passphrase: string | null;
}

/** This station as an addressee: 'OFFICE' or its department code. */
export function stationAddress(ws: Workspace): string {
  return ws.station.role === 'office' ? OFFICE_ADDRESSEE : (ws.station.departmentCode ?? '');
}

/** This station as a manifest sender. */
export function senderOf(ws: Workspace): {
  stationRole: Workspace['station']['role'];
  departmentCode: string;
} {
  return {
    stationRole: ws.station.role,
    departmentCode: ws.station.departmentCode ?? OFFICE_DEPARTMENT_CODE,
  };
}

/** The shared year id: the office's workspace id, learnt by other stations from their first setup bundle. */
export function yearIdOf(ws: Workspace, state: ExchangeState): string | null {
  if (ws.station.role === 'office') return ws.id;
  // A year made by 新建下一学年 sends nothing under last year's id: it waits for the new setup bundle.
  return state.officePin?.awaitingYear ? null : (state.officePin?.yearId ?? null);
}

/** The stored sequence high-water marks, as plain data for the verification Worker. */
export function sequenceEntries(state: ExchangeState): SequenceEntry[] {
  return state.sequences.map(({ keyId, addressee, lastSeq, hashes }) => ({
    keyId,
    addressee,
    lastSeq,
    hashes,
  }));
}

/** The verification context of this station, or why it cannot verify anything yet. */
export function verifyContextOf(
  ws: Workspace,
  state: ExchangeState,
  tasks: readonly TaskAssignment[],
  now: Date,
): Result<PlainVerifyContext> {
  const pin = state.officePin;
  const list = state.trustList;
  if (pin === null || list === null)
    return err('not-set-up', ws.station.role === 'office' ? X.officeNoKey : X.notSetUp);
  if (pin.awaitingYear) return err('not-set-up', X.awaitingYear);
  const officePublicKey = base64ToBytes(pin.publicKey);
  if (officePublicKey === null) return err('not-set-up', X.notSetUp);
  const here = stationAddress(ws);
  return ok({
    station: { role: ws.station.role, departmentCode: ws.station.departmentCode ?? OFFICE_DEPARTMENT_CODE },
    yearId: pin.yearId,
    officePublicKey,
    trustList: list.list,
    summaryDepartments: here === OFFICE_ADDRESSEE ? [] : summaryDepartmentsOf(tasks, here),
    sequences: sequenceEntries(state),
    now,
  });
}

/** Signs with the station's current key; refuses when the key store lost it (restored browser station). */
export async function signerFor(
  deps: ExchangeDeps,
  acting: Acting,
  state: ExchangeState,
): Promise<Result<{ keyId: string; sign: (m: Uint8Array) => Promise<Result<Uint8Array>> }>> {
  const own = state.ownKey;
  if (own === null) return err('no-key', X.noKey);
  const current = await deps.keys.current(keyStoreIdOf(acting.workspace));
  if (!current.ok) return current;
  if (current.value === null || current.value.keyId !== own.keyId) return err('key-missing', X.keyLost);
  if (deps.keys.needsPassphrase && (acting.passphrase ?? '') === '')
    return err('passphrase-missing', X.passphraseNeeded);
  return ok({
    keyId: own.keyId,
    sign: (m: Uint8Array) => deps.keys.sign(keyStoreIdOf(acting.workspace), own.keyId, m, acting.passphrase),
  });
}

/** prevBundleHash: the last bundle this key sent on the counter `counter` (null for the first). */
export function previousSent(state: ExchangeState, keyId: string, counter: string): string | null {
  let best: { seq: number; hash: string } | null = null;
  for (const b of state.bundles) {
    if (b.direction !== 'sent' || b.keyId !== keyId || (b.counter ?? b.addressee) !== counter) continue;
    if (best === null || b.seq > best.seq) best = { seq: b.seq, hash: b.bundleHash };
  }
  return best?.hash ?? null;
}

/** A sequence state to store with a merge, valid only if the stored mark is still the one verification saw. */
export function guardedSequence(
  ws: Workspace,
  state: ExchangeState,
  keyId: string,
  addressee: string,
  next: SequenceState,
): GuardedSequence {
  const held = state.sequences.find((s) => s.keyId === keyId && s.addressee === addressee);
  return {
    record: { workspaceId: ws.id, keyId, addressee, lastSeq: next.lastSeq, hashes: [...next.hashes] },
    expectLastSeq: held?.lastSeq ?? 0,
  };
}

/** The bundle-log record of a verified incoming bundle that carries no slices (notices, chapters). */
export function receivedRecord(
  workspaceId: string,
  v: Pick<VerifiedBundle, 'bundleHash' | 'manifest' | 'warnings'>,
  at: string,
): BundleRecord {
  const m = v.manifest;
  return {
    workspaceId,
    bundleHash: v.bundleHash,
    receivedAt: at,
    direction: 'received',
    kind: m.kind,
    keyId: m.keyId,
    sender: m.sender,
    addressee: m.addressee,
    seq: m.seq,
    createdAt: m.createdAt,
    auditHead: m.auditHead,
    status: 'imported',
    slices: [],
    warnings: v.warnings.map((w) => w.message),
  };
}
