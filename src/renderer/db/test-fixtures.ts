/**
 * Small generated fixtures for the storage tests.
 * Not imported by application code.
 */
import type { DBCoreTable } from 'dexie';
import { newUuid } from '../../shared/ids';
import type { SliceKey, StoredRow } from '../../shared/records/record-types';
import { sampleWorkspace } from '../../shared/workspace/testing/sample-workspace';
import type { Workspace } from '../../shared/workspace/workspace-types';
import { openStatusDb, type StatusDb } from './schema';
import { createDataWriter } from './data-writer';

let dbCounter = 0;

/** A fresh database per test, so no test depends on another's state. */
export function openTestDb(): Promise<StatusDb> {
  dbCounter++;
  return openStatusDb(`test-${dbCounter}-${newUuid()}`);
}

export function makeWorkspace(overrides: Partial<Workspace> = {}): Workspace {
  return sampleWorkspace({ id: newUuid(), ...overrides });
}

export function makeRows(n: number, tag = 'r'): StoredRow[] {
  const rows: StoredRow[] = [];
  for (let i = 0; i < n; i++) {
    rows.push({
      id: newUuid(),
      values: {
        xm: `${tag}姓名${i}`,
        gh: `T${String(i).padStart(6, '0')}`,
        nl: 20 + (i % 40),
        sfzz: i % 3 === 0,
      },
      by: '张三',
      at: '2025-09-02T08:00:00.000Z',
      src: 'imported',
    });
  }
  return rows;
}

export function sliceKey(workspaceId: string, tableCode = 'A1-1', departmentCode = 'RSC'): SliceKey {
  return { workspaceId, tableCode, departmentCode };
}

export const ACTOR = { actor: '张三' } as const;

/** Puts DBCore middleware in front of the `blocks` table (reopens `db`: Dexie builds the stack on open). */
export async function wrapBlocksTable(
  db: StatusDb,
  name: string,
  wrap: (blocks: DBCoreTable) => DBCoreTable,
): Promise<void> {
  db.close();
  db.use({
    stack: 'dbcore',
    name,
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const t = down.table(tableName);
        return tableName === 'blocks' ? wrap(t) : t;
      },
    }),
  });
  await db.open();
}

/** A fresh database with one workspace created through the writer: where most writer tests start. */
export async function openWriterWithWorkspace() {
  const db = await openTestDb();
  const writer = createDataWriter(db);
  const ws = makeWorkspace();
  const created = await writer.createWorkspace(ws, ACTOR);
  if (!created.ok) throw new Error(created.error.message);
  return { db, writer, ws, key: sliceKey(ws.id) };
}
