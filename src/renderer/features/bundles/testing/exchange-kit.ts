/**
 * Test kit for the exchange at database level: stations on fake IndexedDB with the real data writer
 * and repository, in-memory keys (noble Ed25519, secret keys exposed so tests can forge bundles) and
 * an in-memory sequence store. Only tests import it.
 */
import { bytesToBase64 } from '../../../../shared/base64';
import { builtInCatalog } from '../../../../shared/catalog/builtin-catalog';
import { canonicalJson } from '../../../../shared/canonical-json';
import { builtInDepartments } from '../../../../shared/departments/builtin-departments';
import {
  generateKeyPair,
  keyIdOf,
  signBytes,
  type Ed25519KeyPair,
} from '../../../../shared/bundle/ed25519-keys';
import { newUuid } from '../../../../shared/ids';
import type { CellValue, StoredRow } from '../../../../shared/records/record-types';
import { ok } from '../../../../shared/result';
import { defaultTasks } from '../../../../shared/tasks/default-tasks';
import type { TaskAssignment } from '../../../../shared/tasks/task-types';
import type { StationRole, Workspace } from '../../../../shared/workspace/workspace-types';
import { createDataWriter } from '../../../db/data-writer';
import { makeWorkspace, openTestDb } from '../../../db/test-fixtures';
import type { StatusDb } from '../../../db/schema';
import { createDexieRepository } from '../../../data/dexie-repository';
import type { StationKeys } from '../../../platform/station-keys';
import type { Acting, ExchangeDeps } from '../exchange-context';
import { inProcessSession, inProcessVerifier } from '../verify-client';

export interface MemKeys extends StationKeys {
  readonly pairs: Map<string, Ed25519KeyPair>;
}

export function memKeys(): MemKeys {
  const pairs = new Map<string, Ed25519KeyPair>();
  const byWs = new Map<string, string>();
  return {
    pairs,
    needsPassphrase: false,
    create: (ws) => {
      const pair = generateKeyPair();
      const keyId = keyIdOf(pair.publicKey);
      pairs.set(keyId, pair);
      byWs.set(ws, keyId);
      return Promise.resolve(ok({ keyId, publicKey: pair.publicKey }));
    },
    current: (ws) => {
      const id = byWs.get(ws);
      return Promise.resolve(
        ok(id === undefined ? null : { keyId: id, publicKey: pairs.get(id)!.publicKey }),
      );
    },
    sign: (_ws, keyId, message) => Promise.resolve(ok(signBytes(message, pairs.get(keyId)!.secretKey))),
  };
}

export const TASKS = (catalogTasks: TaskAssignment[]): TaskAssignment[] =>
  catalogTasks.map((t) =>
    t.tableCode === 'A9-6-1'
      ? { ...t, responsibleDepartment: 'XGC', cooperatingDepartments: ['TW'], summaryDepartment: 'XGC' }
      : t,
  );

export interface Station {
  readonly db: StatusDb;
  readonly deps: ExchangeDeps;
  readonly keys: MemKeys;
  readonly acting: Acting;
  readonly ws: Workspace;
  state(): ReturnType<ExchangeDeps['repo']['loadExchange']>;
}

let clock = Date.parse('2025-10-08T09:00:00.000Z');

/** `retask` changes the year's tasks (the office's reach the other stations in its setup bundle). */
export async function openStation(
  role: StationRole,
  departmentCode: string | null,
  retask: (tasks: TaskAssignment[]) => TaskAssignment[] = (t) => t,
): Promise<Station> {
  const db = await openTestDb();
  const writer = createDataWriter(db);
  const repo = createDexieRepository(db, writer);
  const ws = makeWorkspace({ station: { role, departmentCode } });
  const catalog = builtInCatalog();
  const departments = builtInDepartments();
  const tasks = retask(TASKS(defaultTasks(catalog, departments, '20251010')));
  const created = await writer.createWorkspace(ws, { actor: '系统' }, { departments, catalog, tasks });
  if (!created.ok) throw new Error(created.error.message);
  const keys = memKeys();
  const seqs = new Map<string, number>();
  const deps: ExchangeDeps = {
    repo,
    keys,
    seq: {
      nextSeq: (s) => {
        const k = `${s.keyId}|${s.addressee}`;
        seqs.set(k, (seqs.get(k) ?? 0) + 1);
        return Promise.resolve(ok(seqs.get(k)!));
      },
    },
    now: () => new Date((clock += 1000)),
    newId: newUuid,
    appVersion: '0.1.0',
    verify: inProcessVerifier,
    openVerifySession: inProcessSession,
  };
  return {
    db,
    deps,
    keys,
    ws,
    acting: { workspace: ws, actor: { name: '负责人', role: 'head' }, passphrase: null },
    state: () => repo.loadExchange(ws.id),
  };
}

/** A canonical hash of every table of the database (binary values as base64). */
export async function dbHash(db: StatusDb): Promise<string> {
  const out: Record<string, unknown> = {};
  for (const t of db.tables) out[t.name] = normalise(await t.toArray());
  return canonicalJson(out);
}

function normalise(v: unknown): unknown {
  if (v instanceof Uint8Array) return { b64: bytesToBase64(v) };
  if (Array.isArray(v)) return v.map(normalise);
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, normalise(x)]));
  return v;
}

/** Rows of catalog fields only (an import refuses fields its catalog lacks): values per row index. */
export function fieldRows(n: number, values: (i: number) => Record<string, CellValue>): StoredRow[] {
  return Array.from({ length: n }, (_, i) => ({
    id: newUuid(),
    values: values(i),
    by: '张三',
    at: '2025-09-02T08:00:00.000Z',
    src: 'typed' as const,
  }));
}

/** A10-3 (社团) rows as a department fills them. */
export const communityRows = (n: number, tag: string): StoredRow[] =>
  fieldRows(n, (i) => ({ communityname: `${tag}社团${i + 1}`, membercount: 20 + i }));
