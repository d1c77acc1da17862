/**
 * The data rules and expressions read at this station: the tables it holds (a table held elsewhere
 * stays absent, so what needs it says 本站无法判断 / unavailable) and last year's data from the
 * station's previous workspace (the one picked as 同比对象, else the best candidate).
 */
import type { Catalog } from '../../shared/catalog/catalog-types';
import type { StoredRow } from '../../shared/records/record-types';
import { memoryDataSource, type RuleDataSource } from '../../shared/rules';
import type { TaskAssignment } from '../../shared/tasks/task-types';
import type { Workspace } from '../../shared/workspace/workspace-types';
import { repository } from '../data/repository-instance';
import { heldTables } from './held-tables';
import { prevYearChoice } from './prev-year-choice';

/** Tables to load: this year's and last year's (what compiled rules/expressions report they read). */
export interface SourceNeeds {
  readonly tables: Iterable<string>;
  readonly prevTables: Iterable<string>;
}

/** One department's slice of a table, read in place of the station's whole table. */
export interface SliceRef {
  readonly departmentCode: string;
  readonly tableCode: string;
}

export interface StationSource {
  readonly source: RuleDataSource;
  readonly prevWorkspace: Workspace | null;
}

/** A table as this station holds it: a department's own slice, the office's union of all slices. */
export async function stationRows(ws: Workspace, tableCode: string): Promise<StoredRow[]> {
  const repo = repository();
  if (ws.station.role === 'department')
    return repo.loadTableRows({
      workspaceId: ws.id,
      tableCode,
      departmentCode: ws.station.departmentCode ?? '',
    });
  return repo.loadAllRows(ws.id, tableCode);
}

async function load(
  ws: Workspace,
  codes: Iterable<string>,
  keep: (code: string) => boolean,
  given: Readonly<Record<string, readonly StoredRow[]>>,
): Promise<Record<string, readonly StoredRow[]>> {
  const data: Record<string, readonly StoredRow[]> = { ...given };
  for (const code of new Set(codes))
    if (data[code] === undefined && keep(code)) data[code] = await stationRows(ws, code);
  return data;
}

/** Last year's workspace at this station: the one picked as 同比对象, else the best candidate. */
async function previousYear(ws: Workspace): Promise<Workspace | null> {
  return (await repository().findPreviousYear(ws, prevYearChoice(ws.id))) ?? null;
}

type Rows = Readonly<Record<string, readonly StoredRow[]>>;

async function buildSource(
  ws: Workspace,
  catalog: Catalog,
  tasks: readonly TaskAssignment[],
  needs: SourceNeeds,
  prevWorkspace: Workspace | null,
  given: Rows,
  prevGiven: Rows,
): Promise<RuleDataSource> {
  const held = heldTables(ws, tasks);
  const data = await load(ws, needs.tables, (code) => held.has(code), given);
  let prev: RuleDataSource | undefined;
  if (prevWorkspace) {
    const prevCatalog = await repository().loadCatalog(prevWorkspace.id);
    const prevData = await load(prevWorkspace, needs.prevTables, () => true, prevGiven);
    prev = memoryDataSource({ tables: prevCatalog.tables, rows: prevData });
  }
  return memoryDataSource({ tables: catalog.tables, rows: data, ...(prev ? { prev } : {}) });
}

/**
 * The held tables among `needs.tables` as this station holds them, and last year's `needs.prevTables`
 * when a previous workspace exists: what indicators and the report compute from.
 */
export async function loadStationSource(
  ws: Workspace,
  catalog: Catalog,
  tasks: readonly TaskAssignment[],
  needs: SourceNeeds,
): Promise<StationSource> {
  const prevWorkspace = await previousYear(ws);
  const source = await buildSource(ws, catalog, tasks, needs, prevWorkspace, {}, {});
  return { source, prevWorkspace };
}

export interface SliceSource extends StationSource {
  readonly rows: readonly StoredRow[];
  /** The slice's rows last year; null without a previous workspace. */
  readonly prevRows: readonly StoredRow[] | null;
}

/**
 * What judging one slice needs: its rows (this year and last) in place of the station's whole table,
 * and the other held tables `needs` name.
 */
export async function loadSliceSource(
  ws: Workspace,
  catalog: Catalog,
  tasks: readonly TaskAssignment[],
  ref: SliceRef,
  needs: SourceNeeds,
): Promise<SliceSource> {
  const repo = repository();
  const rows = await repo.loadTableRows({
    workspaceId: ws.id,
    tableCode: ref.tableCode,
    departmentCode: ref.departmentCode,
  });
  const prevWorkspace = await previousYear(ws);
  const prevRows = prevWorkspace
    ? await repo.loadTableRows({
        workspaceId: prevWorkspace.id,
        tableCode: ref.tableCode,
        departmentCode: ref.departmentCode,
      })
    : null;
  const given = { [ref.tableCode]: rows };
  const prevGiven = prevRows ? { [ref.tableCode]: prevRows } : {};
  const source = await buildSource(ws, catalog, tasks, needs, prevWorkspace, given, prevGiven);
  return { source, prevWorkspace, rows, prevRows };
}

/** The tables a set of compiled rules reads, for loadSliceSource/loadStationSource. */
export function needsOf(
  compiled: readonly { tables: readonly string[]; prevTables: readonly string[] }[],
): SourceNeeds {
  return { tables: compiled.flatMap((c) => c.tables), prevTables: compiled.flatMap((c) => c.prevTables) };
}
