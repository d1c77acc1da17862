/**
 * The 锁定清单 as it leaves the office: the lock's manifest with the year it belongs to, the catalog
 * version in force and the 校级更正 written into approved slices before the lock, signed with the
 * office's Ed25519 key over its canonical JSON, so the Ministry's recipient (or a department) can check
 * that the list — and what the office changed after a department handed its data over — is the
 * office's and unchanged (docs/SECURITY.md, R12).
 */
import { base64ToBytes, bytesToBase64 } from '../base64';
import { canonicalJson } from '../canonical-json';
import { fingerprintOf, keyIdOf, verifySignature } from '../bundle/ed25519-keys';
import { manifestHash, type LockManifest, type ManifestEntry } from '../national-export/locked-year';
import type { LockRecord } from '../national-export/lock-record';
import type { Workspace } from '../workspace/workspace-types';
import { asLockCorrection, lockCorrectionsSchema, type LockCorrection } from '../review/lock-corrections';
import { err, ok, type Result } from '../result';

export const LOCK_LIST_FORMAT = 'status-data-desk/lock-list';
/** Version 2 added the corrections; version 1 files (none recorded) still verify. */
export const LOCK_LIST_VERSION = 2;
/** Version 3: one department's extract of the list (lock-list-extract.ts), with its own manifest hash. */
export const LOCK_LIST_EXTRACT_VERSION = 3;

export type LockListVersion = 1 | 2 | 3;

/** What an extract is of: the department it was cut for and the whole list's manifest hash. */
export interface LockListExtract {
  readonly for: string;
  readonly of: string;
}

/** What the signature covers. */
export interface LockListBody {
  readonly format: typeof LOCK_LIST_FORMAT;
  readonly version: LockListVersion;
  readonly school: { readonly name: string; readonly code: string };
  readonly academicYearStart: number;
  /** The catalog version the lock read; null when the lock did not record one. */
  readonly catalogVersion: number | null;
  readonly manifest: LockManifest;
  /** The 校级更正 the lock recorded, oldest first (absent only in version 1 files). */
  readonly corrections?: readonly LockCorrection[];
  /** Present in a department's extract only (version 3): its manifest lists that department's slices. */
  readonly extract?: LockListExtract;
  readonly signer: { readonly keyId: string; readonly publicKey: string; readonly fingerprint: string };
}

export interface SignedLockList extends LockListBody {
  /** Base64 Ed25519 signature over the canonical JSON of the body. */
  readonly signature: string;
}

export const lockListMessage = (body: LockListBody): Uint8Array =>
  new TextEncoder().encode(canonicalJson(body));

export interface LockListSigner {
  readonly publicKey: Uint8Array;
  sign(message: Uint8Array): Promise<Result<Uint8Array>>;
}

/** Signs the list with the office key; the signer's key id and fingerprint are derived, never trusted. */
export async function signLockList(
  body: Omit<LockListBody, 'format' | 'version' | 'signer' | 'corrections'> & {
    readonly corrections: readonly LockCorrection[];
  },
  signer: LockListSigner,
): Promise<Result<SignedLockList>> {
  const full: LockListBody = {
    format: LOCK_LIST_FORMAT,
    version: body.extract === undefined ? LOCK_LIST_VERSION : LOCK_LIST_EXTRACT_VERSION,
    ...body,
    signer: {
      keyId: keyIdOf(signer.publicKey),
      publicKey: bytesToBase64(signer.publicKey),
      fingerprint: fingerprintOf(signer.publicKey),
    },
  };
  const sig = await signer.sign(lockListMessage(full));
  if (!sig.ok) return sig;
  return ok({ ...full, signature: bytesToBase64(sig.value) });
}

/** What the office signs for its latest lock: the year, the catalog version, the manifest and its corrections. */
export function lockListBodyOf(
  ws: Pick<Workspace, 'school' | 'academicYearStart'>,
  lock: LockRecord,
): Parameters<typeof signLockList>[0] {
  return {
    school: { name: ws.school.name, code: ws.school.code },
    academicYearStart: ws.academicYearStart,
    catalogVersion: lock.catalogVersion,
    manifest: lock.manifest,
    // What the office changed in approved slices travels signed with the list it changed.
    corrections: lock.corrections ?? [],
  };
}

const MESSAGES = {
  malformed: '不是有效的锁定清单文件。',
  hash: '锁定清单的条目与其哈希不符，文件已被改动。',
  corrections: '锁定清单中的校级更正记录格式不正确，文件已被改动或损坏。',
  extract: '锁定清单摘录的说明不正确，文件已被改动或损坏。',
  signature: '锁定清单的签名无效：文件已被改动，或不是由所示密钥签名。',
  notOffice: (fp: string) => `锁定清单不是由本校督导室的密钥签名（签名密钥指纹 ${fp}）。`,
} as const;

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';

