/**
 * The office's annex definitions as versions: the shipped rows (builtin-annexes.ts) until the office
 * first edits one, then each edit saves the whole set as the next version. An edit — a new row, a
 * changed row, a removed row — is checked against the whole set before anything is stored, with the
 * reason in Chinese (docs/annexes.md "Editing rows").
 */
import { z } from 'zod';
import { err, ok, type Result } from '../result';
import { annexRowDefSchema, annexTableDefSchema, type AnnexRowDef, type AnnexTableDef } from './annex-types';
import { BUILTIN_ANNEXES } from './builtin-annexes';

export const annexDefSetSchema = z
  .object({
    version: z.number().int().min(1),
    tables: z.array(annexTableDefSchema).min(1).max(20),
    savedAt: z.string().min(1).max(40),
    savedBy: z.string().min(1).max(50),
  })
  .strict();
export type AnnexDefSet = z.infer<typeof annexDefSetSchema>;

export type AnnexRowEdit =
  | { readonly kind: 'add'; readonly tableId: string; readonly row: AnnexRowDef }
  | { readonly kind: 'update'; readonly tableId: string; readonly row: AnnexRowDef }
  | { readonly kind: 'remove'; readonly tableId: string; readonly rowId: string };

/** The definitions in force: the newest saved version, else the shipped rows. */
export function currentAnnexDefs(saved: AnnexDefSet | undefined): readonly AnnexTableDef[] {
  return saved?.tables ?? BUILTIN_ANNEXES;
}

/**
 * Applies one edit to the whole set and checks the result: the row's fields, ids unique across every
 * table (entered figures are keyed by row id), an indicator the year's indicator set has, and a table
 * that keeps at least one row.
 */
export function editAnnexDefs(
  tables: readonly AnnexTableDef[],
  edit: AnnexRowEdit,
  knownIndicators: ReadonlySet<string>,
): Result<AnnexTableDef[], 'annex-def-invalid'> {
  const table = tables.find((t) => t.id === edit.tableId);
  if (!table) return err('annex-def-invalid', `没有编号为“${edit.tableId}”的附表`);
  let rows: AnnexRowDef[];
  if (edit.kind === 'remove') {
    if (!table.rows.some((r) => r.id === edit.rowId))
      return err('annex-def-invalid', `“${table.name}”中没有编号为“${edit.rowId}”的行`);
    rows = table.rows.filter((r) => r.id !== edit.rowId);
    if (rows.length === 0) return err('annex-def-invalid', `“${table.name}”至少要保留一行`);
  } else {
    const parsed = annexRowDefSchema.safeParse(edit.row);
    if (!parsed.success) return err('annex-def-invalid', rowProblem(parsed.error.issues[0]));
    const row = parsed.data;
    if (row.source.kind === 'indicator' && !knownIndicators.has(row.source.indicatorId))
      return err('annex-def-invalid', `“${row.name}”引用的指标“${row.source.indicatorId}”不在本年度的指标中`);
    const at = table.rows.findIndex((r) => r.id === row.id);
    if (edit.kind === 'add') {
      const twin = tables.flatMap((t) => t.rows).find((r) => r.id === row.id);
      if (twin) return err('annex-def-invalid', `行编号“${row.id}”已用于“${twin.name}”，请换一个编号`);
      rows = [...table.rows, row];
    } else {
      if (at < 0) return err('annex-def-invalid', `“${table.name}”中没有编号为“${row.id}”的行`);
      rows = table.rows.map((r, i) => (i === at ? row : r));
    }
  }
  const next = tables.map((t) => (t.id === table.id ? { ...t, rows } : t));
  const whole = annexTableDefSchema.array().safeParse(next);
  if (!whole.success) return err('annex-def-invalid', rowProblem(whole.error.issues[0]));
  return ok(whole.data);
}

const FIELD_NAMES: Readonly<Record<string, string>> = {
  id: '行编号（小写字母、数字、点或短横线）',
  name: '名称',
  unit: '单位',
  indicatorId: '指标',
  document: '数据来源',
  note: '说明',
  rows: '行数',
};

function rowProblem(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return '附表行定义不正确';
  if (issue.code === 'custom') return issue.message;
  const field = [...issue.path].reverse().find((p) => typeof p === 'string' && p in FIELD_NAMES);
  const name = typeof field === 'string' ? FIELD_NAMES[field] : '内容';
  return `附表行的${name}填写不正确`;
}
