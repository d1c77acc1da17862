/**
 * The rows side of an option-list change (src/shared/catalog/option-migration.ts), run in the same
 * transaction as the new catalog version: every slice of each changed table is rewritten where the office
 * mapped an old value to a new option. A slice frozen by review (submitted, approved, locked) is not
 * changed behind its reviewers: its values stay and are counted as flagged, like values kept on purpose.
 */
import type { AuditSummary } from '../../shared/audit/audit-chain';
import {
  migrateRows,
  tablesWithChangedOptions,
  type OptionMigration,
} from '../../shared/catalog/option-migration';
import {
  migrationStep,
  resolveIncomingMigration,
  type MigrationStep,
} from '../../shared/catalog/incoming-migration';
import type { Catalog } from '../../shared/catalog/catalog-types';
import type { CellValue, SliceKey } from '../../shared/records/record-types';
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

/** Office: keeps a catalog version's decisions, so every later setup bundle carries them. */
export async function keepMigrationInTx(
  db: StatusDb,
  workspaceId: string,
  catalogVersion: number,
  migration: OptionMigration,
): Promise<void> {
  await db.catalogMigrations.put({ ...migrationStep(catalogVersion, migration), workspaceId });
}

/**
 * Department: the rows side of a catalog arriving in a setup bundle, in the bundle's transaction. Values
 * the office's decisions carry to a new option are rewritten; the rest stay and are listed as flagged.
 * Null when no stored value is stranded (nothing to audit).
 */
export async function applyIncomingMigrationInTx(
  db: StatusDb,
  locators: RowLocatorCache,
  workspaceId: string,
  change: { prev: Catalog; next: Catalog; steps: readonly MigrationStep[] },
  at: string,
  actor: string,
): Promise<OptionMigrationOutcome | null> {
  const held = new Map<string, CellValue[]>();
  for (const table of tablesWithChangedOptions(change.prev, change.next))
    for (const slice of await loadTable(db, workspaceId, table))
      for (const row of slice.rows)
        for (const [key, v] of Object.entries(row.values)) {
          const id = `${table}.${key}`;
          const list = held.get(id);
          if (list) list.push(v);
          else held.set(id, [v]);
        }
  const resolved = resolveIncomingMigration(
    change.prev,
    change.next,
    (table, key) => held.get(`${table}.${key}`) ?? [],
    change.steps,
  );
  if (Object.keys(resolved.migration).length === 0) return null;
  const out = await migrateOptionValuesInTx(db, locators, workspaceId, resolved.migration, at, actor);
  const flaggedValues = resolved.flagged.map((f) => ({ ...f }));
  return { ...out, summary: { ...out.summary, via: 'setup', flaggedValues } };
}
