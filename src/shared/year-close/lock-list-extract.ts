/**
 * One department's extract of the office's 锁定清单 (docs/SECURITY.md R13): a department learns from the
 * lock only what is its own — its slices' locked row counts and hashes and the 校级更正 made to them —
 * never another department's. A summary department's extract adds the slices it relays (its contributors'
 * slices of the tables routed through it). The extract has its own manifest hash and is signed with the
 * office key on its own, so it verifies exactly as the whole list does; it names the whole list's hash.
 */
import { contributingDepartments, type TaskAssignment } from '../tasks/task-types';
import { manifestHash, type ManifestEntry } from '../national-export/locked-year';
import type { signLockList } from './signed-lock-list';

type Body = Parameters<typeof signLockList>[0];
type SliceRef = Pick<ManifestEntry, 'tableCode' | 'departmentCode'>;

/** Whether a slice is `addressee`'s own, or one of a table routed through it (a summary department). */
export function sliceOfAddressee(
  addressee: string,
  tasks: readonly TaskAssignment[],
): (slice: SliceRef) => boolean {
  const relayed = new Set<string>();
  for (const t of tasks)
    if (t.summaryDepartment === addressee)
      for (const d of contributingDepartments(t)) relayed.add(`${t.tableCode}|${d}`);
  return (s) => s.departmentCode === addressee || relayed.has(`${s.tableCode}|${s.departmentCode}`);
}

/**
 * The departments whose tables `addressee` relays (contributors of tables routed through it, itself
 * excluded), sorted: the office signs each its own extract for the relay, so a department reached through
 * a summary department keeps its own extract, not the summary department's.
 */
export function relayedContributors(addressee: string, tasks: readonly TaskAssignment[]): string[] {
  const out = new Set<string>();
  for (const t of tasks)
    if (t.summaryDepartment === addressee)
      for (const d of contributingDepartments(t)) if (d !== addressee) out.add(d);
  return [...out].sort();
}

/** The whole list's body cut down to `addressee`'s slices and corrections, naming what it is cut from. */
export function lockListExtract(body: Body, addressee: string, tasks: readonly TaskAssignment[]): Body {
  const mine = sliceOfAddressee(addressee, tasks);
  const m = body.manifest;
  const entries = m.entries.filter(mine);
  return {
    ...body,
    manifest: { at: m.at, by: m.by, entries, hash: manifestHash(m.at, m.by, entries) },
    corrections: body.corrections.filter(mine),
    extract: { for: addressee, of: m.hash },
  };
}
