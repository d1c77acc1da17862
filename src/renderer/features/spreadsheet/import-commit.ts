/**
 * The write side of an import, after the parser Worker has handed back validated values: read the
 * slice, merge (natural-key matches keep their UUIDs), take the pre-import backup (refusing the import
 * if it fails), then one atomic, audited commitSlice through the storage worker. Nothing is written
 * before the last step, and that step either commits everything or nothing.
 */
import type { TableDef } from '../../../shared/catalog/catalog-types';
import { newUuid } from '../../../shared/ids';
import type { SliceKey } from '../../../shared/records/record-types';
import { err, ok, type Result } from '../../../shared/result';
import { mergeImport, type ImportMode, type MergeResult } from '../../../shared/sheets/import-merge';
import type { CellValue } from '../../../shared/records/record-types';
import type { Actor, Repository } from '../../data/repository';
import { backupBefore } from '../backup/backup-before';
import { T } from './texts';

export type CommitPhase = 'load' | 'backup' | 'commit';

export interface CommitRequest {
  readonly repo: Repository;
  readonly table: TableDef;
  readonly slice: SliceKey;
  readonly values: readonly Record<string, CellValue>[];
  readonly mappedKeys: readonly string[];
  readonly mode: ImportMode;
  readonly actor: Actor;
  readonly onPhase?: (phase: CommitPhase) => void;
}

export async function commitImport(req: CommitRequest): Promise<Result<MergeResult>> {
  req.onPhase?.('load');
  const existing = await req.repo.loadTableRows(req.slice.workspaceId, req.slice.tableCode, req.slice.departmentCode);
  const merged = mergeImport({
    table: req.table,
    existing,
    imported: req.values,
    mappedKeys: req.mappedKeys,
    mode: req.mode,
    by: req.actor.name,
    at: new Date().toISOString(),
    newId: newUuid,
  });
  if (merged.collisions.length > 0) return err('append-collision', T.appendCollisions(merged.collisions.length));
  req.onPhase?.('backup');
  const backup = await backupBefore(req.slice.workspaceId, 'import');
  if (!backup.ok) return err('backup-failed', T.backupFailed(backup.error.message));
  req.onPhase?.('commit');
  const written = await req.repo.commitSlice(req.slice, merged.rows, req.actor, 'spreadsheet-import');
  if (!written.ok) return err(written.error.code, T.commitFailed(written.error.message));
  return ok(merged);
}
