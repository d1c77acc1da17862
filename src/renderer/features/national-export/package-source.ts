/**
 * What the export needs from storage: the lock's frozen slices of every expected slice (refused with
 * the list of what is missing when the year is not wholly locked), the submissions (approvers, empty-
 * table reasons) and the workspace facts every sheet states.
 */
import type { PackageSource } from '../../../shared/national-export/assemble-package';
import { latestLockRecord } from '../../../shared/national-export/lock-record';
import { departmentNamer } from '../../../shared/departments/department-names';
import { lockedSlicesForExport, type MissingSlice } from '../../../shared/national-export/locked-year';
import { schoolIdentifier } from '../../../shared/workspace/school-identifier';
import { repository } from '../../data/repository-instance';
import type { WorkspaceData } from '../../data/workspace-data-store';

export type SourceLoad =
  | {
      readonly ready: true;
      readonly source: PackageSource;
      /** The catalog version the sheets are laid out by: the one in force at lock time when recorded. */
      readonly catalogVersion: number;
    }
  | { readonly ready: false; readonly missing: MissingSlice[]; readonly message: string };

export async function loadPackageSource(data: WorkspaceData): Promise<SourceLoad> {
  const ws = data.workspace;
  const [submissions, snapshots, events] = await Promise.all([
    repository().listSubmissions(ws.id),
    repository().loadLockSnapshots(ws.id),
    repository().loadAuditEvents(ws.id),
  ]);
  const r = lockedSlicesForExport(data.tasks, submissions, snapshots, departmentNamer(data.departments));
  if (!r.ok) return { ready: false, missing: r.missing, message: r.message };
  // The lock is the one the audit chain records; without a record (slices locked one by one), the
  // latest frozen slice's time and actor name it.
  const record = latestLockRecord(events);
  const recorded = record?.manifest ?? null;
  const last = snapshots.reduce((a, b) => (b.at > a.at ? b : a));
  // A catalog changed after the lock must not change the layout of what the lock froze.
  const atLock =
    record?.catalogVersion != null
      ? await repository().loadCatalogVersion(ws.id, record.catalogVersion)
      : undefined;
  const catalog = atLock ?? data.catalog;
  return {
    ready: true,
    catalogVersion: catalog.version,
    source: {
      catalog,
      submissions,
      slices: r.slices.map((s) => ({
        tableCode: s.tableCode,
        departmentCode: s.departmentCode,
        rows: s.rows,
      })),
      lock: recorded ? { at: recorded.at, by: recorded.by } : { at: last.at, by: last.by },
      recorded,
      context: {
        schoolName: ws.school.name,
        schoolIdentifier: schoolIdentifier(ws.school.provinceCode, ws.school.code),
        schoolCode: ws.school.code,
        period: {
          academicYearStart: ws.academicYearStart,
          financeYear: ws.financeYear,
          snapshotDate: ws.snapshotDate,
        },
        generatedAt: new Date().toISOString(),
        departmentNames: Object.fromEntries(data.departments.map((d) => [d.code, d.name])),
        corrections: record?.corrections ?? [],
      },
    },
  };
}