function entriesOf(v: unknown): ManifestEntry[] | null {
  if (!Array.isArray(v)) return null;
  const out: ManifestEntry[] = [];
  for (const e of v) {
    if (!isObj(e) || !isStr(e['tableCode']) || !isStr(e['departmentCode']) || !isStr(e['hash'])) return null;
    if (typeof e['rows'] !== 'number') return null;
    out.push({
      tableCode: e['tableCode'],
      departmentCode: e['departmentCode'],
      rows: e['rows'],
      hash: e['hash'],
    });
  }
  return out;
}

/** Version 2 and 3 carry the corrections (validated whole); version 1 carries none. Undefined: malformed. */
function correctionsOf(version: LockListVersion, v: unknown): LockCorrection[] | null | undefined {
  if (version === 1) return v === undefined ? null : undefined;
  const r = lockCorrectionsSchema.safeParse(v);
  return r.success ? r.data.map(asLockCorrection) : undefined;
}

type Parsed = { body: LockListBody; signature: string } | 'malformed' | 'corrections' | 'extract';

/** Only version 3 is an extract, and it must say whose and of what list. Undefined: malformed. */
function extractOf(version: LockListVersion, v: unknown): LockListExtract | null | undefined {
  if (version !== LOCK_LIST_EXTRACT_VERSION) return v === undefined ? null : undefined;
  if (!isObj(v) || !isStr(v['for']) || !isStr(v['of']) || Object.keys(v).length !== 2) return undefined;
  return { for: v['for'], of: v['of'] };
}

function parseBody(v: unknown): Parsed {
  if (!isObj(v) || v['format'] !== LOCK_LIST_FORMAT || !isStr(v['signature'])) return 'malformed';
  const version = v['version'];
  if (version !== 1 && version !== 2 && version !== 3) return 'malformed';
  const body = parseFields(v, version);
  if (body === null) return 'malformed';
  const corrections = correctionsOf(version, v['corrections']);
  if (corrections === undefined) return 'corrections';
  const extract = extractOf(version, v['extract']);
  if (extract === undefined) return 'extract';
  return {
    signature: v['signature'],
    body: {
      ...body,
      ...(corrections === null ? {} : { corrections }),
      ...(extract === null ? {} : { extract }),
    },
  };
}

function parseFields(v: Record<string, unknown>, version: LockListVersion): LockListBody | null {
  const { school, manifest, signer, academicYearStart, catalogVersion } = v;
  if (!isObj(school) || !isStr(school['name']) || !isStr(school['code'])) return null;
  if (
    !isObj(signer) ||
    !isStr(signer['keyId']) ||
    !isStr(signer['publicKey']) ||
    !isStr(signer['fingerprint'])
  )
    return null;
  if (!isObj(manifest) || !isStr(manifest['at']) || !isStr(manifest['by']) || !isStr(manifest['hash']))
    return null;
  const entries = entriesOf(manifest['entries']);
  if (entries === null || typeof academicYearStart !== 'number') return null;
  if (catalogVersion !== null && typeof catalogVersion !== 'number') return null;
  return {
    format: LOCK_LIST_FORMAT,
    version,
    school: { name: school['name'], code: school['code'] },
    academicYearStart,
    catalogVersion,
    manifest: { at: manifest['at'], by: manifest['by'], entries, hash: manifest['hash'] },
    signer: { keyId: signer['keyId'], publicKey: signer['publicKey'], fingerprint: signer['fingerprint'] },
  };
}

/**
 * Checks a received list: well-formed (its corrections too), entries giving the manifest hash, signed by
 * the key it names — the signature covers the corrections, so none can be added, dropped or altered —
 * and, when the office's pinned key is given (base64), by that key.
 */
export function verifyLockList(value: unknown, officePublicKey?: string): Result<SignedLockList> {
  const parsed = parseBody(value);
  if (parsed === 'malformed') return err('malformed', MESSAGES.malformed);
  if (parsed === 'corrections') return err('corrections', MESSAGES.corrections);
  if (parsed === 'extract') return err('extract', MESSAGES.extract);
  const { body, signature } = parsed;
  const m = body.manifest;
  if (manifestHash(m.at, m.by, m.entries) !== m.hash) return err('hash', MESSAGES.hash);
  const key = base64ToBytes(body.signer.publicKey);
  const sig = base64ToBytes(signature);
  if (
    key === null ||
    sig === null ||
    keyIdOf(key) !== body.signer.keyId ||
    fingerprintOf(key) !== body.signer.fingerprint ||
    !verifySignature(sig, lockListMessage(body), key)
  )
    return err('signature', MESSAGES.signature);
  if (officePublicKey !== undefined && officePublicKey !== body.signer.publicKey)
    return err('not-office', MESSAGES.notOffice(body.signer.fingerprint));
  return ok({ ...body, signature });
}
