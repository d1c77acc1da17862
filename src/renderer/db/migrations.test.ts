import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../shared/audit/audit-chain';
import { newUuid } from '../../shared/ids';
import { createDataWriter } from './data-writer';
import { FIXTURE_WORKSPACE_ID, MIGRATION_FIXTURES, v1FixtureRows } from './migration-fixtures';
import { getAuditEvents, getDepartments, listSlices, loadSlice } from './reads';
import { CURRENT_SCHEMA_VERSION, openStatusDb, SCHEMA_HISTORY } from './schema';

const key = { workspaceId: FIXTURE_WORKSPACE_ID, tableCode: 'A1-1', departmentCode: 'RSC' };

describe('schema migrations', () => {
  it('has a fixture for every earlier schema version', () => {
    const earlier = SCHEMA_HISTORY.map((v) => v.version).filter((v) => v < CURRENT_SCHEMA_VERSION);
    expect(earlier.length).toBeGreaterThan(0);
    for (const v of earlier) expect(MIGRATION_FIXTURES[v], `fixture for v${v}`).toBeDefined();
  });

  it('declares versions in increasing order', () => {
    const versions = SCHEMA_HISTORY.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
  });

  for (const [version, fixture] of Object.entries(MIGRATION_FIXTURES)) {
    it(`opens a v${version} database with the current code and keeps every record`, async () => {
      const name = `migrate-v${version}-${newUuid()}`;
      await fixture.create(name);
      const db = await openStatusDb(name);
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      expect(await loadSlice(db, key)).toEqual(v1FixtureRows());
      expect((await getDepartments(db, FIXTURE_WORKSPACE_ID)).map((d) => d.code)).toEqual(['RSC']);
      expect(verifyAuditChain(await getAuditEvents(db, FIXTURE_WORKSPACE_ID))).toMatchObject({
        ok: true,
        count: 2,
      });
      db.close();
    });
  }

  it('v1 → v2 recomputes slice summaries from the blocks and adds nextBlockNo and a stamp', async () => {
    const name = `migrate-v1-summary-${newUuid()}`;
    await MIGRATION_FIXTURES[1]?.create(name);
    const db = await openStatusDb(name);
    const [s] = await listSlices(db, FIXTURE_WORKSPACE_ID);
    expect(s).toMatchObject({ rowCount: 1205, blockCount: 2, nextBlockNo: 2, updatedBy: '张三' });
    expect(s?.stamp).toMatch(/^[0-9a-f-]{36}$/);
    // The migrated slice takes edits, and the audit chain continues from the old head.
    const writer = createDataWriter(db);
    const rows = v1FixtureRows();
    const r = await writer.applyRowEdits(key, { deletes: [rows[3]?.id as string] }, { actor: '李四' });
    expect(r.ok).toBe(true);
    expect(await loadSlice(db, key)).toHaveLength(1204);
    expect(verifyAuditChain(await getAuditEvents(db, FIXTURE_WORKSPACE_ID))).toMatchObject({
      ok: true,
      count: 3,
    });
    db.close();
  });
});
