/**
 * Saving an edited catalog. Besides being consistent on its own (validateCatalog), the new catalog must
 * fit the data already stored: a type, option, pattern or bound change is refused when a stored value no
 * longer fits, and the refusal names the first such value so the office can fix it or undo the change.
 * An enum's stored values that the office decided on in an option-list migration (option-migration.ts)
 * pass. Removing a field is allowed — stored rows keep values of unknown keys, so nothing is lost — but removing
 * a table that holds data is not. On success the version goes up by one.
 */
import type { Catalog, FieldDef, TableDef } from './catalog-types';
import type { CellValue } from '../records/record-types';
import { err, ok } from '../result';
import type { Result } from '../result';
import { FIELD_TYPE_LABELS } from './catalog-types';
import { cellText, cellValueProblem } from './field-value-fit';
import { validateCatalog } from './validate-catalog';
import { fieldId, type OptionMigration } from './option-migration';
import type { CatalogErrorCode } from './validate-catalog';

export type CatalogChangeErrorCode = CatalogErrorCode | 'values-do-not-fit' | 'table-in-use';

/** Every stored value of one field of one table, across all departments' slices. */
export type StoredValues = (tableCode: string, fieldKey: string) => Iterable<CellValue>;

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** True when the change from `a` to `b` cannot make a fitting value unfit (labels, notes, units, required…). */
function sameConstraints(a: FieldDef, b: FieldDef): boolean {
  return (
    a.type === b.type &&
    sameList(a.options, b.options) &&
    (a.optionsPending ?? false) === (b.optionsPending ?? false) &&
    a.pattern === b.pattern &&
    a.min === b.min &&
    a.max === b.max
  );
}

function isEmpty(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

function firstMisfit(
  values: Iterable<CellValue>,
  f: FieldDef,
  decided: Readonly<Record<string, string | null>>,
): { value: CellValue; problem: string } | undefined {
  for (const value of values) {
    // An option-list change may leave values the office has decided on (mapped or kept flagged).
    if (f.type === 'enum' && Object.hasOwn(decided, cellText(value).trim())) continue;
    const problem = cellValueProblem(value, f);
    if (problem !== null) return { value, problem };
  }
  return undefined;
}

function removedTableInUse(t: TableDef, values: StoredValues): boolean {
  return t.fields.some((f) => {
    for (const v of values(t.code, f.key)) if (!isEmpty(v)) return true;
    return false;
  });
}

/**
 * `next` as the new version of `prev` (version + 1, updatedAt = `now`, an ISO timestamp) if it is
 * consistent and every stored value fits the fields it changes or adds; otherwise the first problem.
 */
export function validateCatalogChange(
  prev: Catalog,
  next: Catalog,
  values: StoredValues,
  now: string,
  migration: OptionMigration = {},
): Result<Catalog, CatalogChangeErrorCode> {
  const checked = validateCatalog(next);
  if (!checked.ok) return checked;
  const nextCodes = new Set(checked.value.tables.map((t) => t.code));
  for (const t of prev.tables) {
    if (!nextCodes.has(t.code) && removedTableInUse(t, values)) {
      return err('table-in-use', `表 ${t.code}「${t.name}」已有数据，不能删除`, { tableCode: t.code });
    }
  }
  const prevTables = new Map(prev.tables.map((t) => [t.code, t]));
  for (const t of checked.value.tables) {
    const before = new Map((prevTables.get(t.code)?.fields ?? []).map((f) => [f.key, f]));
    for (const f of t.fields) {
      const old = before.get(f.key);
      if (old !== undefined && sameConstraints(old, f)) continue;
      const misfit = firstMisfit(values(t.code, f.key), f, migration[fieldId(t.code, f.key)] ?? {});
      if (misfit === undefined) continue;
      const change =
        old !== undefined && old.type !== f.type ? `改为${FIELD_TYPE_LABELS[f.type]}后` : '修改后';
      return err(
        'values-do-not-fit',
        `表 ${t.code} 的字段「${f.label}」${change}与已有数据不符：「${cellText(misfit.value)}」${misfit.problem}`,
        { tableCode: t.code, fieldKey: f.key, value: cellText(misfit.value) },
      );
    }
  }
  return ok({ ...checked.value, version: prev.version + 1, updatedAt: now });
}
