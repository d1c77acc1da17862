/**
 * The catalog's trust-boundary validator: setup bundles, stored catalogs and every editor save pass
 * through here. Shape first (zod, with the location translated to table code and field label), then the
 * semantic checks of catalog-problems.ts; the first problem is returned as the refusal.
 */
import type { z } from 'zod';
import { catalogSchema } from './catalog-types';
import type { Catalog } from './catalog-types';
import { catalogProblems } from './catalog-problems';
import type { CatalogProblemCode } from './catalog-problems';
import { err, ok } from '../result';
import type { Result } from '../result';

export type CatalogErrorCode = CatalogProblemCode | 'catalog-malformed';

const PROPERTY_LABELS: Readonly<Record<string, string>> = {
  key: '字段标识（只能用小写英文字母、数字和下划线，以字母开头）',
  label: '字段名称',
  type: '类型',
  unit: '单位',
  required: '必填',
  min: '最小值',
  max: '最大值',
  precision: '小数位数',
  options: '选项',
  optionsPending: '选项待定',
  pattern: '格式',
  note: '说明',
  verified: '核实标记',
  code: '表代码（只能用大写英文字母、数字和连字符，如 A10-1）',
  officialCode: '官方表号',
  name: '表名称',
  category: '类别',
  period: '统计期',
  shape: '表形式',
  status: '定义状态',
  ownerDepartment: '牵头部门',
  cooperatingDepartments: '配合部门',
  core: '核心数据标记',
  naturalKey: '识别字段（自然键）',
  supplementary: '补充表标记',
  version: '版本号',
  updatedAt: '修改时间',
  tables: '表清单',
  fields: '字段清单',
};

function child(value: unknown, key: PropertyKey): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<PropertyKey, unknown>)[key]
    : undefined;
}

function textOf(value: unknown, key: string): string | undefined {
  const v = child(value, key);
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

/** "表 A10-1 的字段「学号」的字段标识…" from a zod issue path, using the input to find names. */
function describeIssue(input: unknown, issue: z.core.$ZodIssue): string {
  const path = issue.path;
  let where = '目录';
  let property: PropertyKey | undefined = path[path.length - 1];
  if (path[0] === 'tables' && typeof path[1] === 'number') {
    const table = child(child(input, 'tables'), path[1]);
    where = `第 ${path[1] + 1} 张表`;
    const code = textOf(table, 'code');
    if (code !== undefined) where = `表 ${code}`;
    if (path[2] === 'fields' && typeof path[3] === 'number') {
      const field = child(child(table, 'fields'), path[3]);
      const label = textOf(field, 'label');
      where += label !== undefined ? ` 的字段「${label}」` : ` 的第 ${path[3] + 1} 个字段`;
    }
    // An entry of an array (options[2]) is reported under the array's name.
    if (typeof property === 'number') property = path[path.length - 2];
  }
  const name = typeof property === 'string' ? (PROPERTY_LABELS[property] ?? property) : undefined;
  return name !== undefined ? `${where}的${name}不正确` : `${where}格式不正确`;
}

/** The catalog if it is well-formed and consistent; otherwise the first problem, in Chinese. */
export function validateCatalog(c: unknown): Result<Catalog, CatalogErrorCode> {
  const parsed = catalogSchema.safeParse(c);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const message = issue === undefined ? '目录格式不正确' : describeIssue(c, issue);
    return err('catalog-malformed', message, { path: issue?.path.map(String).join('.') ?? '' });
  }
  const first = catalogProblems(parsed.data)[0];
  if (first !== undefined) return err(first.code, first.message, first.detail);
  return ok(parsed.data);
}
