/**
 * Last year for prev(…) and the year-over-year checks: this station's earlier workspace,
 * or an archive of last year's workspace imported on this PC (restored through the backup path, as
 * 备份与恢复 → 导入年度存档 does) — listed as candidates, the choice honoured, its rows readable.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { encodeBackupArchive } from '../../shared/backup/backup-archive-writer';
import { readBackupArchive } from '../../shared/backup/backup-archive-reader';
import type { Workspace } from '../../shared/workspace/workspace-types';
import { backupTableSpecs, readWorkspaceSnapshot } from './backup-read';
import { createDataWriter } from './data-writer';
import { loadSlice } from './reads';
import { findPreviousYearWorkspace, listPreviousYearWorkspaces } from './review-reads';
import { CURRENT_SCHEMA_VERSION, type StatusDb } from './schema';
import { ACTOR, makeRows, makeWorkspace, openTestDb, sliceKey } from './test-fixtures';

const TW = { role: 'department', departmentCode: 'TW' } as const;

/** A year archive of `ws` written on another PC: its own database, exported as the backup feature does. */
async function archiveFrom(ws: Workspace, rows: number) {
  const other = await openTestDb();
  const writer = createDataWriter(other);
  expect((await writer.createWorkspace(ws, ACTOR)).ok).toBe(true);
  expect((await writer.commitSlice(sliceKey(ws.id, 'A3', 'TW'), makeRows(rows, 'last'), ACTOR)).ok).toBe(
    true,
  );
  const snap = (await readWorkspaceSnapshot(other, ws.id))!;
  const encoded = await encodeBackupArchive(
    {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      appVersion: 'test',
      workspaceId: ws.id,
      workspaceName: ws.name,
      createdAt: ws.updatedAt,
      operation: 'manual',
      auditSeq: snap.auditSeq,
      auditHead: snap.auditHead,
    },
    snap.tables,
  );
  if (!encoded.ok) throw new Error(encoded.error.message);
  const read = readBackupArchive(encoded.value.bytes, {
    tables: backupTableSpecs(other),
    schemaVersion: CURRENT_SCHEMA_VERSION,
  });
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

async function station(): Promise<{ db: StatusDb; current: Workspace }> {
  const db = await openTestDb();
  const current = makeWorkspace({ station: TW });
  expect((await createDataWriter(db).createWorkspace(current, ACTOR)).ok).toBe(true);
  return { db, current };
}

describe('last year from an earlier workspace or an imported archive', () => {
  it('an imported archive of last year is found, and its rows of this department are read', async () => {
    const { db, current } = await station();
    expect(await findPreviousYearWorkspace(db, current)).toBeUndefined();
    const last = makeWorkspace({
      name: '2024-2025学年状态数据',
      academicYearStart: 2024,
      station: TW,
      updatedAt: '2025-06-30T00:00:00.000Z',
    });
    expect((await createDataWriter(db).restoreWorkspace(await archiveFrom(last, 4), ACTOR)).ok).toBe(true);
    const found = await findPreviousYearWorkspace(db, current);
    expect(found?.id).toBe(last.id);
    expect(await loadSlice(db, sliceKey(last.id, 'A3', 'TW'))).toHaveLength(4);
  });

  it('lists this station’s own earlier workspace first, then an office archive; the chosen one wins', async () => {
    const { db, current } = await station();
    const writer = createDataWriter(db);
    const own = makeWorkspace({
      name: '2024 本站',
      academicYearStart: 2024,
      station: TW,
      updatedAt: '2025-01-01T00:00:00.000Z',
    });
    expect((await writer.createWorkspace(own, ACTOR)).ok).toBe(true);
    const officeArchive = makeWorkspace({
      name: '2024 督导室存档',
      academicYearStart: 2024,
      updatedAt: '2025-07-01T00:00:00.000Z',
    });
    expect((await writer.restoreWorkspace(await archiveFrom(officeArchive, 2), ACTOR)).ok).toBe(true);
    const otherSchool = makeWorkspace({
      academicYearStart: 2024,
      station: TW,
      school: { name: '另一学校', provinceCode: '44', code: '99999' },
    });
    const twoYearsAgo = makeWorkspace({ academicYearStart: 2023, station: TW });
    for (const w of [otherSchool, twoYearsAgo])
      expect((await writer.createWorkspace(w, ACTOR)).ok).toBe(true);

    expect((await listPreviousYearWorkspaces(db, current)).map((w) => w.name)).toEqual([
      '2024 本站',
      '2024 督导室存档',
    ]);
    expect((await findPreviousYearWorkspace(db, current))?.id).toBe(own.id);
    expect((await findPreviousYearWorkspace(db, current, officeArchive.id))?.id).toBe(officeArchive.id);
    expect(await loadSlice(db, sliceKey(officeArchive.id, 'A3', 'TW'))).toHaveLength(2);
    // A choice that is no longer a candidate (the workspace was deleted) falls back to the best one.
    expect((await findPreviousYearWorkspace(db, current, 'gone'))?.id).toBe(own.id);
  });
});
