/**
 * The earlier years this station holds, for trends: from this year's workspace back, each year's
 * previous workspace (the one picked as 同比对象 for this year, else the best candidate: an earlier
 * workspace of this station or an imported year archive), with the given tables as that workspace
 * holds them. Each year's source has the year before it as `prev`, so prev() reads the right year.
 */
import type { Catalog } from '../../shared/catalog/catalog-types';
import type { StoredRow } from '../../shared/records/record-types';
import { compileIndicators, computeIndicators, type IndicatorDef } from '../../shared/indicators';
import { memoryDataSource, schemaFromTables, type RuleDataSource } from '../../shared/rules';
import type { YearValues } from '../../shared/standards';
import type { Workspace } from '../../shared/workspace/workspace-types';
import { repository } from '../data/repository-instance';
import { prevYearChoice } from './prev-year-choice';
import { stationRows } from './station-source';

export interface EarlierYear {
  readonly workspace: Workspace;
  readonly catalog: Catalog;
  readonly source: RuleDataSource;
}

/** Up to `max` earlier years, oldest first. */
export async function loadEarlierYears(
  ws: Workspace,
  tables: Iterable<string>,
  max = 4,
): Promise<EarlierYear[]> {
  const codes = [...new Set(tables)];
  const chain: { workspace: Workspace; catalog: Catalog; rows: Record<string, readonly StoredRow[]> }[] = [];
  let current = ws;
  for (let i = 0; i < max; i++) {
    const prev = await repository().findPreviousYear(current, i === 0 ? prevYearChoice(ws.id) : null);
    if (prev === undefined || chain.some((c) => c.workspace.id === prev.id)) break;
    const catalog = await repository().loadCatalog(prev.id);
    const rows: Record<string, readonly StoredRow[]> = {};
    for (const code of codes) rows[code] = await stationRows(prev, code);
    chain.push({ workspace: prev, catalog, rows });
    current = prev;
  }
  const out: EarlierYear[] = [];
  let older: RuleDataSource | undefined;
  for (const c of chain.reverse()) {
    const source = memoryDataSource({
      tables: c.catalog.tables,
      rows: c.rows,
      ...(older ? { prev: older } : {}),
    });
    out.push({ workspace: c.workspace, catalog: c.catalog, source });
    older = source;
  }
  return out;
}

/** Each earlier year's values of `defs`, compiled against that year's catalog (oldest first). */
export function earlierYearValues(
  defs: readonly IndicatorDef[],
  years: readonly EarlierYear[],
): YearValues[] {
  return years.map((y) => ({
    academicYearStart: y.workspace.academicYearStart,
    values: computeIndicators(compileIndicators(defs, schemaFromTables(y.catalog.tables)).compiled, y.source),
  }));
}
