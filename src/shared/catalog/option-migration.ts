/**
 * When the office changes an enum field's option list, values stored under the old list may no longer be
 * options. Rather than refuse the change or leave them silently invalid, the office decides for each such
 * value: map it to a new option (the rows are rewritten in the same audited write as the catalog) or keep
 * it flagged (the value stays and the grid marks it 不在选项中 until someone fixes it).
 */
import type { Catalog, FieldDef } from './catalog-types';
import type { CellValue, StoredRow } from '../records/record-types';
import { cellText } from './field-value-fit';
import type { StoredValues } from './validate-catalog-change';

/**
 * One value that is not an option of the field's new list: a stored value, with how many cells of this
 * station hold it, or an option the new list drops (count 0 when this station holds none).
 */
export interface StrandedValue {
  readonly value: string;
  readonly count: number;
  /** A new option that looks like the same answer (same text ignoring spaces and case, or the option
   * that took its place in the list), or null. */
  readonly suggestion: string | null;
}

export interface OptionListChange {
  readonly tableCode: string;
  readonly tableName: string;
  readonly field: FieldDef;
  readonly stranded: readonly StrandedValue[];
}

/** Field id → (old value → new option, or null to keep it flagged). Field id: `${tableCode}.${fieldKey}`. */
export type OptionMigration = Readonly<Record<string, Readonly<Record<string, string | null>>>>;

export const fieldId = (tableCode: string, fieldKey: string): string => `${tableCode}.${fieldKey}`;

const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();

function suggestionFor(value: string, oldOptions: readonly string[], next: FieldDef): string | null {
  const options = next.options ?? [];
  const same = options.find((o) => squash(o) === squash(value));
  if (same !== undefined) return same;
  // A renamed option keeps its place: the old list's i-th option becomes the new list's i-th.
  const i = oldOptions.indexOf(value);
  if (i >= 0 && oldOptions.length === options.length) {
    const renamed = options[i];
    if (renamed !== undefined && !oldOptions.includes(renamed)) return renamed;
  }
  return null;
}

function sameOptions(a: FieldDef, b: FieldDef): boolean {
  const x = a.options ?? [];
  const y = b.options ?? [];
  return (
    (a.optionsPending ?? false) === (b.optionsPending ?? false) &&
    x.length === y.length &&
    x.every((o, i) => o === y[i])
  );
}

/** Stored values as text, skipping empty cells. */
function countValues(values: Iterable<CellValue>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) {
    const text = cellText(v).trim();
    if (text !== '') counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return counts;
}

/**
 * Every enum field kept from `prev` whose option list `next` changes, with the stored values and dropped
 * options that are no longer options. Fields where nothing is left out need no decision and are omitted.
 */
export function optionListChanges(prev: Catalog, next: Catalog, values: StoredValues): OptionListChange[] {
  const before = new Map(prev.tables.map((t) => [t.code, new Map(t.fields.map((f) => [f.key, f]))]));
  const out: OptionListChange[] = [];
  for (const t of next.tables)
    for (const f of t.fields) {
      const old = before.get(t.code)?.get(f.key);
      if (old === undefined || old.type !== 'enum' || f.type !== 'enum' || f.optionsPending === true)
        continue;
      if (sameOptions(old, f)) continue;
      const options = new Set(f.options ?? []);
      const counts = countValues(values(t.code, f.key));
      // Options the new list drops are asked about even where this station holds none: departments may
      // have filled them, and the decision travels to them in the setup bundle.
      if (old.optionsPending !== true)
        for (const o of old.options ?? []) if (!options.has(o) && !counts.has(o)) counts.set(o, 0);
      const stranded = [...counts]
        .filter(([value]) => !options.has(value))
        .map(([value, count]) => ({ value, count, suggestion: suggestionFor(value, old.options ?? [], f) }));
      if (stranded.length > 0) out.push({ tableCode: t.code, tableName: t.name, field: f, stranded });
    }
  return out;
}

/** Codes of the tables holding an enum field whose option list `next` changes: the only rows to read. */
export function tablesWithChangedOptions(prev: Catalog, next: Catalog): string[] {
  const before = new Map(prev.tables.map((t) => [t.code, new Map(t.fields.map((f) => [f.key, f]))]));
  return next.tables
    .filter((t) =>
      t.fields.some((f) => {
        const old = before.get(t.code)?.get(f.key);
        return old?.type === 'enum' && f.type === 'enum' && f.optionsPending !== true && !sameOptions(old, f);
      }),
    )
    .map((t) => t.code);
}

/** The office's default decisions: each suggestion taken, every other value kept flagged. */
export function suggestedMigration(changes: readonly OptionListChange[]): OptionMigration {
  return Object.fromEntries(
    changes.map((c) => [
      fieldId(c.tableCode, c.field.key),
      Object.fromEntries(c.stranded.map((s) => [s.value, s.suggestion])),
    ]),
  );
}

/**
 * Whether `migration` decides every stranded value with an option of the new list (or null = flagged).
 * Returns the first value left undecided or mapped to a value that is not an option, or null.
 */
export function undecidedValue(
  changes: readonly OptionListChange[],
  migration: OptionMigration,
): { change: OptionListChange; value: string } | null {
  for (const c of changes) {
    const decided = migration[fieldId(c.tableCode, c.field.key)] ?? {};
    const options = new Set(c.field.options ?? []);
    for (const s of c.stranded) {
      const to = decided[s.value];
      if (to === undefined || (to !== null && !options.has(to))) return { change: c, value: s.value };
    }
  }
  return null;
}

export interface MigratedRows {
  /** Rows that changed, with the mapped values, stamped with who and when. */
  readonly rows: StoredRow[];
  /** Cells rewritten per field key and old value → new value. */
  readonly mapped: number;
  /** Cells left holding a value that is not an option (kept flagged). */
  readonly flagged: number;
}

/** Applies one table's decisions (field key → old → new|null) to its rows. */
export function migrateRows(
  rows: readonly StoredRow[],
  byField: Readonly<Record<string, Readonly<Record<string, string | null>>>>,
  by: string,
  at: string,
): MigratedRows {
  const out: StoredRow[] = [];
  let mapped = 0;
  let flagged = 0;
  for (const row of rows) {
    let values: Record<string, CellValue> | null = null;
    for (const [key, decisions] of Object.entries(byField)) {
      const v = row.values[key];
      if (v === undefined || v === null) continue;
      const text = cellText(v).trim();
      if (!Object.hasOwn(decisions, text)) continue;
      const to = decisions[text];
      if (to === null || to === undefined) {
        flagged++;
        continue;
      }
      values ??= { ...row.values };
      values[key] = to;
      mapped++;
    }
    if (values !== null) out.push({ ...row, values, by, at });
  }
  return { rows: out, mapped, flagged };
}
