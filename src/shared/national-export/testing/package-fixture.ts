/** A 上报数据包 input over the built-in catalog: every table's rows from its owner department. */
import { builtInCatalog } from '../../catalog/builtin-catalog';
import type { Catalog } from '../../catalog/catalog-types';
import { builtInDepartments } from '../../departments/builtin-departments';
import { lockManifest, tableContentHash, type LockedSlice } from '../locked-year';
import type { NationalContext, NationalTable } from '../national-context';
import type { NationalPackageInput } from '../national-package';
import { sampleRows } from './sample-rows';

export const FIXTURE_LOCK_AT = '2026-10-20T02:30:00.000Z';

/** `rows(code)` rows per defined table (0 leaves it empty); pending tables stay empty. */
export function packageFixture(
  rows: (code: string) => number,
  catalog: Catalog = builtInCatalog(),
): NationalPackageInput {
  const slices: LockedSlice[] = [];
  for (const [n, t] of catalog.tables.entries()) {
    if (t.status === 'pending') continue;
    const count = rows(t.code);
    slices.push({
      tableCode: t.code,
      departmentCode: t.ownerDepartment ?? 'DDS',
      rows: sampleRows(t, count, n * 1000 + 1),
    });
  }
  const manifest = lockManifest(slices, FIXTURE_LOCK_AT, '李校长');
  const tables: NationalTable[] = catalog.tables.map((table) => {
    const own = slices.filter((s) => s.tableCode === table.code);
    return {
      table,
      slices: own,
      hash: tableContentHash(manifest.entries.filter((e) => e.tableCode === table.code)),
      approvers: own.length ? ['赵督导'] : [],
      emptyReason: table.code === 'A8-9' ? '本学年未开展此项工作' : null,
    };
  });
  const context: NationalContext = {
    schoolName: '示例职业技术学院',
    schoolIdentifier: '4144012954',
    schoolCode: '12954',
    period: { academicYearStart: 2025, financeYear: 2025, snapshotDate: '20250901' },
    lock: { at: manifest.at, by: manifest.by, hash: manifest.hash },
    generatedAt: '2026-10-21T01:00:00.000Z',
    departmentNames: Object.fromEntries(builtInDepartments().map((d) => [d.code, d.name])),
    corrections: [],
  };
  return { tables, context };
}
