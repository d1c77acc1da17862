/**
 * The rows side of an option-list change (src/shared/catalog/option-migration.ts), run in the same
 * transaction as the new catalog version: every slice of each changed table is rewritten where the office
 * mapped an old value to a new option. A slice frozen by review (submitted, approved, locked) is not
 * changed behind its reviewers: its values stay and are counted as flagged, like values kept on purpose.
 */
import type { AuditSummary } from '../../shared/audit/audit-chain';
import { migrateRows, type OptionMigration } from '../../shared/catalog/option-migration';
import type { SliceKey } from '../../shared/records/record-types';
import { loadTable } from './reads';
import type { StatusDb } from './schema';
import { sliceVerdictInTx } from './slice-gate';
import { applyRowEditsInTx, type RowLocatorCache } from './slice-writes';

export interface OptionMigrationOutcome {
  readonly summary: AuditSummary;
  readonly afterCommit: Array<() => void>;
}

/** Field id `${table}.${key}` → per table: field key → decisions. */
function byTable(migration: OptionMigration): Map<string, Record<string, Record<string, string | null>>> {
  const out = new Map<string, Record<string, Record<string, string | null>>>();
  for (const [id, decisions] of Object.entries(migration)) {
    const dot = id.lastIndexOf('.');
    const table = id.slice(0, dot);
    const fields = out.get(table) ?? {};
    fields[id.slice(dot + 1)] = { ...decisions };
    out.set(table, fields);
  }
  return out;
}

export async function migrateOptionValuesInTx(
  db: StatusDb,
  locators: RowLocatorCache,
  workspaceId: string,
  migration: OptionMigration,
  at: string,
  actor: string,
): Promise<OptionMigrationOutcome> {
  const afterCommit: Array<() => void> = [];
  let mapped = 0;
  let flagged = 0;
  let rows = 0;
  const frozen: string[] = [];
  for (const [tableCode, fields] of byTable(migration)) {
    for (const slice of await loadTable(db, workspaceId, tableCode)) {
      const key: SliceKey = { workspaceId, tableCode, departmentCode: slice.departmentCode };
      const out = migrateRows(slice.rows, fields, actor, at);
      if (out.rows.length === 0) {
        flagged += out.flagged;
        continue;
      }
      if (!(await sliceVerdictInTx(db, key)).writable) {
        frozen.push(`${tableCode}/${slice.departmentCode}`);
        flagged += out.flagged + out.mapped;
        continue;
      }
      const written = await applyRowEditsInTx(db, locators, key, { upserts: out.rows }, at, actor);
      afterCommit.push(written.afterCommit);
      mapped += out.mapped;
      flagged += out.flagged;
      rows += out.rows.length;
    }
  }
  const decisions = Object.entries(migration).map(([field, d]) => ({
    field,
    changes: Object.entries(d).map(([from, to]) => ({ from, to })),
  }));
  return { summary: { decisions, rows, mapped, flagged, frozen }, afterCommit };
}
