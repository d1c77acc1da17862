/**
 * Every entered annex figure a received data or forward bundle brings, checked whole before anything is
 * written (docs/SECURITY.md B13, B14). A department's figures travel by one channel (routes.ts
 * `annexRoute`): in its data bundle to the office, or, when it sends only through a summary department,
 * in its data bundle to that summary department, whose forward carries the department's signed original
 * — figures included — unchanged. The office reads each original's figures as that department's own, and
 * the forward's own entry as the summary department's own: a summary station can neither change a
 * contributor's figures (the original's signature covers them) nor add figures in anyone else's name.
 */
import { ANNEX_BUNDLE_ENTRY, annexCellKey, readAnnexBundleEntry } from './annex-bundle-entry';
import type { AnnexEntry } from './annex-entry';
import type { AnnexTableDef } from './annex-types';
import { OFFICE_ADDRESSEE } from '../bundle/manifest';
import { annexRoute } from '../bundle/routes';
import { codeAsName, OFFICE_NAME, type DepartmentName } from '../departments/department-names';
import { err, ok, type Result } from '../result';
import type { TaskAssignment } from '../tasks/task-types';

export interface IncomingAnnex {
  /** 'OFFICE' or the receiving summary department's code. */
  readonly here: string;
  readonly kind: 'data' | 'forward';
  /** The outer bundle's signer (a department, or the summary department of a forward). */
  readonly sender: string;
  /** The outer bundle's files/annex.json, if any: the sender's own figures. */
  readonly own?: Uint8Array;
  /** A forward's originals, each with the files/annex.json its department signed, if any. */
  readonly contributors: ReadonlyArray<{ readonly departmentCode: string; readonly annexEntry?: Uint8Array }>;
  readonly tasks: readonly TaskAssignment[];
  readonly defs: readonly AnnexTableDef[];
  /** How refusals name departments (by name where the station's department list is at hand). */
  readonly name?: DepartmentName;
}

type AnnexRefusal = 'invalid-annex-entry' | 'too-large' | 'json-invalid' | 'annex-route';

const where = (to: string, name: DepartmentName): string =>
  to === OFFICE_ADDRESSEE ? `直接报送${OFFICE_NAME}` : `经${name(to)}汇总转报`;

/** The figures, owners checked; at a summary station they are only read, the office merges them. */
export function readIncomingAnnex(input: IncomingAnnex): Result<AnnexEntry[], AnnexRefusal> {
  const { here, sender, tasks, defs, name = codeAsName } = input;
  const out: AnnexEntry[] = [];
  if (input.own !== undefined) {
    // A summary department's own figures ride on its forward to the office, like its own rows.
    const expected = input.kind === 'forward' ? OFFICE_ADDRESSEE : here;
    const route = annexRoute(tasks, sender);
    if (route !== expected)
      return err(
        'annex-route',
        `${name(sender)}的附表填报数值应${where(route, name)}，本包不应含有，已拒绝。`,
      );
    const read = readAnnexBundleEntry(new Map([[ANNEX_BUNDLE_ENTRY, input.own]]), sender, defs, name);
    if (!read.ok) return read;
    out.push(...read.value);
  }
  for (const c of input.contributors) {
    if (c.annexEntry === undefined) continue;
    const route = annexRoute(tasks, c.departmentCode);
    if (route !== sender)
      return err(
        'annex-route',
        `汇总转报包中${name(c.departmentCode)}的附表填报数值应${where(route, name)}，不能由${name(sender)}转报，已拒绝。`,
      );
    const read = readAnnexBundleEntry(
      new Map([[ANNEX_BUNDLE_ENTRY, c.annexEntry]]),
      c.departmentCode,
      defs,
      name,
    );
    if (!read.ok)
      return err(read.error.code, `汇总转报包中${name(c.departmentCode)}的原始数据包：${read.error.message}`);
    out.push(...read.value);
  }
  // Each cell has one owner: two departments of one forward claiming it refuse the whole bundle.
  const owner = new Map<string, string>();
  for (const e of out) {
    const held = owner.get(annexCellKey(e));
    if (held !== undefined)
      return err(
        'invalid-annex-entry',
        `附表“${e.rowId}”同时由${name(held)}和${name(e.departmentCode)}填报，无法确定归属，已拒绝。`,
      );
    owner.set(annexCellKey(e), e.departmentCode);
  }
  return ok(out);
}
