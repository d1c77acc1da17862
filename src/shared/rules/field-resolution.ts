/**
 * Resolves names written in rules to catalog fields and tables. A field may be named by its ASCII key
 * or its Chinese label; labels also match after normalizing full-/half-width punctuation and spaces,
 * because official labels mix `（年月）` and `(全称)` and people type whichever their IME gives them.
 */
import type { FieldDef, TableDef } from '../catalog/catalog-types';
import type { RuleSchema } from './rule-data-source';

interface FieldIndex {
  readonly exact: Map<string, FieldDef>;
  readonly loose: Map<string, FieldDef>;
}

const indexes = new WeakMap<TableDef, FieldIndex>();

const WIDTH_MAP: Readonly<Record<string, string>> = {
  '（': '(',
  '）': ')',
  '：': ':',
  '，': ',',
  '－': '-',
  '–': '-',
  '—': '-',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
  '／': '/',
};

/** Lowercase, half-width punctuation, no whitespace. */
export function looseName(s: string): string {
  let out = '';
  for (const ch of s) {
    if (/\s|\u3000/.test(ch)) continue;
    out += WIDTH_MAP[ch] ?? ch;
  }
  return out.toLowerCase();
}

function indexOf(table: TableDef): FieldIndex {
  let idx = indexes.get(table);
  if (idx === undefined) {
    const exact = new Map<string, FieldDef>();
    const loose = new Map<string, FieldDef>();
    // Keys win over labels; the first field with a given label wins (labels are unique in practice).
    for (const f of table.fields) exact.set(f.key, f);
    for (const f of table.fields) if (!exact.has(f.label)) exact.set(f.label, f);
    for (const f of table.fields) {
      for (const name of [f.key, f.label]) {
        const l = looseName(name);
        if (!loose.has(l)) loose.set(l, f);
      }
    }
    idx = { exact, loose };
    indexes.set(table, idx);
  }
  return idx;
}

export function findField(table: TableDef, name: string): FieldDef | undefined {
  const idx = indexOf(table);
  return idx.exact.get(name) ?? idx.loose.get(looseName(name));
}

/** Up to three labels that contain, or are contained in, the name: the "did you mean" of errors. */
export function suggestFields(table: TableDef, name: string): string[] {
  const l = looseName(name);
  const chars = new Set(l);
  const scored = table.fields
    .map((f) => {
      const fl = looseName(f.label);
      const contains = fl.includes(l) || l.includes(fl) ? 10 : 0;
      let shared = 0;
      for (const c of new Set(fl)) if (chars.has(c)) shared++;
      return { label: f.label, score: contains + shared / Math.max(1, chars.size) };
    })
    .filter((x) => x.score >= 0.5)
    .sort((a, b) => b.score - a.score);
  return scored.slice(0, 3).map((x) => x.label);
}

export function findTable(schema: RuleSchema, code: string): TableDef | undefined {
  return schema.table(code) ?? schema.table(code.trim().toUpperCase());
}

export function suggestTables(schema: RuleSchema, code: string): string[] {
  const head = code.split('-')[0] ?? code;
  return schema
    .codes()
    .filter((c) => c.startsWith(head))
    .slice(0, 5);
}

export function isNumericField(f: FieldDef): boolean {
  return f.type === 'integer' || f.type === 'decimal' || f.type === 'percent';
}

export function isDateLikeField(f: FieldDef): boolean {
  return f.type === 'date' || f.type === 'yearMonth';
}

const BARE_IDENT = /^(?:[_“\p{L}][_\p{L}\p{N}—–－：、·“”‘’《》％]*)$/u;

/**
 * How to write a field label in a rule: bare when it tokenizes as one identifier, otherwise in
 * backquotes (`学校名称(全称)`). Editors use this when inserting a field.
 */
export function formatFieldName(label: string): string {
  const balanced = label.replace(/（[^（）]*）/g, '');
  return BARE_IDENT.test(balanced) && !/^[A-Z][0-9]/.test(label) && !label.includes('`')
    ? label
    : `\`${label}\``;
}
