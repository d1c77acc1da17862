/**
 * The sentinel (docs/ARCHITECTURE.md §3): a tiny record kept *outside* IndexedDB — per workspace its row count, a
 * hash of its slice summaries and its audit head — rewritten after every commit. If Chromium silently
 * resets the store (disk full, origin change, eviction), the app finds an empty or different database
 * at start-up while the sentinel still remembers data, and can offer a restore instead of carrying on.
 *
 * Where the text lives is the platform's business (localStorage in the browser build, a file through
 * IPC in Electron), behind SentinelStore. A crash between a commit and the sentinel write leaves the
 * database *ahead* of the sentinel; that is recognised (the sentinel's head is still in the chain) and is
 * not reported as a loss.
 */
import Dexie from 'dexie';
import { z } from 'zod';
import { canonicalJson } from '../../shared/canonical-json';
import { sha256Hex } from '../../shared/hash';
import { GLOBAL_AUDIT_LOG, readAuditHead } from './audit-log';
import { workspaceRange } from './key-ranges';
import type { StatusDb } from './schema';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const workspaceSentinelSchema = z
  .object({
    rowCount: z.number().int().min(0),
    slicesHash: hex64,
    auditSeq: z.number().int().min(0),
    auditHead: hex64,
  })
  .strict();
export type WorkspaceSentinel = z.infer<typeof workspaceSentinelSchema>;

const snapshotSchema = z
  .object({
    format: z.literal(1),
    writtenAt: z.string(),
    global: z.object({ auditSeq: z.number().int().min(0), auditHead: hex64 }).strict(),
    workspaces: z.record(z.string(), workspaceSentinelSchema),
  })
  .strict();
export type SentinelSnapshot = z.infer<typeof snapshotSchema>;

/** Stores the sentinel text somewhere IndexedDB's fate does not reach. */
export interface SentinelStore {
  load(): Promise<string | null>;
  save(text: string): Promise<void>;
}

export const SENTINEL_STORAGE_KEY = 'status-data-desk.sentinel.v1';

/** Browser build: localStorage lives in a different backing store than IndexedDB. */
export class LocalStorageSentinelStore implements SentinelStore {
  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem'> = globalThis.localStorage,
    private readonly key: string = SENTINEL_STORAGE_KEY,
  ) {}
  load(): Promise<string | null> {
    return Promise.resolve(this.storage.getItem(this.key));
  }
  save(text: string): Promise<void> {
    this.storage.setItem(this.key, text);
    return Promise.resolve();
  }
}

/** Reads only small records (slice summaries, last audit event); safe inside the writer's transaction. */
export async function computeWorkspaceSentinel(
  db: StatusDb,
  workspaceId: string,
  knownHead?: { readonly seq: number; readonly hash: string },
): Promise<WorkspaceSentinel> {
  const [lo, hi] = workspaceRange(workspaceId);
  const slices = await db.slices.where(':id').between(lo, hi).toArray();
  const head = knownHead ?? (await readAuditHead(db, workspaceId));
  const summaries = slices.map((s) => [s.tableCode, s.departmentCode, s.rowCount, s.stamp]);
  return {
    rowCount: slices.reduce((n, s) => n + s.rowCount, 0),
    slicesHash: sha256Hex(canonicalJson(summaries)),
    auditSeq: head.seq,
    auditHead: head.hash,
  };
}

export async function computeSentinelSnapshot(db: StatusDb, now: string): Promise<SentinelSnapshot> {
  const ids = (await db.workspaces.toCollection().primaryKeys()).map(String);
  const workspaces: Record<string, WorkspaceSentinel> = {};
  for (const id of ids) workspaces[id] = await computeWorkspaceSentinel(db, id);
  const g = await readAuditHead(db, GLOBAL_AUDIT_LOG);
  return { format: 1, writtenAt: now, global: { auditSeq: g.seq, auditHead: g.hash }, workspaces };
}

