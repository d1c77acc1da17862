/**
 * Test kit: three stations' keys, a trust list signed by the office, a verification context, and a
 * builder for valid data bundles that tests then tamper with. Only tests import it.
 */
import { canonicalJson } from '../../canonical-json';
import { bytesToBase64 } from '../../base64';
import { writeBundle, type BundleFileInput } from '../bundle-writer';
import { generateKeyPair, keyIdOf, signBytes, type Ed25519KeyPair } from '../ed25519-keys';
import type { ManifestFields } from '../manifest';
import type { SequenceState } from '../sequence-policy';
import type { TableFile } from '../table-file';
import type { KeyRole, TrustList, TrustedKey } from '../trust-list';
import type { VerifyContext } from '../verify-bundle';
import type { EntryCompressor } from '../zip-writer';

export const YEAR_ID = '0b6f3c1e-7a2d-4c1b-9e5f-2a8d6c4b1f00';
export const AT = '2025-10-08T09:00:00.000Z';

export interface Keys {
  readonly office: Ed25519KeyPair;
  readonly jwc: Ed25519KeyPair;
  readonly rsc: Ed25519KeyPair;
  readonly summary: Ed25519KeyPair;
  readonly revoked: Ed25519KeyPair;
}

const keys: Keys = {
  office: generateKeyPair(),
  jwc: generateKeyPair(),
  rsc: generateKeyPair(),
  summary: generateKeyPair(),
  revoked: generateKeyPair(),
};
export const testKeys = (): Keys => keys;

export function trusted(
  k: Ed25519KeyPair,
  departmentCode: string,
  role: KeyRole,
  revokedAt?: string,
): TrustedKey {
  return {
    keyId: keyIdOf(k.publicKey),
    publicKey: bytesToBase64(k.publicKey),
    departmentCode,
    role,
    addedAt: AT,
    ...(revokedAt === undefined ? {} : { revokedAt }),
  };
}

export const testTrustList: TrustList = {
  version: 3,
  officeKeyId: keyIdOf(keys.office.publicKey),
  keys: [
    trusted(keys.office, 'DDS', 'office'),
    trusted(keys.jwc, 'JWC', 'department'),
    trusted(keys.rsc, 'RSC', 'department'),
    trusted(keys.summary, 'XGC', 'summary'),
    trusted(keys.revoked, 'CWC', 'department', '2025-10-01T00:00:00.000Z'),
  ],
};

export function officeContext(
  overrides: Partial<VerifyContext> = {},
  states = new Map<string, SequenceState>(),
): VerifyContext {
  return {
    station: { role: 'office', departmentCode: 'DDS' },
    yearId: YEAR_ID,
    officePublicKey: keys.office.publicKey,
    trustList: testTrustList,
    sequenceState: (keyId, addressee) => states.get(`${keyId}|${addressee}`),
    now: new Date('2025-10-09T00:00:00.000Z'),
    ...overrides,
  };
}

export function row(
  i: number,
  values: Record<string, string | number | boolean | null> = { name: `教师${i}`, age: 30 + (i % 20) },
) {
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    values,
    by: '张三',
    at: AT,
    src: 'typed' as const,
  };
}

export function tableFile(tableCode: string, departmentCode: string, rowCount: number): TableFile {
  return { tableCode, departmentCode, rows: Array.from({ length: rowCount }, (_, i) => row(i + 1)) };
}

export function tableInput(table: TableFile | unknown, path?: string): BundleFileInput {
  const t = table as TableFile;
  return {
    path: path ?? `tables/${t.tableCode}.json`,
    bytes: new TextEncoder().encode(canonicalJson(table)),
    ...(Array.isArray(t.rows) ? { rows: t.rows.length } : {}),
  };
}

export function manifestFields(
  overrides: Partial<ManifestFields> = {},
  signer: Ed25519KeyPair = keys.jwc,
): ManifestFields {
  return {
    kind: 'data',
    keyId: keyIdOf(signer.publicKey),
    sender: { stationRole: 'department', departmentCode: 'JWC' },
    addressee: 'OFFICE',
    yearId: YEAR_ID,
    bundleId: '5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    seq: 1,
    prevBundleHash: null,
    createdAt: AT,
    auditHead: 'a'.repeat(64),
    appVersion: '0.1.0',
    schemaVersion: 1,
    ...overrides,
  };
}

export interface BuildOptions {
  readonly fields?: Partial<ManifestFields>;
  readonly signer?: Ed25519KeyPair;
  readonly files?: readonly BundleFileInput[];
  readonly compress?: EntryCompressor;
}

/** A valid data bundle from JWC to the office with two tables; throws if the fixture itself is wrong. */
export function buildBundle(options: BuildOptions = {}): {
  bytes: Uint8Array;
  bundleHash: string;
  manifestBytes: Uint8Array;
} {
  const signer = options.signer ?? keys.jwc;
  const files = options.files ?? [
    tableInput(tableFile('A10-1', 'JWC', 3)),
    tableInput(tableFile('A6-2', 'JWC', 2)),
  ];
  const written = writeBundle({
    manifestFields: manifestFields(options.fields, signer),
    files,
    sign: (b) => signBytes(b, signer.secretKey),
    ...(options.compress === undefined ? {} : { compress: options.compress }),
  });
  if (!written.ok) throw new Error(`fixture: ${written.error.message}`);
  return written.value;
}
