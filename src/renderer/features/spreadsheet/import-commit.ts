/**
 * The write side of an import, after the parser Worker has handed back validated rows (as JSON text):
 * take the pre-import backup (refusing the import if it fails), then one atomic, audited importSlice in
 * the storage worker, which reads the slice, merges (natural-key matches keep their UUIDs; append
 * refuses keys already stored) and commits in the same transaction, with a note for each value left
 * empty. Nothing is written before that step, and it either commits everything or nothing.
 */
import type { TableDef } from '../../../shared/catalog/catalog-types';
import type { SliceKey } from '../../../shared/records/record-types';
import { err, ok, type Result } from '../../../shared/result';
import type { DroppedCell } from '../../../shared/sheets/dropped-notes';
import type { ImportMode } from '../../../shared/sheets/import-merge';
import type { Actor, Repository } from '../../data/repository';
import type { ImportCounts } from '../../data/records';
import { backupBefore } from '../backup/backup-before';
import { T } from './texts';

export type CommitPhase = 'backup' | 'commit';

export interface CommitRequest {
  readonly repo: Repository;
  readonly table: TableDef;
  readonly slice: SliceKey;
  /** The converted rows as the parser Worker encoded them (JSON text). */
  readonly values: string;
  readonly mappedKeys: readonly string[];
  readonly mode: ImportMode;
  /** Cells left empty (留空): the writer keeps each original value as a note on its row. */
  readonly dropped: readonly DroppedCell[];
  readonly actor: Actor;
  readonly onPhase?: (phase: CommitPhase) => void;
}

export async function commitImport(req: CommitRequest): Promise<Result<ImportCounts>> {
  // Frozen since the file was opened: refused before the pre-import backup (the writer refuses too).
  const freeze = await req.repo.loadSliceFreeze(req.slice);
  if (!freeze.writable) return err('slice-frozen', T.commitFailed(freeze.message));
  req.onPhase?.('backup');
  const backup = await backupBefore(req.slice.workspaceId, 'import');
  if (!backup.ok) return err('backup-failed', T.backupFailed(backup.error.message));
  req.onPhase?.('commit');
  const written = await req.repo.importSlice(
    req.slice,
    {
      table: req.table,
      values: req.values,
      mappedKeys: req.mappedKeys,
      mode: req.mode,
      dropped: req.dropped,
    },
    req.actor,
  );
  if (!written.ok) return err(written.error.code, T.commitFailed(written.error.message));
  return ok(written.value);
}
