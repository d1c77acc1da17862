/**
 * The spreadsheet import's write, run by the one data writer (data-writer.ts registers it).
 * The parser Worker hands over the converted rows as JSON text, which the page forwards without reading
 * it, so 100,000 rows cross two thread boundaries as one string (copied whole) instead of being cloned
 * object by object twice; text rather than UTF-8 bytes spares an encode and a decode of every row. Here, in ONE transaction, the slice's stored rows are read, merged with the
 * file's (natural-key matches keep their UUIDs; append refuses keys already stored) and committed
 * with its audit event, so nothing can change the slice between the merge and the write.
 */
import type { TableDef } from '../../shared/catalog/catalog-types';
import { newUuid } from '../../shared/ids';
import type { CellValue, SliceKey } from '../../shared/records/record-types';
import { mergeImport, type ImportMode } from '../../shared/sheets/import-merge';
import type { WriteContext, WriteResult } from './data-writer';
import { loadSlice } from './reads';
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

export function importWriterOps(db: StatusDb, locators: RowLocatorCache, run: BundleRunner) {
  return {
    /** Merges the file's rows into the slice and commits them; the audit event carries the counts. */
    importSlice(key: SliceKey, request: SliceImport, ctx: WriteContext): Promise<WriteResult> {
      const imported = decodeValues(request.values);
      return run(key.workspaceId, ctx, async (tx) => {
        if (imported === null)
          throw new WriteRejected('import-refused', '导入的数据格式不正确，未写入任何数据。');
        await assertSliceWritable(db, key);
        const merged = mergeImport({
          table: request.table,
          existing: await loadSlice(db, key),
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
        const out = await commitSliceInTx(db, locators, key, merged.rows, tx.at, ctx.actor);
        await tx.audit('rows.commit', {
          ...out.summary,
          via: 'spreadsheet-import',
          updated: merged.matched,
          inserted: merged.added,
          deleted: merged.removed,
        });
        tx.afterCommit(out.afterCommit);
      });
    },
  };
}
