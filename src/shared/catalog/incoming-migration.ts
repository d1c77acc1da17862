/**
 * A department receiving a changed catalog. The office's option-list decisions (option-migration.ts) of
 * every catalog version travel in the setup bundle, in order. The department's own stored values that the
 * new lists strand are followed through those decisions: a value that ends on an option of the new list is
 * rewritten, any other is kept and flagged 待修正 — listed, so the clerk is told, never silently lost.
 */
import { z } from 'zod';
import type { Catalog } from './catalog-types';
import { FIELD_KEY_PATTERN, TABLE_CODE_PATTERN } from './catalog-types';
import { fieldId, optionListChanges, type OptionMigration } from './option-migration';
import type { StoredValues } from './validate-catalog-change';

const FIELD_ID = new RegExp(
  `^${TABLE_CODE_PATTERN.source.slice(1, -1)}\\.${FIELD_KEY_PATTERN.source.slice(1)}`,
);
const cellValue = z.string().trim().min(1).max(500);

/**
 * One catalog version's decisions as files carry them: lists of pairs rather than objects keyed by stored
 * text, so no cell text (e.g. "__proto__") ever becomes a property name while the bundle is parsed.
 */
export const migrationStepSchema = z
  .object({
    catalogVersion: z.number().int().min(1),
    fields: z
      .array(
        z
          .object({
            field: z.string().regex(FIELD_ID),
            changes: z
              .array(z.object({ from: cellValue, to: cellValue.nullable() }).strict())
              .min(1)
              .max(2000),
          })
          .strict(),
      )
      .max(2000),
  })
  .strict();
export type MigrationStep = z.infer<typeof migrationStepSchema>;

export const migrationStepsSchema = z.array(migrationStepSchema).max(1000);

export function migrationStep(catalogVersion: number, migration: OptionMigration): MigrationStep {
  return {
    catalogVersion,
    fields: Object.entries(migration).map(([field, d]) => ({
      field,
      changes: Object.entries(d).map(([from, to]) => ({ from, to })),
    })),
  };
}

/** Where `value` of field `id` ends after every step, taken oldest first (null = kept as it was). */
export function followSteps(steps: readonly MigrationStep[], id: string, value: string): string {
  let v = value;
  for (const step of byVersion(steps)) {
    const to = step.fields.find((f) => f.field === id)?.changes.find((c) => c.from === v)?.to;
    if (typeof to === 'string') v = to;
  }
  return v;
}

const byVersion = (steps: readonly MigrationStep[]) =>
  [...steps].sort((a, b) => a.catalogVersion - b.catalogVersion);

/** A stored value the office's decisions do not carry to an option of the new list: kept, flagged 待修正. */
export interface FlaggedValue {
  readonly tableCode: string;
  readonly tableName: string;
  readonly fieldLabel: string;
  readonly value: string;
  readonly count: number;
}

export const flaggedValueSchema = z
  .object({
    tableCode: z.string().max(40),
    tableName: z.string().max(200),
    fieldLabel: z.string().max(200),
    value: z.string().max(500),
    count: z.number().int().min(0),
  })
  .strict();

/** What a clerk is told after a setup bundle rewrote or flagged their stored values (from its audit event). */
export const incomingReportSchema = z.object({
  mapped: z.number().int().min(0),
  flaggedValues: z.array(flaggedValueSchema).max(100_000),
  /** `table/department` of slices under review, left unchanged. */
  frozen: z.array(z.string().max(100)).max(100_000),
});
export type IncomingReport = z.infer<typeof incomingReportSchema>;

export interface IncomingMigration {
  /** Decisions for migrateRows: old value → option, or null (kept, flagged). */
  readonly migration: OptionMigration;
  /** Cells whose value ends on an option of the new list. */
  readonly mapped: number;
  readonly flagged: readonly FlaggedValue[];
}

/** This station's decisions for a catalog going from `prev` (its own) to `next` (the office's). */
export function resolveIncomingMigration(
  prev: Catalog,
  next: Catalog,
  values: StoredValues,
  steps: readonly MigrationStep[],
): IncomingMigration {
  const migration: Record<string, Record<string, string | null>> = {};
  const flagged: FlaggedValue[] = [];
  let mapped = 0;
  for (const c of optionListChanges(prev, next, values)) {
    const id = fieldId(c.tableCode, c.field.key);
    const options = new Set(c.field.options ?? []);
    for (const s of c.stranded) {
      if (s.count === 0) continue;
      const to = followSteps(steps, id, s.value);
      const decided = (migration[id] ??= {});
      if (options.has(to)) {
        decided[s.value] = to;
        mapped += s.count;
      } else {
        decided[s.value] = null;
        const where = { tableCode: c.tableCode, tableName: c.tableName, fieldLabel: c.field.label };
        flagged.push({ ...where, value: s.value, count: s.count });
      }
    }
  }
  return { migration, mapped, flagged };
}
