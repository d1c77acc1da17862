/**
 * The built-in catalog: the research draft (draft/status-data-catalog.json, kept verbatim) mapped to
 * TableDefs through reviewable rules — draft-expansion (64 tables from 63 entries), field-rules (label
 * rules), field-overrides (per-field decisions), department-aliases (owners) and table-profiles (shape,
 * natural key, core, period). docs/catalog-mapping.md explains each step. Tables the draft lists without
 * fields stay 待定义 (status 'pending') with no invented fields.
 */
import type { Catalog, FieldDef, FieldType, TableDef } from './catalog-types';
import { draftEntries } from './draft/draft-types';
import type { DraftField } from './draft/draft-types';
import { OPTION_LISTS } from './options/option-lists';
import { resolveDepartments } from './builtin/department-aliases';
import { expandDraftEntries } from './builtin/draft-expansion';
import type { TableDraft } from './builtin/draft-expansion';
import { normalizeFieldKey, uniqueFieldKey } from './builtin/field-keys';
import { FIELD_OVERRIDES } from './builtin/field-overrides';
import { LABEL_OPTION_LISTS, patternFromLabel, typeFromLabel } from './builtin/field-rules';
import { KEY_DONOR_TABLES, RESEARCH_PLANS, researchTableFields } from './builtin/research-fields';
import { userFieldNote } from './builtin/user-notes';
import { researchTables } from './draft/research-types';
import { defaultTableKind } from './table-kind';
import {
  CALENDAR_YEAR_TABLES,
  CORE_TABLES,
  EXTRA_COOPERATING,
  FORM_TABLES,
  NATURAL_KEYS,
  OWNER_BY_ANALOGY,
  TABLE_MEANINGS,
} from './builtin/table-profiles';

/** Date the mapping was written; the built-in catalog is version 1 of every new collection year. */
export const BUILT_IN_CATALOG_DATE = '2026-11-29T00:00:00.000Z';

/** The draft marks doubt with `uncertain`, 未核实 (not verified) or 推定 (presumed). */
const DOUBT = /未核实|推定/;

export const PENDING_TABLE_NOTE = '待定义：本表的字段尚未确定，督导室定义字段后才能填报。';

/** What a user reads on a table whose fields come from the second research input. */
export const RESEARCHED_TABLE_NOTE = '字段依据学校管理系统整理，尚未与国家平台模板逐列核对。';

function mapField(tableCode: string, f: DraftField, key: string): FieldDef {
  const override = FIELD_OVERRIDES[`${tableCode}.${key}`];
  const type: FieldType = override?.type ?? typeFromLabel(f.label, f.type);
  const listId = type === 'enum' ? (override?.optionList ?? LABEL_OPTION_LISTS[f.label]) : undefined;
  const list = listId === undefined ? undefined : OPTION_LISTS[listId];
  const pattern = type === 'code' ? (override?.pattern ?? patternFromLabel(f.label)) : undefined;
  const numeric = type === 'integer' || type === 'decimal' || type === 'percent';
  return {
    key,
    label: f.label,
    type,
    unit: f.unit,
    required: f.required,
    ...(numeric && override?.min !== undefined ? { min: override.min } : {}),
    ...(numeric && override?.max !== undefined ? { max: override.max } : {}),
    ...(type === 'enum' ? (list ? { options: [...list.options] } : { optionsPending: true }) : {}),
    ...(pattern !== undefined ? { pattern } : {}),
    note: userFieldNote(f.note),
    verified: f.uncertain !== true && !DOUBT.test(f.note) && (list?.verified ?? true),
  };
}

function mapTable(d: TableDraft): TableDef {
  const e = d.entry;
  const used = new Set<string>();
  const fields = d.fields.map((f) => {
    const key = uniqueFieldKey(normalizeFieldKey(f.key), used);
    used.add(key);
    return mapField(d.code, f, key);
  });
  const pending = fields.length === 0;
  const depts = resolveDepartments(e.ownerDept);
  if (depts.unknown.length > 0) {
    throw new Error(`builtInCatalog: ${d.code} names unknown departments ${depts.unknown.join(', ')}`);
  }
  // A draft naming only secondary colleges (各系部) leaves no department owner; the analogy names the
  // department that gathers the colleges' rows, so the supervision office never owns a table by default.
  const owner = depts.owner ?? OWNER_BY_ANALOGY[d.code] ?? null;
  const cooperating = [...new Set([...depts.cooperating, ...(EXTRA_COOPERATING[d.code] ?? [])])].filter(
    (c) => c !== owner,
  );
  const shape = FORM_TABLES.has(d.code) ? 'form' : 'list';
  // Draft notes and sources are for reviewers (docs/catalog-mapping.md §10); users read the meaning.
  const note = [d.mappingNote, pending ? PENDING_TABLE_NOTE : '', TABLE_MEANINGS[d.code] ?? '']
    .filter((s) => s !== '')
    .join('\n');
  return {
    code: d.code,
    ...(d.officialCode !== undefined ? { officialCode: d.officialCode } : {}),
    name: d.name,
    category: e.category,
    period: CALENDAR_YEAR_TABLES.has(d.code)
      ? 'calendar-year'
      : e.period === 'point'
        ? 'point'
        : 'academic-year',
    shape,
    status: pending ? 'pending' : 'defined',
    kind: defaultTableKind(d.code),
    ownerDepartment: owner,
    cooperatingDepartments: cooperating,
    core: CORE_TABLES.has(d.code),
    naturalKey: shape === 'list' && !pending ? [...(NATURAL_KEYS[d.code] ?? [])] : [],
    supplementary: d.supplementary,
    verified: e.uncertain !== true && !DOUBT.test(`${e.ownerDept} ${e.notes ?? ''}`),
    note,
    fields,
  };
}

/** Keys of the teacher and club tables by label, so a researched column reuses the same key. */
function donorKeys(tables: readonly TableDef[]): Map<string, string> {
  const keys = new Map<string, string>();
  for (const code of KEY_DONOR_TABLES)
    for (const f of tables.find((t) => t.code === code)?.fields ?? [])
      if (!keys.has(f.label)) keys.set(f.label, f.key);
  return keys;
}

/** A table the second research input describes gets its fields from there (research-fields.ts). */
function withResearch(t: TableDef, donors: ReadonlyMap<string, string>): TableDef {
  const plan = RESEARCH_PLANS[t.code];
  if (plan === undefined) return t;
  const source = researchTables()[plan.source];
  if (source === undefined) throw new Error(`builtInCatalog: research has no table ${plan.source}`);
  const fields = researchTableFields(source, plan, t.fields, donors);
  return {
    ...t,
    status: 'defined',
    naturalKey: t.shape === 'list' ? [...(NATURAL_KEYS[t.code] ?? [])] : [],
    verified: false,
    note: [t.note.replace(PENDING_TABLE_NOTE, '').trim(), RESEARCHED_TABLE_NOTE]
      .filter((s) => s !== '')
      .join('\n'),
    fields,
  };
}

/** Version 1 of the catalog, built from the bundled drafts. Deterministic: same drafts, same catalog. */
export function builtInCatalog(): Catalog {
  const drafted = expandDraftEntries(draftEntries()).map(mapTable);
  const donors = donorKeys(drafted);
  return {
    version: 1,
    updatedAt: BUILT_IN_CATALOG_DATE,
    tables: drafted.map((t) => withResearch(t, donors)),
  };
}
