/**
 * Test kit for the bundle threat cases (docs/SECURITY.md) at database level: fresh stations where the office
 * has imported 团委会's bundle 1, a forger that signs any manifest and files with TW's key (or another),
 * and the office's import through the real path, reporting whether its database changed. Only tests
 * import it.
 */
import { expect } from 'vitest';
import { canonicalJson } from '../../../../shared/canonical-json';
import { writeBundle, type BundleFileInput } from '../../../../shared/bundle/bundle-writer';
import { keyIdOf, signBytes, type Ed25519KeyPair } from '../../../../shared/bundle/ed25519-keys';
import type { ManifestFields } from '../../../../shared/bundle/manifest';
import { bytes, type unpack } from '../../../../shared/bundle/testing/rezip';
import { newUuid } from '../../../../shared/ids';
import { commitDataBundle } from '../data-commit';
import { previewDataBundle } from '../data-import';
import { dbHash, type Station } from './exchange-kit';
import { threeStations } from './three-stations';

const row = (i: number) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  values: { communityname: `社团${i}`, communitytype: '学术科技类' },
  by: '信息员',
  at: '2025-10-01T00:00:00.000Z',
  src: 'typed' as const,
});

/** A table file's content: `n` A10-3 (社团) rows of `dept`, under table `code`. */
export const table = (n: number, dept = 'TW', code = 'A10-3') => ({
  tableCode: code,
  departmentCode: dept,
  rows: Array.from({ length: n }, (_, i) => row(i + 1)),
});

export const file = (t: unknown, path = 'tables/A10-3.json'): BundleFileInput => ({
  path,
  bytes: bytes(canonicalJson(t)),
  ...(Array.isArray((t as { rows?: unknown }).rows) ? { rows: (t as { rows: unknown[] }).rows.length } : {}),
});

/** For rezip: the entry `name` with its bytes passed through `f`. */
export const replace = (name: string, f: (b: Uint8Array) => Uint8Array) => (es: ReturnType<typeof unpack>) =>
  es.map((e) => (e.name === name ? { name, bytes: f(e.bytes) } : e));

export interface ImportOutcome {
  readonly code: string;
  readonly message: string;
  readonly warnings: readonly string[];
  readonly changed: boolean;
}

export interface ThreatStations {
  readonly office: Station;
  readonly dept: Station;
  readonly twKey: Ed25519KeyPair;
  readonly yearId: string;
  /** A data bundle from TW to the office (seq 1, three rows) with `fields`, `files` or `signer` changed. */
  forge(o?: {
    fields?: Partial<ManifestFields>;
    files?: BundleFileInput[];
    signer?: Ed25519KeyPair;
  }): Uint8Array;
  /** Imports at the office; the refusal (or the status, with warnings) and whether the database changed. */
  importAtOffice(b: Uint8Array): Promise<ImportOutcome>;
  /** Expects the office to refuse `b` with `code` and `message`, its database unchanged. */
  refused(b: Uint8Array, code: string, message: string | RegExp): Promise<void>;
}

/** Fresh stations where the office has imported TW's bundle 1, so no test depends on another's imports. */
export async function threatStations(): Promise<ThreatStations> {
  const { office, dept } = await threeStations();
  const own = (await dept.state()).ownKey!;
  const twKey = dept.keys.pairs.get(own.keyId)!;
  const yearId = (await dept.state()).officePin!.yearId;

  const forge: ThreatStations['forge'] = (o = {}) => {
    const signer = o.signer ?? twKey;
    const w = writeBundle({
      manifestFields: {
        kind: 'data',
        keyId: keyIdOf(signer.publicKey),
        sender: { stationRole: 'department', departmentCode: 'TW' },
        addressee: 'OFFICE',
        yearId,
        bundleId: newUuid(),
        seq: 1,
        prevBundleHash: null,
        createdAt: '2025-10-08T09:00:00.000Z',
        auditHead: '0'.repeat(64),
        appVersion: '0.1.0',
        schemaVersion: 1,
        ...o.fields,
      },
      files: o.files ?? [file(table(3))],
      sign: (b) => signBytes(b, signer.secretKey),
    });
    if (!w.ok) throw new Error(w.error.message);
    return w.value.bytes;
  };

  const importAtOffice = async (b: Uint8Array): Promise<ImportOutcome> => {
    const before = await dbHash(office.db);
    const p = await previewDataBundle(office.deps, office.ws, await office.state(), b);
    if (!p.ok) return { ...p.error, warnings: [], changed: (await dbHash(office.db)) !== before };
    const c = await commitDataBundle(office.deps, office.acting, p.value);
    return {
      code: c.ok ? c.value.status : c.error.code,
      message: c.ok ? '' : c.error.message,
      warnings: p.value.warnings,
      changed: (await dbHash(office.db)) !== before,
    };
  };

  const refused: ThreatStations['refused'] = async (b, code, message) => {
    const r = await importAtOffice(b);
    expect(r.code).toBe(code);
    expect(r.message).toMatch(message);
    expect(r.changed).toBe(false);
  };

  expect((await importAtOffice(forge({ fields: { seq: 1 } }))).code).toBe('imported');
  return { office, dept, twKey, yearId, forge, importAtOffice, refused };
}
