import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { StoredRow } from '../../shared/records/record-types';
import { getAuditEvents, listSlices, loadSlice } from './reads';
import { ACTOR, makeRows, openWriterWithWorkspace, wrapBlocksTable } from './test-fixtures';

const setup = openWriterWithWorkspace;

describe('data writer: atomicity', () => {
  it('a commit that fails inside its transaction leaves rows, summaries and audit log unchanged', async () => {
    const { db, writer, key } = await setup();
    const good = makeRows(1500);
    await writer.commitSlice(key, good, ACTOR);
    const slicesBefore = await listSlices(db, key.workspaceId);
    const auditBefore = await getAuditEvents(db, key.workspaceId);
    const bad = makeRows(2500, 'bad');
    // A function cannot be structured-cloned: the put of the last block throws DataCloneError.
    (bad[2400] as { values: Record<string, unknown> }).values.x = () => 1;
    await expect(writer.commitSlice(key, bad, ACTOR)).rejects.toThrow();
    expect(await loadSlice(db, key)).toEqual(good);
    expect(await listSlices(db, key.workspaceId)).toEqual(slicesBefore);
    expect(await getAuditEvents(db, key.workspaceId)).toEqual(auditBefore);
    // The writer stays usable and its row map was not corrupted by the aborted write.
    const t = good[1200] as StoredRow;
    expect((await writer.applyRowEdits(key, { upserts: [{ ...t, values: {} }] }, ACTOR)).ok).toBe(true);
    expect((await loadSlice(db, key))[1200]?.values).toEqual({});
  });

  it('reports a full disk as storage-full and keeps the previous data (docs/SECURITY.md D5)', async () => {
    const { db, writer, key } = await setup();
    const good = makeRows(20);
    await writer.commitSlice(key, good, ACTOR);
    await wrapBlocksTable(db, 'disk-full', (t) => ({
      ...t,
      mutate: () => Promise.reject(new DOMException('disk full', 'QuotaExceededError')),
    }));
    const r = await writer.commitSlice(key, makeRows(30), ACTOR);
    expect(r).toMatchObject({ ok: false, error: { code: 'storage-full' } });
    expect(await loadSlice(db, key)).toEqual(good);
    expect(await getAuditEvents(db, key.workspaceId)).toHaveLength(2);
  });

  it('sets strict durability on every read-write transaction (docs/SECURITY.md D2)', async () => {
    // Dexie binds IDBDatabase.transaction when it opens, so spy first.
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const { writer, key } = await setup();
    await writer.commitSlice(key, makeRows(5), ACTOR);
    const rw = spy.mock.calls.filter((c) => c[1] === 'readwrite');
    expect(rw.length).toBeGreaterThan(0);
    for (const c of rw) expect(c[2]).toMatchObject({ durability: 'strict' });
    spy.mockRestore();
  });

  it('awaiting WebCrypto inside a transaction commits it early (the pattern the writer avoids, docs/SECURITY.md D3)', async () => {
    const { db } = await setup();
    const attempt = db.transaction('rw', db.audit, async () => {
      await db.audit.count();
      await crypto.subtle.digest('SHA-256', new Uint8Array(8));
      await db.audit.count();
    });
    await expect(attempt).rejects.toMatchObject({ name: 'PrematureCommitError' });
  });
});
