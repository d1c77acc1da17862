/**
 * 校级更正 in the Repository: the office writes one through the data writer (one audited transaction,
 * correction-writes.ts); every station lists the corrections written into its copies.
 */
import type { SliceCorrection, StoredCorrection } from '../../shared/review/slice-correction';
import type { StatusDb } from '../db/schema';
import type { WriterApi } from '../db/storage-startup';
import { outcome, writeContext as ctx, type Actor, type WriteOutcome } from './write-outcome';

export interface CorrectionRepository {
  correctSlice(workspaceId: string, correction: SliceCorrection, actor: Actor): Promise<WriteOutcome>;
  /** Every correction written into this station's copies, oldest first. */
  listCorrections(workspaceId: string): Promise<StoredCorrection[]>;
}

export function createDexieCorrectionRepository(db: StatusDb, writer: WriterApi): CorrectionRepository {
  return {
    correctSlice: async (id, c, actor) => outcome(await writer.correctSlice(id, c, ctx(actor))),
    async listCorrections(workspaceId) {
      const recs = await db.sliceCorrections
        .where('[workspaceId+id]')
        .between([workspaceId, ''], [workspaceId, '\uffff'])
        .toArray();
      return recs
        .map(({ workspaceId: _w, ...c }) => c)
        .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
    },
  };
}
