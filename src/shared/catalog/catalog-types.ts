/**
 * The catalog: which tables a collection year has and which fields each holds (derived in docs/catalog-mapping.md).
 * It is edited by the office and travels in setup bundles, so it has a strict validator beside its type.
 */
import { z } from 'zod';

/** Every field type (docs/catalog-mapping.md §4 assigns them). `date` is YYYYMMDD, `yearMonth` is YYYYMM. */
export const FIELD_TYPES = [
  'text',
  'integer',
  'decimal',
  'percent',
  'date',
  'yearMonth',
  'enum',
  'code',
  'idCard',
  'boolean',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** Statistical period of a table: a snapshot (时点), the academic year (学年, 9-01…8-31) or the calendar year (自然年). */
export const PERIOD_KINDS = ['point', 'academic-year', 'calendar-year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** A single-record form (one row per school/department) or a multi-row list. */
export const TABLE_SHAPES = ['form', 'list'] as const;
export type TableShape = (typeof TABLE_SHAPES)[number];

/** `defined`: fields known. `pending`: 待定义 — the table exists in the national list but its fields are not known yet. */
export const TABLE_STATUSES = ['defined', 'pending'] as const;
export type TableStatus = (typeof TABLE_STATUSES)[number];

/**
 * The regulation's three kinds of table: 数据源表 (the detail lists other figures are counted from —
 * teachers, majors, courses, students), 基础数据表 (the school's basic facts, conditions and funds) and
 * 专项数据表 (management, evaluation, awards and supplements). Used to group the task matrix.
 */
export const TABLE_KINDS = ['source', 'basic', 'special'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

/** Field keys are ASCII identifiers so they are safe as object keys, column ids and rule tokens. */
export const FIELD_KEY_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;
/** Table codes (A10-1, A7-1-2, A1-X1 …): ASCII, no '/', '(' or spaces; safe in file names, one rule token. */
export const TABLE_CODE_PATTERN = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/;

const nonEmpty = z.string().trim().min(1);

export const fieldDefSchema = z
  .object({
    key: z.string().regex(FIELD_KEY_PATTERN),
    label: nonEmpty,
    type: z.enum(FIELD_TYPES),
    unit: z.string(),
    required: z.boolean(),
    /** Inclusive bounds for integer, decimal and percent fields. */
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    /** Decimal places kept for decimal and percent fields. */
    precision: z.number().int().min(0).max(6).optional(),
    /** Allowed values of an enum field, in display order. */
    options: z.array(nonEmpty).optional(),
    /** 选项待定: the enum's options are not known yet; free text is accepted with a warning. */
    optionsPending: z.boolean().optional(),
    /** Regular expression (source) a code field must match, anchored. */
    pattern: z.string().optional(),
    /** 指标内涵 / 填报说明 shown on hover and in templates. */
    note: z.string(),
    /** false when the field's definition has not been checked against an official document. */
    verified: z.boolean(),
  })
  .strict();
export type FieldDef = z.infer<typeof fieldDefSchema>;

export const tableDefSchema = z
  .object({
    code: z.string().regex(TABLE_CODE_PATTERN),
    /** The code as printed in official documents when it differs from `code` (e.g. "5.1"). */
    officialCode: z.string().optional(),
    name: nonEmpty,
    category: nonEmpty,
    period: z.enum(PERIOD_KINDS),
    shape: z.enum(TABLE_SHAPES),
    status: z.enum(TABLE_STATUSES),
    /** The regulation's kind; absent on catalogs saved before kinds existed (tableKind() supplies one). */
    kind: z.enum(TABLE_KINDS).optional(),
    /** Built-in code of the department that owns the table by default (task assignment may override). */
    ownerDepartment: z.string().nullable(),
    cooperatingDepartments: z.array(z.string()),
    /** Core data (核心数据) get the school-level benchmark analysis. */
    core: z.boolean(),
    /** Field keys whose values identify a row of a list table (学号, 教工号, 专业代码+方向 …). */
    naturalKey: z.array(z.string()),
    /** A supplementary table of this tool, not one of the national tables. */
    supplementary: z.boolean(),
    verified: z.boolean(),
    note: z.string(),
    fields: z.array(fieldDefSchema),
  })
  .strict();
export type TableDef = z.infer<typeof tableDefSchema>;

export const catalogSchema = z
  .object({
    /** Increases by one with every saved change. */
    version: z.number().int().min(1),
    /** ISO timestamp of the change that produced this version. */
    updatedAt: z.string(),
    tables: z.array(tableDefSchema),
  })
  .strict();
export type Catalog = z.infer<typeof catalogSchema>;

/** Chinese names of the field types, for editors and messages. */
export const FIELD_TYPE_LABELS: Readonly<Record<FieldType, string>> = {
  text: '文本',
  integer: '整数',
  decimal: '小数',
  percent: '百分比',
  date: '日期(YYYYMMDD)',
  yearMonth: '年月(YYYYMM)',
  enum: '选项',
  code: '代码',
  idCard: '身份证号',
  boolean: '是/否',
};

export const PERIOD_LABELS: Readonly<Record<PeriodKind, string>> = {
  point: '时点',
  'academic-year': '学年',
  'calendar-year': '自然年',
};

export const SHAPE_LABELS: Readonly<Record<TableShape, string>> = {
  form: '单记录表单',
  list: '多行列表',
};

export const TABLE_KIND_LABELS: Readonly<Record<TableKind, string>> = {
  source: '数据源表',
  basic: '基础数据表',
  special: '专项数据表',
};
