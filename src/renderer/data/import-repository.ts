/**
 * The spreadsheet import's part of the Repository: one write through the data writer's importSlice
 * (import-writes.ts). Its outcome carries the merge counts from the audit event the write appended.
 */
import { err, ok, type Result } from '../../shared/result';
import type { SliceKey } from '../../shared/records/record-types';
import type { SliceImport } from '../db/import-writes';
import type { WriterApi } from '../db/storage-startup';
import { writeContext, type Actor } from './write-outcome';

export interface ImportCounts {
  readonly rows: number;
  readonly matched: number;
  readonly added: number;
  readonly removed: number;
}

export interface ImportRepository {
  /** Merges converted rows into the slice (replace or append) in one audited transaction. */
  importSlice(slice: SliceKey, request: SliceImport, actor: Actor): Promise<Result<ImportCounts>>;
}

const count = (v: unknown): number => (typeof v === 'number' ? v : 0);

export function createDexieImportRepository(writer: WriterApi): ImportRepository {
  return {
    async importSlice(slice, request, actor) {
      const r = await writer.importSlice(slice, request, writeContext(actor));
      if (!r.ok) return err(r.error.code, r.error.message);
      const s = r.value.events.find((e) => e.kind === 'rows.commit')?.summary ?? {};
      return ok({
        rows: count(s.rows),
        matched: count(s.updated),
        added: count(s.inserted),
        removed: count(s.deleted),
      });
    },
  };
}
