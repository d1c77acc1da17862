/**
 * 确认无变化: 待核实 rows carried from last year confirmed by the department, in one audited write
 * that rewrites only the blocks holding them (the rows' values stay as they are; who and when change).
 */
import type { AuditKind, AuditSummary } from '../../shared/audit/audit-chain';
import type { SliceKey } from '../../shared/records/record-types';
import { confirmations, countUnconfirmed, NOTHING_TO_CONFIRM } from '../../shared/year-close/carried-rows';
import type { WriteContext, WriteResult } from './data-writer';
import { loadSlice } from './reads';
import type { StatusDb } from './schema';
import { assertSliceWritable } from './slice-gate';
import { applyRowEditsInTx, type RowLocatorCache } from './slice-writes';
import { WriteRejected } from './write-errors';

export interface CarriedTx {
  readonly at: string;
  audit(kind: AuditKind, summary: AuditSummary): Promise<void>;
  afterCommit(fn: () => void): void;
}
export type CarriedRunner = (
  workspaceId: string,
  ctx: WriteContext,
  body: (tx: CarriedTx) => Promise<void>,
) => Promise<WriteResult>;

export function carriedWriterOps(db: StatusDb, locators: RowLocatorCache, run: CarriedRunner) {
  return {
    /** Confirms the 待核实 rows among `ids` (null: all of the slice's) as still true. */
    confirmCarriedRows(
      key: SliceKey,
      ids: readonly string[] | null,
      ctx: WriteContext,
    ): Promise<WriteResult> {
      return run(key.workspaceId, ctx, async (tx) => {
        await assertSliceWritable(db, key);
        const rows = await loadSlice(db, key);
        const upserts = confirmations(rows, ids, ctx.actor, tx.at);
        if (upserts.length === 0) throw new WriteRejected('nothing-to-confirm', NOTHING_TO_CONFIRM);
        const out = await applyRowEditsInTx(db, locators, key, { upserts }, tx.at, ctx.actor);
        await tx.audit('rows.confirm', {
          tableCode: key.tableCode,
          departmentCode: key.departmentCode,
          confirmed: upserts.length,
          remaining: countUnconfirmed(rows) - upserts.length,
        });
        tx.afterCommit(out.afterCommit);
      });
    },
  };
}
