import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyStoredAuditLog } from './audit-log';
import { createDataWriter } from './data-writer';
import { ACTOR, makeRows, makeWorkspace, openTestDb, sliceKey } from './test-fixtures';

async function loggedDb() {
  const db = await openTestDb();
  const writer = createDataWriter(db);
  const ws = makeWorkspace();
  await writer.createWorkspace(ws, ACTOR);
  for (let i = 0; i < 5; i++) await writer.commitSlice(sliceKey(ws.id), makeRows(3 + i), ACTOR);
  return { db, ws };
}

describe('stored audit log (docs/SECURITY.md A1)', () => {
  it('verifies as written by the data writer', async () => {
    const { db, ws } = await loggedDb();
    expect(await verifyStoredAuditLog(db, ws.id)).toMatchObject({ ok: true, count: 6 });
  });

  it('names the first bad index when a stored event is edited', async () => {
    const { db, ws } = await loggedDb();
    await db.audit.update([ws.id, 3], { actor: '篡改者' });
    expect(await verifyStoredAuditLog(db, ws.id)).toMatchObject({ ok: false, firstBadIndex: 2 });
  });

  it('names the first bad index when a stored event is deleted', async () => {
    const { db, ws } = await loggedDb();
    await db.audit.delete([ws.id, 4]);
    expect(await verifyStoredAuditLog(db, ws.id)).toMatchObject({ ok: false, firstBadIndex: 3 });
  });

  it('names the first bad index when two stored events swap places', async () => {
    const { db, ws } = await loggedDb();
    const [a, b] = await db.audit.bulkGet([
      [ws.id, 2],
      [ws.id, 3],
    ]);
    if (!a || !b) throw new Error('fixture');
    await db.audit.bulkPut([
      { ...b, seq: 2 },
      { ...a, seq: 3 },
    ]);
    expect(await verifyStoredAuditLog(db, ws.id)).toMatchObject({ ok: false, firstBadIndex: 1 });
  });
});
