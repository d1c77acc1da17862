/**
 * The bundle bench's office station and its 20 department bundles: a real StatusDb with the data
 * writer and repository, a trust list (office + D01…D20) and a task routing A10-1 from all twenty
 * departments to the office. Bundles are signed with noble keys ahead of the timing.
 */
import { bytesToBase64 } from '../../shared/base64';
import { writeBundle } from '../../shared/bundle/bundle-writer';
import {
  fingerprintOf,
  generateKeyPair,
  keyIdOf,
  signBytes,
  type Ed25519KeyPair,
} from '../../shared/bundle/ed25519-keys';
import { signTrustList, type TrustList } from '../../shared/bundle/trust-list';
import { fflateCompressor } from '../../shared/bundle/zip-writer';
import { builtInCatalog } from '../../shared/catalog/builtin-catalog';
import type { Catalog } from '../../shared/catalog/catalog-types';
import { BENCH_TABLE } from './grid-bench-table';
import { canonicalJson } from '../../shared/canonical-json';
import type { StoredRow } from '../../shared/records/record-types';
import { ok } from '../../shared/result';
import { sampleWorkspace } from '../../shared/workspace/testing/sample-workspace';
import type { Workspace } from '../../shared/workspace/workspace-types';
import { createDexieRepository } from '../data/dexie-repository';
import { createDataWriter } from '../db/data-writer';
import { openStatusDb, type StatusDb } from '../db/schema';
import type { ExchangeDeps } from '../features/bundles/exchange-context';
import { workerSession, workerVerifier } from '../features/bundles/verify-client';

export const DEPARTMENTS = Array.from({ length: 20 }, (_, i) => `D${String(i + 1).padStart(2, '0')}`);
const AT = '2025-10-08T09:00:00.000Z';

export interface BenchKeys {
  readonly office: Ed25519KeyPair;
  readonly depts: ReadonlyMap<string, Ed25519KeyPair>;
  readonly yearId: string;
}

export function benchKeys(): BenchKeys {
  return {
    office: generateKeyPair(),
    depts: new Map(DEPARTMENTS.map((d) => [d, generateKeyPair()])),
    yearId: crypto.randomUUID(),
  };
}

export interface BenchBundle {
  readonly dept: string;
  readonly bytes: Uint8Array;
  readonly rows: StoredRow[];
}

/** One data bundle per department, each with its own rows of A10-1 (fflate level 1 as the container). */
export function benchBundles(keys: BenchKeys, rows: readonly StoredRow[]): BenchBundle[] {
  const per = Math.ceil(rows.length / DEPARTMENTS.length);
  return DEPARTMENTS.map((dept, i) => {
    const mine = rows.slice(i * per, (i + 1) * per);
    const pair = keys.depts.get(dept)!;
    const file = { tableCode: 'A10-1', departmentCode: dept, rows: mine };
    const w = writeBundle({
      manifestFields: {
        kind: 'data',
        keyId: keyIdOf(pair.publicKey),
        sender: { stationRole: 'department', departmentCode: dept },
        addressee: 'OFFICE',
        yearId: keys.yearId,
        bundleId: crypto.randomUUID(),
        seq: 1,
        prevBundleHash: null,
        createdAt: AT,
        auditHead: '0'.repeat(64),
        appVersion: '0.1.0',
        schemaVersion: 1,
      },
      files: [
        {
          path: 'tables/A10-1.json',
          bytes: new TextEncoder().encode(canonicalJson(file)),
          rows: mine.length,
        },
      ],
      sign: (m) => signBytes(m, pair.secretKey),
      compress: fflateCompressor(1),
    });
    if (!w.ok) throw new Error(w.error.message);
    return { dept, bytes: w.value.bytes, rows: mine };
  });
}

export interface BenchStation {
  readonly db: StatusDb;
  readonly deps: ExchangeDeps;
  readonly ws: Workspace;
}

/** A fresh office station on its own database, trusting the twenty department keys. */
export async function benchOffice(keys: BenchKeys, dbName: string): Promise<BenchStation> {
  await new Promise<void>((resolve) => {
    const r = indexedDB.deleteDatabase(dbName);
    r.onsuccess = r.onerror = r.onblocked = () => resolve();
  });
  const db = await openStatusDb(dbName);
  const writer = createDataWriter(db);
  const repo = createDexieRepository(db, writer);
  const ws: Workspace = sampleWorkspace({
    id: keys.yearId,
    name: 'bench',
    school: { name: '基准学院', provinceCode: '44', code: '12954' },
    createdAt: AT,
    updatedAt: AT,
  });
  const tasks = [
    {
      tableCode: 'A10-1',
      responsibleDepartment: 'D01',
      cooperatingDepartments: DEPARTMENTS.slice(1),
      summaryDepartment: null,
      deadline: '20251010',
    },
  ];
  const created = await writer.createWorkspace(
    ws,
    { actor: 'bench' },
    { catalog: benchCatalog(), tasks, departments: [] },
  );
  if (!created.ok) throw new Error(created.error.message);
  const key = (k: Ed25519KeyPair, departmentCode: string, role: 'office' | 'department') => ({
    keyId: keyIdOf(k.publicKey),
    publicKey: bytesToBase64(k.publicKey),
    departmentCode,
    role,
    addedAt: AT,
  });
  const list: TrustList = {
    version: 1,
    officeKeyId: keyIdOf(keys.office.publicKey),
    keys: [
      key(keys.office, 'DDS', 'office'),
      ...DEPARTMENTS.map((d) => key(keys.depts.get(d)!, d, 'department')),
    ],
  };
  const signed = signTrustList(list, keys.office.secretKey);
  const saved = await writer.saveTrust(
    ws.id,
    [
      {
        workspaceId: ws.id,
        kind: 'office-pin',
        keyId: list.officeKeyId,
        publicKey: bytesToBase64(keys.office.publicKey),
        fingerprint: fingerprintOf(keys.office.publicKey),
        yearId: ws.id,
        pinnedAt: AT,
        pinnedBy: 'bench',
      },
      {
        workspaceId: ws.id,
        kind: 'trust-list',
        list,
        bytesBase64: bytesToBase64(signed.bytes),
        sigText: signed.sigText,
      },
    ],
    {},
    { actor: 'bench' },
  );
  if (!saved.ok) throw new Error(saved.error.message);
  const deps: ExchangeDeps = {
    repo,
    keys: {
      needsPassphrase: false,
      create: () => Promise.resolve(ok({ keyId: '', publicKey: new Uint8Array() })),
      current: () => Promise.resolve(ok(null)),
      sign: () => Promise.resolve(ok(new Uint8Array(64))),
    },
    seq: { nextSeq: () => Promise.resolve(ok(1)) },
    now: () => new Date(AT),
    newId: () => crypto.randomUUID(),
    appVersion: '0.1.0',
    // The app's real path: one disposable verify Worker per batch of files, start-up included.
    verify: workerVerifier(),
    openVerifySession: () => workerSession(),
  };
  return { db, deps, ws };
}

/**
 * The built-in catalog with A10-1 given the bench rows' fields (bench-rows.ts): an import refuses
 * fields its catalog lacks, and validates the rest as it would a real table.
 */
function benchCatalog(): Catalog {
  const c = builtInCatalog();
  return {
    ...c,
    tables: c.tables.map((t) => (t.code === 'A10-1' ? { ...t, fields: BENCH_TABLE.fields } : t)),
  };
}
