/**
 * From what the office stores (catalog, tasks, submissions, the lock's frozen slices) to the package's
 * input: the 锁定清单 hashed, each table's slices, hash, school-level approvers and empty-table reason.
 * Runs in the export Worker, since hashing a 100,000-row year takes a moment.
 */
import type { Catalog } from '../catalog/catalog-types';
import type { Submission } from '../review/review-types';
import { layoutProblems, type LayoutCheck, type LayoutProblem, MAX_LISTED_PROBLEMS } from './layout-problems';
import { lockManifest, tableContentHash, type LockedSlice, type LockManifest } from './locked-year';
import { manifestDifferences } from './lock-record';
import type { NationalContext, NationalTable } from './national-context';
import type { NationalPackageInput } from './national-package';

/** The checklist id under which a department explains a table with no rows (review/checklist.ts). */
export const EMPTY_TABLE_CHECK_ID = 'completeness:rows';

export interface PackageSource {
  readonly catalog: Catalog;
  readonly submissions: readonly Submission[];
  /** Every locked slice, as lockedSlicesForExport returned them (task order). */
  readonly slices: readonly LockedSlice[];
  readonly lock: { readonly at: string; readonly by: string };
  /** The 锁定清单 the lock recorded in the audit chain; null when none is on record. */
  readonly recorded: LockManifest | null;
  readonly context: Omit<NationalContext, 'lock'>;
}

export interface AssembledPackage {
  readonly input: NationalPackageInput;
  readonly manifest: LockManifest;
  readonly check: LayoutCheck;
  /** Slices whose frozen rows differ from the recorded 锁定清单 (empty: they agree); null: nothing recorded. */
  readonly mismatch: string[] | null;
}

/** The level-3 (校级) approver of a slice: the last level-3 approval in its history. */
function schoolApprover(s: Submission | undefined): string | null {
  const e = s?.history.findLast((h) => h.action === 'approve' && h.level === 3);
  return e?.actor.name ?? null;
}

export function assemblePackage(src: PackageSource): AssembledPackage {
  const manifest = lockManifest(src.slices, src.lock.at, src.lock.by);
  const subs = new Map(src.submissions.map((s) => [`${s.tableCode}|${s.departmentCode}`, s]));
  const problems: LayoutProblem[] = [];
  let count = 0;
  let blocking = 0;
  const tables: NationalTable[] = src.catalog.tables.map((table) => {
    const slices = src.slices.filter((s) => s.tableCode === table.code);
    const own = slices.map((s) => subs.get(`${s.tableCode}|${s.departmentCode}`));
    const check = layoutProblems(table, slices);
    problems.push(...check.problems.slice(0, MAX_LISTED_PROBLEMS - problems.length));
    count += check.count;
    blocking += check.blocking;
    const reasons = own
      .map((s) => s?.justifications[EMPTY_TABLE_CHECK_ID]?.text.trim() ?? '')
      .filter((t) => t !== '');
    return {
      table,
      slices,
      hash: tableContentHash(manifest.entries.filter((e) => e.tableCode === table.code)),
      approvers: [...new Set(own.map(schoolApprover).filter((n): n is string => n !== null))],
      emptyReason: reasons.length > 0 ? [...new Set(reasons)].join('；') : null,
    };
  });
  return {
    input: {
      tables,
      context: { ...src.context, lock: { at: manifest.at, by: manifest.by, hash: manifest.hash } },
    },
    manifest,
    check: { problems, count, blocking },
    mismatch: src.recorded ? manifestDifferences(src.recorded, manifest) : null,
  };
}