export function parseSentinel(text: string | null): SentinelSnapshot | null {
  if (text === null) return null;
  try {
    const r = snapshotSchema.safeParse(JSON.parse(text));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

/** What a commit tells the sentinel: the workspace's new state, or null when it was deleted. */
export interface SentinelUpdate {
  readonly workspaceId: string;
  readonly sentinel: WorkspaceSentinel | null;
  readonly global?: { readonly auditSeq: number; readonly auditHead: string };
}

/**
 * Applies commit receipts to the stored sentinel one at a time (read-modify-write must not interleave
 * when several commits finish together). A missing or unreadable sentinel is rebuilt from the database.
 */
export function createSentinelRecorder(db: StatusDb, store: SentinelStore, now: () => string = isoNow) {
  let queue: Promise<void> = Promise.resolve();
  const apply = async (u: SentinelUpdate): Promise<void> => {
    const current = parseSentinel(await store.load()) ?? (await computeSentinelSnapshot(db, now()));
    const workspaces = { ...current.workspaces };
    if (u.sentinel) workspaces[u.workspaceId] = u.sentinel;
    else delete workspaces[u.workspaceId];
    const next: SentinelSnapshot = {
      ...current,
      writtenAt: now(),
      global: u.global ?? current.global,
      workspaces,
    };
    await store.save(JSON.stringify(next));
  };
  return {
    record(u: SentinelUpdate): Promise<void> {
      queue = queue.then(() => apply(u));
      return queue;
    },
  };
}

/** Rewrites the sentinel from the database, e.g. after the user accepted a 'no-sentinel' or restored. */
export async function refreshSentinel(
  db: StatusDb,
  store: SentinelStore,
  now: string = isoNow(),
): Promise<void> {
  await store.save(JSON.stringify(await computeSentinelSnapshot(db, now)));
}

export type SentinelStatus = 'ok' | 'empty-but-expected-data' | 'mismatch' | 'no-sentinel';

export interface SentinelCheck {
  readonly status: SentinelStatus;
  /** Chinese, one line per affected workspace, for the restore dialog. */
  readonly problems: readonly string[];
  /** The database is ahead of the sentinel (a crash after a commit): call refreshSentinel. */
  readonly stale: boolean;
}

/** Start-up health check of the database against the sentinel. */
export async function checkSentinel(db: StatusDb, store: SentinelStore): Promise<SentinelCheck> {
  const expected = parseSentinel(await store.load());
  if (!expected) return { status: 'no-sentinel', problems: [], stale: false };
  const actual = await computeSentinelSnapshot(db, isoNow());
  const expectedIds = Object.keys(expected.workspaces);
  const dbEmpty = Object.keys(actual.workspaces).length === 0 && actual.global.auditSeq === 0;
  if (dbEmpty && (expectedIds.length > 0 || expected.global.auditSeq > 0)) {
    const rows = expectedIds.reduce((n, id) => n + (expected.workspaces[id]?.rowCount ?? 0), 0);
    return {
      status: 'empty-but-expected-data',
      problems: [`数据库为空，但上次关闭时有 ${expectedIds.length} 个采集年度、共 ${rows} 行数据。`],
      stale: false,
    };
  }
  const problems: string[] = [];
  await headReached(
    db,
    GLOBAL_AUDIT_LOG,
    expected.global.auditSeq,
    expected.global.auditHead,
    problems,
    '全局审计日志',
  );
  let stale = actual.global.auditSeq !== expected.global.auditSeq;
  for (const id of expectedIds) {
    const want = expected.workspaces[id] as WorkspaceSentinel;
    const have = actual.workspaces[id];
    if (!have) {
      if (await deletionRecorded(db, id)) stale = true;
      else problems.push(`采集年度 ${id} 不见了（原有 ${want.rowCount} 行数据，且没有删除记录）。`);
      continue;
    }
    if (have.auditHead === want.auditHead && have.auditSeq === want.auditSeq) {
      if (have.slicesHash !== want.slicesHash || have.rowCount !== want.rowCount) {
        problems.push(
          `采集年度 ${id} 的数据与审计记录不符（原有 ${want.rowCount} 行，现有 ${have.rowCount} 行）。`,
        );
      }
      continue;
    }
    if (await headReached(db, id, want.auditSeq, want.auditHead, problems, `采集年度 ${id}`)) stale = true;
  }
  for (const id of Object.keys(actual.workspaces)) if (!expected.workspaces[id]) stale = true;
  if (problems.length > 0) return { status: 'mismatch', problems, stale: false };
  return { status: 'ok', problems: [], stale };
}

/** True when the chain still holds the sentinel's head at its seq (the database only moved on). */
async function headReached(
  db: StatusDb,
  logId: string,
  seq: number,
  head: string,
  problems: string[],
  label: string,
) {
  if (seq === 0) return true;
  const e = await db.audit.get([logId, seq]);
  if (e?.hash === head) return true;
  problems.push(`${label}的审计记录比上次关闭时少或被改动（应有第 ${seq} 条）。`);
  return false;
}

async function deletionRecorded(db: StatusDb, workspaceId: string): Promise<boolean> {
  const global = await db.audit
    .where(':id')
    .between([GLOBAL_AUDIT_LOG, Dexie.minKey], [GLOBAL_AUDIT_LOG, Dexie.maxKey])
    .toArray();
  return global.some((e) => e.kind === 'workspace.delete' && e.summary.workspaceId === workspaceId);
}

function isoNow(): string {
  return new Date().toISOString();
}
