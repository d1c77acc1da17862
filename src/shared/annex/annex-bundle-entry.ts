/**
 * Entered annex figures a department owns travel to the office in its data bundle, as one optional signed
 * entry `files/annex.json` beside the review record (docs/SECURITY.md B13). A bundle without the entry (an
 * older format, or a department with no figures) still imports.
 *
 * The entry is untrusted until `readAnnexBundleEntry` has validated it whole: the signature says who sent
 * it, the schema says it is well-formed, and the rules here say every figure is the sender's own, for an
 * entered row the office's annex definitions know, not yet reviewed (only the office reviews), once per
 * row and column. `planAnnexMerge` then decides, against what the office holds, which figures replace
 * what (a figure another department or the office owns is refused; an approved figure the department
 * sends again unchanged stays approved).
 */
import { z } from 'zod';
import { parseBoundedJson } from '../bundle/bounded-json';
import { canonicalJson } from '../canonical-json';
import { codeAsName, OFFICE_NAME, type DepartmentName } from '../departments/department-names';
import { err, ok, type Result } from '../result';
import { annexEntrySchema, newAnnexEntry, type AnnexEntry } from './annex-entry';
import type { AnnexTableDef } from './annex-types';

export const ANNEX_BUNDLE_ENTRY = 'files/annex.json';
/** Six tables of at most 100 rows, two columns each. */
export const ANNEX_ENTRIES_PER_BUNDLE_MAX = 1200;
const ENTRY_BOUNDS = { maxBytes: 4 * 1024 * 1024, maxDepth: 8 };

const entrySchema = z
  .object({
    format: z.literal('annex-entries'),
    version: z.literal(1),
    entries: z.array(annexEntrySchema).max(ANNEX_ENTRIES_PER_BUNDLE_MAX),
  })
  .strict();

/** The entry's bytes: the department's own figures, each sent as 已填报 without a review. */
export function annexBundleEntryBytes(entries: readonly AnnexEntry[]): Uint8Array {
  const sent = entries.map((e) => ({ ...e, state: 'submitted' as const, review: null }));
  return new TextEncoder().encode(canonicalJson({ format: 'annex-entries', version: 1, entries: sent }));
}

const bad = (detail: string) =>
  err('invalid-annex-entry' as const, `数据包中的附表填报不正确（${detail}），已拒绝。`);

export const annexCellKey = (e: Pick<AnnexEntry, 'rowId' | 'column'>): string => `${e.rowId}|${e.column}`;

/**
 * Reads and checks the annex entry of a verified data bundle. `sender` is the signer's department;
 * `defs` are this station's annex definitions. One bad figure refuses the whole bundle.
 */
export function readAnnexBundleEntry(
  files: ReadonlyMap<string, Uint8Array>,
  sender: string,
  defs: readonly AnnexTableDef[],
  name: DepartmentName = codeAsName,
): Result<readonly AnnexEntry[], 'invalid-annex-entry' | 'too-large' | 'json-invalid'> {
  const raw = files.get(ANNEX_BUNDLE_ENTRY);
  if (raw === undefined) return ok([]);
  const json = parseBoundedJson(raw, ENTRY_BOUNDS, ANNEX_BUNDLE_ENTRY);
  if (!json.ok) return json;
  const parsed = entrySchema.safeParse(json.value);
  if (!parsed.success) return bad('格式不符');
  const seen = new Set<string>();
  for (const e of parsed.data.entries) {
    if (e.departmentCode !== sender) return bad(`“${e.rowId}”不是${name(sender)}填报的数值`);
    if (e.state !== 'submitted' || e.review !== null)
      return bad(`“${e.rowId}”带有审核结果，审核只能由督导室进行`);
    if (seen.has(annexCellKey(e))) return bad(`“${e.rowId}”重复`);
    seen.add(annexCellKey(e));
    // The same whole check a figure typed at this station passes (entered row, source, number).
    const again = newAnnexEntry(
      defs,
      { ...e.entry, rowId: e.rowId, column: e.column, departmentCode: e.departmentCode },
      e.entry.enteredBy,
      e.entry.enteredAt,
    );
    if (!again.ok) return bad(again.error.message);
  }
  return ok(parsed.data.entries);
}

export interface AnnexMergePlan {
  /** Figures to store (state 已填报). */
  readonly put: readonly AnnexEntry[];
  /** Figures already approved here with the same value, source and evidence: left as held. */
  readonly unchanged: number;
}

/** What the incoming figures do to the figures held; a figure someone else owns refuses them all. */
export function planAnnexMerge(
  held: readonly AnnexEntry[],
  incoming: readonly AnnexEntry[],
  name: DepartmentName = codeAsName,
): Result<AnnexMergePlan, 'annex-owner'> {
  const byCell = new Map(held.map((e) => [annexCellKey(e), e]));
  const put: AnnexEntry[] = [];
  let unchanged = 0;
  for (const e of incoming) {
    const h = byCell.get(annexCellKey(e));
    if (h !== undefined && h.departmentCode !== e.departmentCode)
      return err(
        'annex-owner',
        `附表“${e.rowId}”的数值由${h.departmentCode === '' ? OFFICE_NAME : name(h.departmentCode)}填报，${name(e.departmentCode)}不能替换，已拒绝。`,
      );
    if (h !== undefined && h.state === 'approved' && sameFigure(h, e)) unchanged += 1;
    else put.push(e);
  }
  return ok({ put, unchanged });
}

function sameFigure(a: AnnexEntry, b: AnnexEntry): boolean {
  return (
    a.entry.value === b.entry.value &&
    a.entry.source === b.entry.source &&
    a.entry.evidence === b.entry.evidence
  );
}
