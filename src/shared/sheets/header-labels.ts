/**
 * Matching a sheet's column headers to catalog fields by label. People and older templates write the
 * same label many ways: full-width brackets and letters, spaces or line breaks inside merged header
 * cells, a '*' for required, the unit in parentheses ('学制（年）', '欠费金额(元)'), and a parent label
 * over a two-row header ('学校举办者' over '名称(全称)' for '学校举办者—名称(全称)'). Every variant is
 * reduced to one normal form; a header matches a field when a normal form of the header equals one of
 * the field's. Nothing fuzzy: a near miss goes to the mapping step, where the user decides.
 */
import type { FieldDef, TableDef } from '../catalog/catalog-types';
import { fullWidthToHalf } from '../values/full-width';

// Dashes and separators people put between a parent and a child label.
const JOINERS = /[—–\-－_/|·:：]+/g;
const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff*＊]+/g;

/** Normal form of a label: half-width, no spaces, no '*', ASCII lower case, one kind of bracket and no joiners. */
export function normaliseLabel(text: string): string {
  return fullWidthToHalf(text)
    .replace(INVISIBLE, '')
    .replace(/[【〔［]/g, '[')
    .replace(/[】〕］]/g, ']')
    .replace(JOINERS, '')
    .toLowerCase();
}

const TRAILING_PAREN = /^(.+?)\(([^()]*)\)$/;

/** The label without one trailing parenthesised part, when it has one ('学制(年)' → '学制'). */
function withoutTrailingParen(normal: string): string | null {
  const m = TRAILING_PAREN.exec(normal);
  return m === null ? null : (m[1] ?? null);
}

/** Every normal form under which a field's column may appear. */
export function fieldLabelForms(field: FieldDef): string[] {
  const base = normaliseLabel(field.label);
  const forms = new Set<string>([base]);
  if (field.unit !== '') {
    forms.add(normaliseLabel(`${field.label}(${field.unit})`));
    forms.add(normaliseLabel(`${field.label}[${field.unit}]`));
  }
  return [...forms];
}

/**
 * Index from normal form to field key; a form two fields share maps to neither (the user chooses).
 * The second map holds forms with a trailing parenthesis dropped (a weaker match, used only when the
 * strong one misses).
 */
export interface LabelIndex {
  readonly strong: ReadonlyMap<string, string | null>;
  readonly weak: ReadonlyMap<string, string | null>;
}

function put(map: Map<string, string | null>, form: string, key: string): void {
  const had = map.get(form);
  if (had === undefined) map.set(form, key);
  else if (had !== key) map.set(form, null);
}

export function buildLabelIndex(table: TableDef): LabelIndex {
  const strong = new Map<string, string | null>();
  const weak = new Map<string, string | null>();
  for (const f of table.fields) {
    for (const form of fieldLabelForms(f)) put(strong, form, f.key);
    const bare = withoutTrailingParen(normaliseLabel(f.label));
    if (bare !== null) put(weak, bare, f.key);
  }
  return { strong, weak };
}

/** The field key a header text names, or null. `text` may be several candidate texts (two-row headers). */
export function matchHeader(index: LabelIndex, texts: readonly string[]): string | null {
  for (const t of texts) {
    const n = normaliseLabel(t);
    if (n === '') continue;
    const hit = index.strong.get(n);
    if (hit) return hit;
    // '学制(年)' for a field labelled '学制' with no unit, or '入学日期' for '入学日期（年月）'.
    const bare = withoutTrailingParen(n);
    const viaBare = bare === null ? undefined : index.strong.get(bare);
    if (viaBare) return viaBare;
    const viaWeak = index.weak.get(n) ?? (bare === null ? undefined : index.weak.get(bare));
    if (viaWeak) return viaWeak;
  }
  return null;
}
