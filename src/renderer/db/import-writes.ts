/**
 * The spreadsheet import's write, run by the one data writer (data-writer.ts registers it).
 * The parser Worker hands over the converted rows as JSON text, which the page forwards without reading
 * it, so 100,000 rows cross two thread boundaries as one string (copied whole) instead of being cloned
 * object by object twice; text rather than UTF-8 bytes spares an encode and a decode of every row.
 * Here, in ONE transaction, the slice's stored rows are read, merged with the file's (natural-key
 * matches keep their UUIDs; append refuses keys already stored) and committed with its audit event,
 * so nothing can change the slice between the merge and the write. The values the file held that
 * could not be read and are left empty are kept in the same transaction as notes on their rows' final
 * ids in the slice's review record (shared/sheets/dropped-notes.ts).
 */
import type { TableDef } from '../../shared/catalog/catalog-types';
import { newUuid } from '../../shared/ids';
import type { CellValue, SliceKey } from '../../shared/records/record-types';
import { newSubmission } from '../../shared/review/review-workflow';
import { droppedCellsProblem, withDroppedNotes, type DroppedCell } from '../../shared/sheets/dropped-notes';
import { mergeImport, type ImportMode } from '../../shared/sheets/import-merge';
import type { WriteContext, WriteResult } from './data-writer';
import { getTasks, loadSlice } from './reads';
import { getSubmission } from './review-reads';
import type { StatusDb } from './schema';
import { commitSliceInTx, type RowLocatorCache } from './slice-writes';
import type { BundleRunner } from './bundle-writes';
import { assertSliceWritable } from './slice-gate';
import { WriteRejected } from './write-errors';

export interface SliceImport {
  readonly table: TableDef;
  /** JSON of the rows' values: an array of { fieldKey: CellValue } objects. */
  readonly values: string;
  /** Field keys the file filled; on replace, a matched row keeps its other fields. */
  readonly mappedKeys: readonly string[];
  readonly mode: ImportMode;
  /**
   * The cells the file held that could not be read and are left empty (留空): each is kept as a note on
   * its row in the slice's review record, in the same transaction as the rows (dropped-notes.ts).
   */
  readonly dropped?: readonly DroppedCell[];
}

function decodeValues(json: string): Record<string, CellValue>[] | null {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) &&
      parsed.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v))
      ? (parsed as Record<string, CellValue>[])
      : null;
  } catch {
    return null;
  }
}

/** The review record a slice without one starts with (its task gives the route); refused without a task. */
async function newSliceSubmission(db: StatusDb, key: SliceKey) {
  const task = (await getTasks(db, key.workspaceId)).find((t) => t.tableCode === key.tableCode);
  if (!task)
    throw new WriteRejected(
      'import-refused',
      `表 ${key.tableCode} 没有分配任务，无法保留留空单元格的原值，未写入任何数据。`,
    );
  return newSubmission(task, key.departmentCode);
}

export function importWriterOps(db: StatusDb, locators: RowLocatorCache, run: BundleRunner) {
  return {
    /** Merges the file's rows into the slice and commits them; the audit event carries the counts. */
    importSlice(key: SliceKey, request: SliceImport, ctx: WriteContext): Promise<WriteResult> {
      const imported = decodeValues(request.values);
      const dropped = request.dropped ?? [];
      return run(key.workspaceId, ctx, async (tx) => {
        if (imported === null)
          throw new WriteRejected('import-refused', '导入的数据格式不正确，未写入任何数据。');
        const problem = droppedCellsProblem(dropped, imported, request.table, request.mappedKeys);
        if (problem !== null) throw new WriteRejected('import-refused', problem);
        await assertSliceWritable(db, key);
        // Read together: one round of the transaction.
        const [existing, submission] = await Promise.all([loadSlice(db, key), getSubmission(db, key)]);
        const merged = mergeImport({
          table: request.table,
          existing,
          imported,
          mappedKeys: request.mappedKeys,
          mode: request.mode,
          by: ctx.actor,
          at: tx.at,
          newId: newUuid,
        });
        if (merged.collisions.length > 0) {
          throw new WriteRejected(
            'import-refused',
            `有 ${merged.collisions.length} 行的关键字段与已有数据重复，追加导入未写入任何数据；如要更新已有数据，请选择“替换”。`,
          );
        }
        const notes = withDroppedNotes(submission?.justifications ?? {}, {
          dropped,
          importedIds: merged.importedIds,
          mappedKeys: request.mappedKeys,
          rows: merged.rows,
          by: ctx.actor,
          at: tx.at,
        });
        if (notes !== null) {
          const base = submission ?? (await newSliceSubmission(db, key));
          await db.submissions.put({ workspaceId: key.workspaceId, ...base, justifications: notes });
        }
        const out = await commitSliceInTx(db, locators, key, merged.rows, tx.at, ctx.actor);
        await tx.audit('rows.commit', {
          ...out.summary,
          via: 'spreadsheet-import',
          updated: merged.matched,
          inserted: merged.added,
          deleted: merged.removed,
          ...(dropped.length > 0 ? { droppedNotes: dropped.length } : {}),
        });
        tx.afterCommit(out.afterCommit);
      });
    },
  };
}
