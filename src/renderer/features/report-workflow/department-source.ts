/**
 * The department's live data for its chapter editor: grouped queries (data tables, charts) over the
 * tables this station holds, school indicators from the office's last snapshot or 由督导室汇总
 * (src/shared/report-workflow/indicator-snapshot.ts). Installed as the editor's data source.
 */
import type { StoredRow } from '../../../shared/records/record-types';
import { departmentSource } from '../../../shared/report-workflow/indicator-snapshot';
import type { Catalog } from '../../../shared/catalog/catalog-types';
import type { IndicatorSnapshot } from '../../../shared/report-workflow/indicator-snapshot';
import type { Workspace } from '../../../shared/workspace/workspace-types';
import { repository } from '../../data/repository-instance';
import { buildSource } from '../report/live/indicator-binding';
import { DRAFT_SNAPSHOT, useLiveSource } from '../report/live/source-store';

export async function installDepartmentSource(
  workspace: Workspace,
  catalog: Catalog,
  snapshot: IndicatorSnapshot | null,
): Promise<void> {
  const workspaceId = workspace.id;
  const [indicatorSet, standards] = await Promise.all([
    repository().loadIndicatorSet(workspace),
    repository().loadStandardSet(workspace),
  ]);
  const codes = [...new Set((await repository().listSlices(workspaceId)).map((s) => s.tableCode))];
  const tables = new Map<string, readonly StoredRow[]>();
  for (const c of codes) tables.set(c, await repository().loadAllRows(workspaceId, c));
  // The indicator definitions and grouped queries as the office's editor has them, over our own rows.
  const own = buildSource(DRAFT_SNAPSHOT, catalog, tables, new Map(), {
    defs: indicatorSet.indicators,
    standards,
  });
  const source = departmentSource(snapshot, own.list(), (q) => own.aggregate(q));
  useLiveSource.setState({ source, tables, previous: new Map() });
}
