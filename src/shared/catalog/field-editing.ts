/**
 * Field edits of the office's catalog editor: add, change, reorder, remove. Keys of new fields are
 * generated (f_1, f_2 …) because labels are Chinese and keys must be ASCII; a key never changes once
 * given, since stored values are keyed by it. Each edit keeps the field free of properties its type does
 * not use (options only on enums, bounds only on numbers …), so a type change does not leave stale ones.
 */
import type { Catalog, FieldDef, TableDef } from './catalog-types';
import { FIELD_KEY_PATTERN } from './catalog-types';
import { err, ok } from '../result';
import { editTable, withoutUndefined } from './catalog-edit-support';
import type { EditResult } from './catalog-edit-support';

export type NewFieldInput = Pick<FieldDef, 'label' | 'type'> & Partial<Omit<FieldDef, 'label' | 'type'>>;
export type FieldPatch = Partial<Omit<FieldDef, 'key'>>;

const NUMERIC = new Set<FieldDef['type']>(['integer', 'decimal', 'percent']);
const WITH_PRECISION = new Set<FieldDef['type']>(['decimal', 'percent']);

/** `f_<n>` with n one more than the largest generated key of the table. */
export function nextFieldKey(t: TableDef): string {
  let max = 0;
  for (const f of t.fields) {
    const m = /^f_(\d+)$/.exec(f.key);
    if (m?.[1] !== undefined) max = Math.max(max, Number(m[1]));
  }
  return `f_${max + 1}`;
}

/** The field without the properties its type does not use. */
export function fieldForType(f: FieldDef): FieldDef {
  const { options, optionsPending, min, max, precision, pattern, ...rest } = f;
  return withoutUndefined({
    ...rest,
    ...(f.type === 'enum' ? { options, optionsPending } : {}),
    ...(NUMERIC.has(f.type) ? { min, max } : {}),
    ...(WITH_PRECISION.has(f.type) ? { precision } : {}),
    ...(f.type === 'code' ? { pattern } : {}),
  });
}

function fieldIndex(t: TableDef, key: string): number {
  return t.fields.findIndex((f) => f.key === key);
}

const notFound = (t: TableDef, key: string) =>
  err('field-not-found', `表 ${t.code} 中没有字段 ${key}`, { tableCode: t.code, fieldKey: key });

/** Appends a field; the first field of a 待定义 table makes it defined. Defaults: optional, no unit, verified. */
export function addField(c: Catalog, tableCode: string, input: NewFieldInput): EditResult {
  return editTable(c, tableCode, (t) => {
    const key = input.key ?? nextFieldKey(t);
    if (!FIELD_KEY_PATTERN.test(key)) {
      return err('bad-field-key', `字段标识“${key}”不可用：只能用小写英文字母、数字和下划线，以字母开头`, {
        tableCode,
        fieldKey: key,
      });
    }
    if (fieldIndex(t, key) >= 0) {
      return err('duplicate-field-key', `表 ${tableCode} 已有字段标识 ${key}`, { tableCode, fieldKey: key });
    }
    const field = fieldForType({
      unit: '',
      required: false,
      note: '',
      verified: true,
      ...input,
      key,
      label: input.label.trim(),
    });
    return ok({ ...t, status: 'defined', fields: [...t.fields, field] });
  });
}

/**
 * Changes a field (not its key). Giving options ends 选项待定 unless the patch says otherwise; an
 * undefined property in the patch removes it (e.g. `{ max: undefined }`).
 */
export function updateField(c: Catalog, tableCode: string, key: string, patch: FieldPatch): EditResult {
  return editTable(c, tableCode, (t) => {
    const i = fieldIndex(t, key);
    const old = t.fields[i];
    if (old === undefined) return notFound(t, key);
    const endsPending = (patch.options ?? []).length > 0 && !('optionsPending' in patch);
    const next = fieldForType(
      withoutUndefined({
        ...old,
        ...patch,
        ...(endsPending ? { optionsPending: undefined } : {}),
        ...(patch.label !== undefined ? { label: patch.label.trim() } : {}),
        key,
      }),
    );
    const fields = t.fields.slice();
    fields[i] = next;
    return ok({ ...t, fields });
  });
}

/** Moves a field to position `toIndex` (0-based) among the table's fields. */
export function moveField(c: Catalog, tableCode: string, key: string, toIndex: number): EditResult {
  return editTable(c, tableCode, (t) => {
    const from = fieldIndex(t, key);
    const field = t.fields[from];
    if (field === undefined) return notFound(t, key);
    if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex >= t.fields.length) {
      return err('bad-position', `位置 ${toIndex + 1} 超出表 ${tableCode} 的字段范围`, {
        tableCode,
        fieldKey: key,
      });
    }
    const fields = t.fields.filter((_, i) => i !== from);
    fields.splice(toIndex, 0, field);
    return ok({ ...t, fields });
  });
}

/**
 * Removes a field from the definition (stored values under its key are kept by the records layer) and
 * from the natural key; removing the last field makes the table 待定义 again.
 */
export function removeField(c: Catalog, tableCode: string, key: string): EditResult {
  return editTable(c, tableCode, (t) => {
    if (fieldIndex(t, key) < 0) return notFound(t, key);
    const fields = t.fields.filter((f) => f.key !== key);
    return ok({
      ...t,
      fields,
      naturalKey: t.naturalKey.filter((k) => k !== key),
      status: fields.length === 0 ? 'pending' : t.status,
    });
  });
}
