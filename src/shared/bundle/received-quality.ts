/**
 * The import preview's quality figures of every slice a verified data or forward bundle delivers,
 * computed where the bundle was verified (the disposable verify Worker, docs/ARCHITECTURE.md §5) so the
 * page does not validate every received cell itself. The page still decides: it refuses a slice whose
 * table is not in its catalog or whose rows carry fields the catalog lacks (unknownFieldsMessage).
 */
import type { TableDef } from '../catalog/catalog-types';
import type { StoredRow } from '../records/record-types';
import type { ForwardContents } from './forward';
import { sliceQuality, type SliceQuality } from './slice-quality';
import type { VerifiedBundle } from './verify-bundle';

export interface ReceivedQuality {
  readonly tableCode: string;
  readonly departmentCode: string;
  readonly quality: SliceQuality;
}

interface Slice {
  readonly tableCode: string;
  readonly departmentCode: string;
  readonly rows: readonly StoredRow[];
}

/** A data bundle's tables, or a forward bundle's originals plus the summary department's own rows. */
function slicesOf(verified: VerifiedBundle, forward: ForwardContents | undefined): Slice[] {
  if (forward === undefined) return [...verified.tables.values()];
  const sender = verified.manifest.sender.departmentCode;
  return [
    ...forward.contributors.flatMap((c) => c.tables),
    ...[...forward.own].map(([tableCode, rows]) => ({ tableCode, departmentCode: sender, rows })),
  ];
}

/** One figure per delivered slice whose table `tables` defines (others are left to the page's refusal). */
export function receivedQualities(
  verified: VerifiedBundle,
  forward: ForwardContents | undefined,
  tables: readonly TableDef[],
): ReceivedQuality[] {
  const defs = new Map(tables.map((t) => [t.code, t]));
  const out: ReceivedQuality[] = [];
  for (const s of slicesOf(verified, forward)) {
    const table = defs.get(s.tableCode);
    if (table !== undefined)
      out.push({
        tableCode: s.tableCode,
        departmentCode: s.departmentCode,
        quality: sliceQuality(table, s.rows),
      });
  }
  return out;
}
