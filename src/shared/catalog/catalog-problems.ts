/**
 * Semantic checks of a catalog that already has the right shape (zod). The editor shows all problems at
 * once; validateCatalog refuses on the first. Messages are for the office (Chinese) and name the table
 * and the field by label, since that is what the office sees.
 */
import { patternRefusal } from './field-pattern';
import type { Catalog, FieldDef, TableDef } from './catalog-types';
import type { DomainError } from '../result';

export type CatalogProblemCode =
  | 'duplicate-table-code'
  | 'duplicate-field-key'
  | 'duplicate-field-label'
  | 'enum-without-options'
  | 'options-not-allowed'
  | 'duplicate-option'
  | 'bounds-not-allowed'
  | 'min-greater-than-max'
  | 'precision-not-allowed'
  | 'pattern-not-allowed'
  | 'bad-pattern'
  | 'natural-key-unknown-field'
  | 'natural-key-duplicate'
  | 'natural-key-on-form'
  | 'pending-table-has-fields'
  | 'defined-table-without-fields'
  | 'owner-also-cooperating'
  | 'duplicate-cooperating';

export type CatalogProblem = DomainError<CatalogProblemCode>;

const NUMERIC_TYPES = new Set(['integer', 'decimal', 'percent']);
const PRECISION_TYPES = new Set(['decimal', 'percent']);

function problem(code: CatalogProblemCode, message: string, t: TableDef, f?: FieldDef): CatalogProblem {
  return { code, message, detail: f ? { tableCode: t.code, fieldKey: f.key } : { tableCode: t.code } };
}

/** True when `source` compiles in the linear-time engine every station matches with (field-pattern.ts). */
export function isValidPattern(source: string): boolean {
  return patternRefusal(source) === null;
}

function fieldProblems(t: TableDef, f: FieldDef): CatalogProblem[] {
  const out: CatalogProblem[] = [];
  const at = `表 ${t.code} 的字段「${f.label}」`;
  if (f.type === 'enum') {
    if ((f.options ?? []).length === 0 && f.optionsPending !== true) {
      out.push(
        problem(
          'enum-without-options',
          `${at}是选项类型，但没有设置选项；如暂不确定，请标记为“选项待定”`,
          t,
          f,
        ),
      );
    }
    const seen = new Set<string>();
    for (const o of f.options ?? []) {
      if (seen.has(o)) out.push(problem('duplicate-option', `${at}的选项「${o}」重复`, t, f));
      seen.add(o);
    }
  } else if (f.options !== undefined || f.optionsPending !== undefined) {
    out.push(problem('options-not-allowed', `${at}不是选项类型，不能设置选项`, t, f));
  }
  if (!NUMERIC_TYPES.has(f.type) && (f.min !== undefined || f.max !== undefined)) {
    out.push(problem('bounds-not-allowed', `${at}不是数值类型，不能设置最小值/最大值`, t, f));
  }
  if (f.min !== undefined && f.max !== undefined && f.min > f.max) {
    out.push(problem('min-greater-than-max', `${at}的最小值 ${f.min} 大于最大值 ${f.max}`, t, f));
  }
  if (!PRECISION_TYPES.has(f.type) && f.precision !== undefined) {
    out.push(problem('precision-not-allowed', `${at}不是小数或百分比，不能设置小数位数`, t, f));
  }
  if (f.pattern !== undefined) {
    if (f.type !== 'code') out.push(problem('pattern-not-allowed', `${at}不是代码类型，不能设置格式`, t, f));
    else if (!isValidPattern(f.pattern)) {
      out.push(problem('bad-pattern', `${at}的${patternRefusal(f.pattern) ?? ''}`, t, f));
    }
  }
  return out;
}

function tableProblems(t: TableDef): CatalogProblem[] {
  const out: CatalogProblem[] = [];
  if (t.status === 'pending' && t.fields.length > 0) {
    out.push(
      problem(
        'pending-table-has-fields',
        `表 ${t.code}「${t.name}」标记为待定义，但已有字段；请改为已定义`,
        t,
      ),
    );
  }
  if (t.status === 'defined' && t.fields.length === 0) {
    out.push(problem('defined-table-without-fields', `表 ${t.code}「${t.name}」已定义，但没有任何字段`, t));
  }
  const byKey = new Map<string, FieldDef>();
  const labels = new Set<string>();
  for (const f of t.fields) {
    const first = byKey.get(f.key);
    if (first !== undefined) {
      out.push(
        problem(
          'duplicate-field-key',
          `表 ${t.code} 的字段「${f.label}」重复：字段标识 ${f.key} 已用于「${first.label}」`,
          t,
          f,
        ),
      );
    } else byKey.set(f.key, f);
    if (labels.has(f.label)) {
      out.push(problem('duplicate-field-label', `表 ${t.code} 的字段「${f.label}」重复：已有同名字段`, t, f));
    }
    labels.add(f.label);
    out.push(...fieldProblems(t, f));
  }
  if (t.shape === 'form' && t.naturalKey.length > 0) {
    out.push(
      problem('natural-key-on-form', `表 ${t.code}「${t.name}」是单记录表单，不需要识别字段（自然键）`, t),
    );
  }
  const keyParts = new Set<string>();
  for (const k of t.naturalKey) {
    if (keyParts.has(k))
      out.push(problem('natural-key-duplicate', `表 ${t.code} 的识别字段（自然键）${k} 列了两次`, t));
    keyParts.add(k);
    if (!byKey.has(k)) {
      out.push(
        problem('natural-key-unknown-field', `表 ${t.code} 的识别字段（自然键）${k} 不是本表的字段`, t),
      );
    }
  }
  if (t.ownerDepartment !== null && t.cooperatingDepartments.includes(t.ownerDepartment)) {
    out.push(
      problem('owner-also-cooperating', `表 ${t.code} 的牵头部门 ${t.ownerDepartment} 同时列为配合部门`, t),
    );
  }
  if (new Set(t.cooperatingDepartments).size !== t.cooperatingDepartments.length) {
    out.push(problem('duplicate-cooperating', `表 ${t.code} 的配合部门有重复`, t));
  }
  return out;
}

/** Every consistency problem of the catalog, in table and field order; empty when consistent. */
export function catalogProblems(c: Catalog): CatalogProblem[] {
  const out: CatalogProblem[] = [];
  const codes = new Set<string>();
  for (const t of c.tables) {
    if (codes.has(t.code))
      out.push(problem('duplicate-table-code', `表代码 ${t.code} 重复（「${t.name}」）`, t));
    codes.add(t.code);
    out.push(...tableProblems(t));
  }
  return out;
}
